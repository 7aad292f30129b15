"""queue.join() waits until task_done() was called once for every item put."""

import asyncio


async def worker(queue: asyncio.Queue[str]) -> None:
    while True:
        job = await queue.get()
        print(f"worker: took {job}, {queue.qsize()} left in the queue")
        await asyncio.sleep(0.1)  # the work
        print(f"worker: finished {job}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for job in ["a", "b", "c"]:
        queue.put_nowait(job)
    task = asyncio.create_task(worker(queue))
    print(f"main: {queue.qsize()} jobs queued, waiting on join()")
    await queue.join()
    print("main: join() returned")
    task.cancel()  # the worker waits forever on get(): stop it
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: worker cancelled: {task.cancelled()}")


asyncio.run(main())
