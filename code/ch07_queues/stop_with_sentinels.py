"""Stop a pool cleanly: one sentinel per worker, after the real jobs."""

import asyncio

STOP = None  # the sentinel; any value that is never a real job will do
WORKERS = 3


async def worker(name: str, queue: asyncio.Queue[str | None]) -> None:
    handled: list[str] = []
    while (job := await queue.get()) is not STOP:
        await asyncio.sleep(0)  # the work
        handled.append(job)
    print(f"{name}: handled {handled}, then got the sentinel")


async def main() -> None:
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        for i in range(WORKERS):
            tg.create_task(worker(f"w{i}", queue))
        for job in ["a", "b", "c", "d", "e", "f"]:
            await queue.put(job)
        for _ in range(WORKERS):  # one per worker: each consumes exactly one
            await queue.put(STOP)
        print("main: all jobs and sentinels queued")
    print(f"main: the task group closed by itself, queue empty: {queue.empty()}")


asyncio.run(main())
