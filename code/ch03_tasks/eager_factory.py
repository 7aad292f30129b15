# requires: Python 3.12
"""With the eager task factory, a task runs inside create_task until it suspends."""

import asyncio


async def child(name: str) -> str:
    print(f"  {name}: first step")
    await asyncio.sleep(0)  # the first real suspension
    print(f"  {name}: second step")
    return name


async def instant() -> str:
    print("  instant: runs and returns without suspending")
    return "instant"


async def demo() -> None:
    task = asyncio.create_task(child("child"))
    print("  create_task(child) returned")
    quick = asyncio.create_task(instant())
    print("  create_task(instant) returned; done already?", quick.done())
    print("  results:", await task, await quick)


async def main() -> None:
    print("default task factory:")
    await demo()
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("eager task factory (added in Python 3.12):")
    await demo()


asyncio.run(main())
