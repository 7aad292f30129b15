"""A done callback runs once the task has finished, with the task as argument."""

import asyncio


def report(task: asyncio.Task[int]) -> None:
    exc = task.exception()
    if exc is None:
        print(f"  callback: {task.get_name()} returned {task.result()}")
    else:
        print(f"  callback: {task.get_name()} raised {exc!r}")


async def square(n: int) -> int:
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative: {n}")
    print(f"  square({n}) returns")
    return n * n


async def main() -> None:
    for n in (3, -1):
        task = asyncio.create_task(square(n), name=f"square({n})")
        task.add_done_callback(report)
        print(f"waiting for {task.get_name()}")
        await asyncio.wait([task])
        print(f"main resumes after {task.get_name()}")


asyncio.run(main())
