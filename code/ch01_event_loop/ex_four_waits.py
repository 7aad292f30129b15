"""Exercise: four waits of 1, 2, 3 and 2 ticks, in sequence and then with gather."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def wait(ticks: int) -> int:
    await tl.sleep(ticks)
    return ticks


async def main() -> None:
    plan = [1, 2, 3, 2]
    start = tl.now()
    for ticks in plan:
        await wait(ticks)
    sequential = tl.now() - start
    start = tl.now()
    results = await asyncio.gather(*(wait(ticks) for ticks in plan))
    concurrent = tl.now() - start
    print("results, in the order asked:", results)
    print(f"sequential: {sequential} ticks (the sum: {sum(plan)})")
    print(f"gather:     {concurrent} ticks (the longest: {max(plan)})")


asyncio.run(main())
