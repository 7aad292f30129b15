"""A fast producer and a slow consumer: a bounded queue keeps memory flat."""

import asyncio
import tracemalloc

ITEMS = 1000
PAYLOAD = 10_000  # bytes per item: all 1000 items together are about 10 MB


async def producer(queue: asyncio.Queue[bytes | None], lengths: list[int]) -> None:
    for _ in range(ITEMS):
        await queue.put(bytes(PAYLOAD))  # suspends only while the queue is full
        lengths.append(queue.qsize())
    await queue.put(None)  # the sentinel


async def consumer(queue: asyncio.Queue[bytes | None]) -> None:
    while await queue.get() is not None:
        await asyncio.sleep(0)  # slow: it lets everyone else run for each item


def bucket(size: int) -> str:
    if size < 1_000_000:
        return "under 1 MB"
    return "over 5 MB" if size > 5_000_000 else "between 1 and 5 MB"


async def run(maxsize: int) -> None:
    queue: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize)
    lengths: list[int] = []
    tracemalloc.start()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, lengths))
        tg.create_task(consumer(queue))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"Queue(maxsize={maxsize}): {len(lengths)} items through the queue")
    print(f"  max queue length: {max(lengths)}")
    print(f"  peak memory: {bucket(peak)}")


async def main() -> None:
    await run(maxsize=0)  # 0 means unbounded
    await run(maxsize=5)


asyncio.run(main())
