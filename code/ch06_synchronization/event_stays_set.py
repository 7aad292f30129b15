"""Trap: an Event stays set, so every later wait() returns at once until clear()."""

import asyncio

from timeline import Timeline


async def consumer(tl: Timeline, ready: asyncio.Event, clear: bool) -> None:
    for batch in (1, 2, 3):
        await ready.wait()
        tl.log(f"consumer: handles batch {batch}")
        if clear:
            ready.clear()  # re-arm: the next wait() blocks until the next set()


async def run(clear: bool) -> None:
    tl = Timeline()
    ready = asyncio.Event()
    print(f"--- clear() after each batch: {clear}")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consumer(tl, ready, clear))
        for batch in (1, 2, 3):
            await tl.sleep(1)
            tl.log(f"producer: batch {batch} ready, set()")
            ready.set()


async def main() -> None:
    await run(clear=False)
    await run(clear=True)


asyncio.run(main())
