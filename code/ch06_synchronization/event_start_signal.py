"""An Event as a starting pistol: every waiting runner starts on one set()."""

import asyncio

start = asyncio.Event()


async def runner(name: str) -> None:
    print(f"{name}: on the line")
    await start.wait()  # returns once the event is set, for every waiter
    print(f"{name}: running")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name in ("ann", "ben", "cai"):
            tg.create_task(runner(name))
        await asyncio.sleep(0.1)  # let every runner reach wait()
        print("starter: is_set() =", start.is_set(), "-> set()")
        start.set()
    print("after the race: is_set() =", start.is_set())
    start.clear()
    print("after clear(): is_set() =", start.is_set())


asyncio.run(main())
