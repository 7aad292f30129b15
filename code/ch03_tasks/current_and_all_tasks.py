"""current_task() says who is running; all_tasks() lists the unfinished tasks."""

import asyncio


def who() -> str:
    task = asyncio.current_task()
    return task.get_name() if task is not None else "no task"


def unfinished() -> list[str]:
    return sorted(task.get_name() for task in asyncio.all_tasks())


async def worker() -> None:
    print(f"{who()} runs; unfinished: {unfinished()}")
    await asyncio.sleep(0)


async def main() -> None:
    print(f"{who()} runs main()")
    workers = [asyncio.create_task(worker(), name=f"worker-{n}") for n in (1, 2)]
    print("after create_task:", unfinished())
    await asyncio.gather(*workers)
    print("after gather:", unfinished())


asyncio.run(main())
