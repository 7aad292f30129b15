"""When one awaitable fails, gather raises at once, and the others keep running."""

import asyncio

from timeline import Timeline


async def job(tl: Timeline, name: str, ticks: int, fail: bool = False) -> str:
    async with tl.span(name):
        await tl.sleep(ticks)
        if fail:
            raise ValueError(f"{name} failed")
    return name


async def main() -> None:
    tl = Timeline()
    tasks = [
        asyncio.create_task(job(tl, "short", 1), name="short"),
        asyncio.create_task(job(tl, "broken", 2, fail=True), name="broken"),
        asyncio.create_task(job(tl, "long", 4), name="long"),
    ]
    try:
        await asyncio.gather(*tasks)
    except ValueError as exc:
        tl.log("gather raised", repr(exc))
    tl.log("still running:", [t.get_name() for t in tasks if not t.done()])
    await asyncio.wait(tasks)
    tl.log("long returned", repr(tasks[2].result()))
    print(tl.chart())


asyncio.run(main())
