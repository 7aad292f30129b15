"""Exercise: a worker puts a failed job back on the queue for one more try."""

import asyncio

FAILURES = {"b": 1, "d": 2}  # how many attempts of a job fail


async def worker(
    queue: asyncio.Queue[tuple[str, int]], done: list[str], failed: list[str]
) -> None:
    while True:
        job, attempt = await queue.get()
        try:
            await asyncio.sleep(0)  # the work
            if attempt <= FAILURES.get(job, 0):
                raise ConnectionError(job)
            done.append(f"{job} (attempt {attempt})")
        except ConnectionError:
            if attempt < 2:
                queue.put_nowait((job, attempt + 1))  # before task_done()
            else:
                failed.append(job)
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    for job in ["a", "b", "c", "d", "e"]:
        queue.put_nowait((job, 1))
    done: list[str] = []
    failed: list[str] = []
    workers = [asyncio.create_task(worker(queue, done, failed)) for _ in range(2)]
    await queue.join()  # also waits for the retries: they were counted in time
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"done: {done}")
    print(f"failed for good: {failed}")


asyncio.run(main())
