"""Awaiting coroutines runs them one after the other; tasks run side by side."""

import asyncio

from timeline import Timeline


async def job(tl: Timeline, name: str, ticks: int) -> None:
    async with tl.span(name):
        await tl.sleep(ticks)


async def main() -> None:
    tl = Timeline()
    # Awaiting a coroutine runs it now, to its end, before the next line.
    await job(tl, "coro a", 3)
    await job(tl, "coro b", 3)
    tl.log("two coroutines awaited")

    # A task is scheduled at create_task: both run while main awaits the first.
    task_a = asyncio.create_task(job(tl, "task a", 3))
    task_b = asyncio.create_task(job(tl, "task b", 3))
    await task_a
    await task_b
    tl.log("two tasks awaited")
    print(tl.chart())


asyncio.run(main())
