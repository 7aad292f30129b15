"""One producer, one consumer, and an asyncio.Queue between them."""

import asyncio


async def producer(queue: asyncio.Queue[str | None]) -> None:
    for name in ["apples", "bread", "cheese"]:
        print(f"producer: put {name}")
        await queue.put(name)
        await asyncio.sleep(0)  # let the consumer run
    await queue.put(None)  # the sentinel: "nothing more is coming"
    print("producer: done")


async def consumer(queue: asyncio.Queue[str | None]) -> None:
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"consumer: got {item}")
    print("consumer: saw the sentinel, stopping")


async def main() -> None:
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consumer(queue))
        tg.create_task(producer(queue))


asyncio.run(main())
