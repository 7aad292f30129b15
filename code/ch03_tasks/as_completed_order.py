"""as_completed hands out results in the order the awaitables finish."""

import asyncio

from timeline import Timeline


async def fetch(tl: Timeline, name: str, ticks: int) -> str:
    await tl.sleep(ticks)
    return name


async def main() -> None:
    tl = Timeline()
    coros = [fetch(tl, "slow", 3), fetch(tl, "medium", 2), fetch(tl, "fast", 1)]
    for next_done in asyncio.as_completed(coros):
        name = await next_done  # the earliest result not yet handed out
        tl.log("got", name)


asyncio.run(main())
