# expect: error
"""The 2017 listing, kept as it was printed: it does not even compile today."""

import asyncio


async def modern_style():
    print("native coroutine")


@asyncio.coroutine
def legacy_style()
    print("generator-based coroutine")
