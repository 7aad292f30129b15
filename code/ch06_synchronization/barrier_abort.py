"""abort() breaks a Barrier: every waiter, and every later wait(), gets an error."""

import asyncio

barrier = asyncio.Barrier(3)


async def member(name: str) -> None:
    try:
        await barrier.wait()
        print(f"{name}: passed")
    except asyncio.BrokenBarrierError:
        print(f"{name}: BrokenBarrierError, the barrier was aborted")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(member("one"))
        tg.create_task(member("two"))
        await asyncio.sleep(0.1)  # two of three arrived; the third has crashed
        print("waiting:", barrier.n_waiting, "of", barrier.parties, "-> abort()")
        await barrier.abort()
    print("broken:", barrier.broken)
    await member("late")  # a broken barrier stays broken ...
    await barrier.reset()  # ... until reset()
    print("after reset(): broken:", barrier.broken)


asyncio.run(main())
