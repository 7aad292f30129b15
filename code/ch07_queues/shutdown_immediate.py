# requires: Python 3.13
"""shutdown(immediate=True) drops the queued items and wakes every waiter."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def producer(queue: asyncio.Queue[int]) -> None:
    try:
        for job in range(5):
            await queue.put(job)  # blocks once the queue holds two jobs
    except asyncio.QueueShutDown:
        tl.log(f"producer: put({job}) raised QueueShutDown")


async def worker(queue: asyncio.Queue[int]) -> None:
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:
            tl.log("worker: get() raised QueueShutDown, stopping")
            return
        await tl.sleep(2)  # the work on a job is not interrupted
        tl.log(f"worker: finished job {job}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(worker(queue))
        await tl.sleep(1)
        tl.log(f"main: {queue.qsize()} jobs queued, one in progress: shut down now")
        queue.shutdown(immediate=True)
        tl.log(f"main: queue size after shutdown: {queue.qsize()}")
        await queue.join()  # still waits for the job in progress
        tl.log("main: join() returned")


asyncio.run(main())
