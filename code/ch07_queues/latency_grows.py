"""An unbounded queue hides overload: nothing fails, every item just waits longer."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def producer(queue: asyncio.Queue[tuple[int, int]]) -> None:
    for item in range(6):  # one new request every tick
        tl.mark(f"item {item}", "[")
        queue.put_nowait((item, tl.now()))  # never refused, never slowed down
        await tl.sleep(1)


async def consumer(queue: asyncio.Queue[tuple[int, int]], waits: list[int]) -> None:
    while True:
        item, queued_at = await queue.get()
        waits.append(tl.now() - queued_at)
        await tl.sleep(2)  # but each one takes two ticks to handle
        tl.mark(f"item {item}", "]")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
    waits: list[int] = []
    worker = asyncio.create_task(consumer(queue, waits))
    await producer(queue)
    await queue.join()
    worker.cancel()
    await asyncio.gather(worker, return_exceptions=True)
    print(tl.chart())
    print(f"ticks each item waited in the queue: {waits}")


asyncio.run(main())
