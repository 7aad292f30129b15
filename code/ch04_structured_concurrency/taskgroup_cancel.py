# requires: Python 3.15
"""Stop a task group early with TaskGroup.cancel() (added in Python 3.15)."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def search(
    tg: asyncio.TaskGroup, mirror: str, ticks: int, found: list[str]
) -> None:
    async with tl.span(mirror):
        await tl.sleep(ticks)
        found.append(mirror)
        tl.log(f"{mirror} has the file: stop the others")
        tg.cancel()


async def main() -> None:
    found: list[str] = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(search(tg, "mirror-eu", 3, found))
        tg.create_task(search(tg, "mirror-us", 2, found))
        tg.create_task(search(tg, "mirror-asia", 5, found))
    tl.log("downloading from", found[0])
    print(tl.chart())


asyncio.run(main())
