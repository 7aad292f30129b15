# requires: Python 3.13
"""async for over as_completed yields the very tasks you passed in (Python 3.13+)."""

import asyncio

from timeline import Timeline


async def fetch(tl: Timeline, ticks: int) -> int:
    await tl.sleep(ticks)
    return ticks * 10


async def main() -> None:
    tl = Timeline()
    tasks = [
        asyncio.create_task(fetch(tl, 3), name="slow"),
        asyncio.create_task(fetch(tl, 1), name="fast"),
        asyncio.create_task(fetch(tl, 2), name="medium"),
    ]
    async for task in asyncio.as_completed(tasks):
        assert isinstance(task, asyncio.Task)  # typed as a Future: narrow it
        tl.log(task.get_name(), "->", task.result(), "| one of ours:", task in tasks)


asyncio.run(main())
