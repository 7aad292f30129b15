"""One child fails: the task group cancels its siblings."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def download(name: str, ticks: int) -> None:
    async with tl.span(name):
        await tl.sleep(ticks)


async def broken(name: str, ticks: int) -> None:
    async with tl.span(name):
        await tl.sleep(ticks)
        raise ValueError(f"{name} got a bad page")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("images", 4))
            tg.create_task(broken("parser", 2))
            tg.create_task(download("videos", 6))
    except* ValueError as group:
        tl.log("caught", repr(group))
        for error in group.exceptions:
            tl.log("  inside:", repr(error))
    print(tl.chart())


asyncio.run(main())
