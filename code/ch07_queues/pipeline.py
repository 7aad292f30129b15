"""Three stages joined by bounded queues; a sentinel flows through to stop them."""

import asyncio

from timeline import Timeline

tl = Timeline()
Item = int | None  # None is the sentinel: "no more items"


async def work(stage: str, item: int, ticks: int) -> None:
    for _ in range(ticks):
        tl.mark(stage, str(item))  # one digit per tick of work on that item
        await tl.sleep(1)


async def fetch(outbox: asyncio.Queue[Item]) -> None:
    for item in range(5):
        await work("fetch", item, 1)
        await outbox.put(item)  # waits while the next stage is behind
    await outbox.put(None)


async def parse(inbox: asyncio.Queue[Item], outbox: asyncio.Queue[Item]) -> None:
    while (item := await inbox.get()) is not None:
        await work("parse", item, 2)  # the slowest stage
        await outbox.put(item)
    await outbox.put(None)  # pass the sentinel on, then stop


async def store(inbox: asyncio.Queue[Item], stored: list[int]) -> None:
    while (item := await inbox.get()) is not None:
        await work("store", item, 1)
        stored.append(item)


async def main() -> None:
    fetched: asyncio.Queue[Item] = asyncio.Queue(maxsize=1)
    parsed: asyncio.Queue[Item] = asyncio.Queue(maxsize=1)
    stored: list[int] = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(fetched))
        tg.create_task(parse(fetched, parsed))
        tg.create_task(store(parsed, stored))
    print(tl.chart())
    print(f"stored {stored} in {tl.now()} ticks; every stage returned on its own")


asyncio.run(main())
