"""A worker that never calls task_done() makes join() wait forever."""

import asyncio


async def forgetful_worker(queue: asyncio.Queue[str], done: list[str]) -> None:
    while True:
        job = await queue.get()
        done.append(job)
        # Bug: no queue.task_done() here.


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for job in ["a", "b", "c"]:
        queue.put_nowait(job)
    done: list[str] = []
    task = asyncio.create_task(forgetful_worker(queue, done))
    try:
        async with asyncio.timeout(0.3):  # a safety net for the demo
            await queue.join()
        print("join() returned")
    except TimeoutError:
        print("join() was still waiting after 0.3 s")
    print(f"jobs processed: {done}, queue empty: {queue.empty()}")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass


asyncio.run(main())
