"""A task group starts three children and waits for all of them."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def download(name: str, ticks: int) -> str:
    async with tl.span(name):
        await tl.sleep(ticks)
    return f"{name}: {ticks * 10} kB"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        small = tg.create_task(download("small", 1))
        large = tg.create_task(download("large", 4))
        medium = tg.create_task(download("medium", 2))
        tl.log("body done, the group now waits for its children")
    tl.log("the group has exited")
    for task in (small, large, medium):
        print(task.result())
    print(tl.chart())


asyncio.run(main())
