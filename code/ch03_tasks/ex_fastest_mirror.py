"""Exercise: take the first answer from three mirrors and cancel the others."""

import asyncio

from timeline import Timeline


async def download(tl: Timeline, mirror: str, ticks: int) -> str:
    async with tl.span(mirror):
        await tl.sleep(ticks)
    return f"file from {mirror}"


async def main() -> None:
    tl = Timeline()
    tasks = [
        asyncio.create_task(download(tl, name, ticks), name=name)
        for name, ticks in [("europe", 3), ("asia", 1), ("america", 2)]
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    tl.log("winner:", winner.get_name(), "->", winner.result())
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)  # let the cancellations finish
    tl.log("cancelled:", sorted(t.get_name() for t in tasks if t.cancelled()))
    print(tl.chart())


asyncio.run(main())
