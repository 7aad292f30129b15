# expect: warning
"""Calling a coroutine function without await runs nothing: Python warns later."""

import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0)
    print("saved", record)


async def main() -> None:
    save("first")  # type: ignore[unused-coroutine]  # the mistake: no await
    await save("second")
    print("main is done")


asyncio.run(main())
