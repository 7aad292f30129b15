"""Exercise: a worker pool whose results come back in the order of the input."""

import asyncio


async def worker(
    queue: asyncio.Queue[tuple[int, str]], results: list[int | None]
) -> None:
    while True:
        index, word = await queue.get()
        await asyncio.sleep(0.01 * len(word))  # longer words take longer
        results[index] = len(word)  # each result goes to its input's slot
        queue.task_done()


async def main() -> None:
    words = ["asynchronous", "io", "event", "loop", "queue", "a"]
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for index, word in enumerate(words):
        queue.put_nowait((index, word))
    results: list[int | None] = [None] * len(words)
    workers = [asyncio.create_task(worker(queue, results)) for _ in range(3)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for word, length in zip(words, results, strict=True):
        print(f"{word:>12}: {length}")


asyncio.run(main())
