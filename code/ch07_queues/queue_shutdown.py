# requires: Python 3.13
"""Queue.shutdown(): no more puts; workers drain what is left, then get() raises."""

import asyncio


async def worker(name: str, queue: asyncio.Queue[str]) -> None:
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:
            print(f"{name}: queue shut down and empty, stopping")
            return
        await asyncio.sleep(0.1)  # the work
        print(f"{name}: finished {job}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("w0", queue))
        tg.create_task(worker("w1", queue))
        for job in ["a", "b", "c"]:
            await queue.put(job)
        queue.shutdown()  # the producer is done: no sentinels needed
        print(f"main: shut down with {queue.qsize()} jobs still queued")
        try:
            await queue.put("d")
        except asyncio.QueueShutDown:
            print("main: put() after shutdown raises QueueShutDown")
        await queue.join()  # shutdown() keeps the queued jobs and their count
        print("main: join() returned: every queued job was done")
    print("main: both workers returned on their own")


asyncio.run(main())
