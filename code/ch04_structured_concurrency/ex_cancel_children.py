"""Exercise: stop a group early by cancelling its children (any Python 3.11+)."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def search(
    mirror: str, ticks: int, found: list[str], done: asyncio.Event
) -> None:
    async with tl.span(mirror):
        await tl.sleep(ticks)
        found.append(mirror)
        done.set()


async def main() -> None:
    found: list[str] = []
    done = asyncio.Event()
    mirrors = {"mirror-eu": 3, "mirror-us": 2, "mirror-asia": 5}
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(search(name, ticks, found, done))
            for name, ticks in mirrors.items()
        ]
        await done.wait()
        for task in tasks:
            task.cancel()  # a cancelled child is not an error for the group
    tl.log("downloading from", found[0])
    print("cancelled:", sum(task.cancelled() for task in tasks))
    print(tl.chart())


asyncio.run(main())
