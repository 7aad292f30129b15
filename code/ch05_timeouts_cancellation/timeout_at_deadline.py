"""One deadline for several steps: asyncio.timeout_at() takes an absolute time."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def step(number: int) -> None:
    async with tl.span(f"step {number}"):
        await tl.sleep(2)


async def main() -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.5  # five ticks for the whole job
    for number in range(1, 5):
        try:
            async with asyncio.timeout_at(deadline):
                await step(number)
            tl.log(f"step {number} done")
        except TimeoutError:
            tl.log(f"step {number}: out of time")
    print(tl.chart())


asyncio.run(main())
