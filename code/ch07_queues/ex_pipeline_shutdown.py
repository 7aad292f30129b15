# requires: Python 3.13
"""Exercise: the three-stage pipeline, stopped with Queue.shutdown() (3.13+)."""

import asyncio


async def fetch(outbox: asyncio.Queue[int]) -> None:
    for item in range(5):
        await asyncio.sleep(0)  # the work
        await outbox.put(item)
    outbox.shutdown()  # no sentinel: the next stage drains, then get() raises


async def parse(inbox: asyncio.Queue[int], outbox: asyncio.Queue[int]) -> None:
    try:
        while True:
            item = await inbox.get()
            await asyncio.sleep(0)  # the work
            await outbox.put(item * 10)
    except asyncio.QueueShutDown:
        outbox.shutdown()  # pass the news on, then stop


async def store(inbox: asyncio.Queue[int], stored: list[int]) -> None:
    try:
        while True:
            stored.append(await inbox.get())
    except asyncio.QueueShutDown:
        print(f"store: input shut down, {len(stored)} items stored")


async def main() -> None:
    fetched: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    parsed: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    stored: list[int] = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(fetched))
        tg.create_task(parse(fetched, parsed))
        tg.create_task(store(parsed, stored))
    print(f"stored: {stored}")


asyncio.run(main())
