# expect: error
"""Colon fixed: now @asyncio.coroutine fails, because it no longer exists."""

import asyncio


async def modern_style() -> None:
    print("native coroutine")


@asyncio.coroutine  # type: ignore[attr-defined, untyped-decorator]
def legacy_style() -> None:
    print("generator-based coroutine")


asyncio.run(modern_style())
