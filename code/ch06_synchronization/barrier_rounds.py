"""A Barrier(3): nobody starts round 2 until all three have finished round 1."""

import asyncio

from timeline import Timeline

tl = Timeline()
barrier = asyncio.Barrier(3)  # added in Python 3.11


async def player(name: str, ticks: int) -> None:
    for rnd in (1, 2):
        async with tl.span(f"{name} r{rnd}"):
            await tl.sleep(ticks)  # this round's work
        index = await barrier.wait()  # arrival order: 0 first ... 2 last
        if index == 2:  # exactly one task gets each index: the last one in reports
            tl.log(f"round {rnd} done, {name} arrived last")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name, ticks in (("ada", 1), ("bo", 3), ("cy", 2)):
            tg.create_task(player(name, ticks))
    print(tl.chart())
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting)


asyncio.run(main())
