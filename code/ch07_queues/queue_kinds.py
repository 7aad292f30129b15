"""The same items, three orders: Queue (FIFO), LifoQueue, PriorityQueue."""

import asyncio


async def drain(queue: asyncio.Queue[int]) -> list[int]:
    for number in [3, 1, 4, 1, 5, 9, 2]:
        await queue.put(number)
    return [await queue.get() for _ in range(queue.qsize())]


async def main() -> None:
    print(f"Queue:         {await drain(asyncio.Queue())}")
    print(f"LifoQueue:     {await drain(asyncio.LifoQueue())}")
    print(f"PriorityQueue: {await drain(asyncio.PriorityQueue())}")


asyncio.run(main())
