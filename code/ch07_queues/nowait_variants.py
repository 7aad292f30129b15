"""put_nowait() and get_nowait() never wait: they raise QueueFull and QueueEmpty."""

import asyncio


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    queue.put_nowait(1)
    queue.put_nowait(2)
    print(f"size {queue.qsize()} of {queue.maxsize}, full: {queue.full()}")
    try:
        queue.put_nowait(3)
    except asyncio.QueueFull:
        print("put_nowait(3): QueueFull, the item was not added")

    print(f"get_nowait(): {queue.get_nowait()}")
    print(f"get_nowait(): {queue.get_nowait()}")
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait(): QueueEmpty, nothing to take")

    # The waiting versions with a deadline, for comparison:
    try:
        async with asyncio.timeout(0.1):
            await queue.get()
    except TimeoutError:
        print("get() with a 0.1 s timeout: TimeoutError")


asyncio.run(main())
