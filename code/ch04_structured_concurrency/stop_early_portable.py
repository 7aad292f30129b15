"""Stop a task group early before Python 3.15: raise a private exception."""

import asyncio

from timeline import Timeline

tl = Timeline()


class _Found(Exception):
    """Raised by the child that found the answer, to stop its siblings."""


async def search(mirror: str, ticks: int, found: list[str]) -> None:
    async with tl.span(mirror):
        await tl.sleep(ticks)
        found.append(mirror)
        tl.log(f"{mirror} has the file: stop the others")
        raise _Found


async def main() -> None:
    print("TaskGroup.cancel exists:", hasattr(asyncio.TaskGroup, "cancel"))
    found: list[str] = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(search("mirror-eu", 3, found))
            tg.create_task(search("mirror-us", 2, found))
            tg.create_task(search("mirror-asia", 5, found))
    except* _Found:
        pass  # the expected way out; any other error still propagates
    tl.log("downloading from", found[0])
    print(tl.chart())


asyncio.run(main())
