"""The same failure under gather and under a task group."""

import asyncio

from timeline import Timeline


async def upload(tl: Timeline, name: str) -> None:
    async with tl.span(name):
        await tl.sleep(4)
        tl.log(f"{name}: wrote the file")


async def check_quota(tl: Timeline) -> None:
    async with tl.span("quota"):
        await tl.sleep(1)
        raise PermissionError("quota exceeded")


async def with_gather(tl: Timeline) -> None:
    try:
        await asyncio.gather(upload(tl, "upload"), check_quota(tl))
    except PermissionError as error:
        tl.log("gather raised:", error)
    await tl.sleep(5)  # main goes on with other work


async def with_taskgroup(tl: Timeline) -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(upload(tl, "upload"))
            tg.create_task(check_quota(tl))
    except* PermissionError as group:
        tl.log("task group raised:", group.exceptions[0])
    await tl.sleep(5)  # main goes on with other work


async def main() -> None:
    print("--- gather ---")
    tl = Timeline()
    await with_gather(tl)
    print(tl.chart())
    print("--- TaskGroup ---")
    tl = Timeline()
    await with_taskgroup(tl)
    print(tl.chart())


asyncio.run(main())
