"""gather returns results in the order of its arguments, not in finishing order."""

import asyncio

from timeline import Timeline


async def fetch(tl: Timeline, name: str, ticks: int) -> str:
    await tl.sleep(ticks)
    tl.log(f"{name} finished")
    return name.upper()


async def main() -> None:
    tl = Timeline()
    results = await asyncio.gather(
        fetch(tl, "slow", 3),
        fetch(tl, "medium", 2),
        fetch(tl, "fast", 1),
    )
    tl.log("gather returned", results)


asyncio.run(main())
