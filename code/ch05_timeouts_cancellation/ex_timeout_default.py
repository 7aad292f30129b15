"""Exercise: await with a time limit, returning a default instead of raising."""

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

from timeline import Timeline

T = TypeVar("T")
tl = Timeline()


async def with_default(aw: Awaitable[T], seconds: float, default: T) -> T:
    try:
        async with asyncio.timeout(seconds):
            return await aw
    except TimeoutError:  # only our own deadline: a cancel from outside passes
        return default


async def lookup(ticks: int) -> str:
    await tl.sleep(ticks)
    return "fresh value"


async def main() -> None:
    tl.log("fast:", await with_default(lookup(1), 0.3, "cached value"))
    tl.log("slow:", await with_default(lookup(5), 0.3, "cached value"))
    task = asyncio.create_task(with_default(lookup(5), 0.5, "cached value"))
    await tl.sleep(2)
    task.cancel()
    try:
        tl.log("cancelled:", await task)
    except asyncio.CancelledError:
        tl.log("cancelled: CancelledError, not the default")


asyncio.run(main())
