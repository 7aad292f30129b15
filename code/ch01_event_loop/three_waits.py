"""Three waits of one tick (0.1 s): one after the other, then all at once."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def wait(row: str) -> None:
    async with tl.span(row):
        await tl.sleep(1)  # stands for a 0.1 s network round trip


async def main() -> None:
    tl.log("sequential: start")
    await wait("seq 1")
    await wait("seq 2")
    await wait("seq 3")
    tl.log("sequential: done")
    await asyncio.gather(wait("gather 1"), wait("gather 2"), wait("gather 3"))
    tl.log("gather: done")
    print(tl.chart())


asyncio.run(main())
