# expect: error
"""Calling task_done() more often than items were put raises ValueError."""

import asyncio


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    await queue.put("only job")
    job = await queue.get()
    print(f"processing {job}")
    queue.task_done()  # correct: one get(), one task_done()
    print("first task_done() accepted")
    queue.task_done()  # a second call for the same job


asyncio.run(main())
