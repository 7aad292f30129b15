"""Three workers share nine jobs from one queue; main collects the results."""

import asyncio

from timeline import Timeline

tl = Timeline()


def cost(job: int) -> int:
    return 2 if job % 3 == 0 else 1  # every third job takes two ticks


async def worker(queue: asyncio.Queue[int], results: dict[int, int]) -> None:
    while True:
        job = await queue.get()
        try:
            async with tl.span(f"job {job}"):
                await tl.sleep(cost(job))
            results[job] = job * job
        finally:
            queue.task_done()  # even if the work failed


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(1, 10):
        queue.put_nowait(job)
    results: dict[int, int] = {}
    workers = [asyncio.create_task(worker(queue, results)) for _ in range(3)]
    await queue.join()  # every job is finished
    for task in workers:
        task.cancel()  # idle workers wait on get() forever: stop them
    await asyncio.gather(*workers, return_exceptions=True)
    print(tl.chart())
    print(f"results: {[results[job] for job in sorted(results)]}")
    print(f"3 workers took {tl.now()} ticks; one alone would take", end=" ")
    print(f"{sum(cost(job) for job in results)}")


asyncio.run(main())
