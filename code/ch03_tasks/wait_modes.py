"""asyncio.wait returns two sets, done and pending, at the moment its mode says."""

import asyncio

from timeline import Timeline


async def job(tl: Timeline, ticks: int, fail: bool = False) -> None:
    await tl.sleep(ticks)
    if fail:
        raise ValueError("boom")


def names(tasks: set[asyncio.Task[None]]) -> list[str]:
    return sorted(task.get_name() for task in tasks)


async def main() -> None:
    tl = Timeline()
    for mode in (
        asyncio.FIRST_COMPLETED,
        asyncio.FIRST_EXCEPTION,
        asyncio.ALL_COMPLETED,
    ):
        tasks = [
            asyncio.create_task(job(tl, 1), name="fast"),
            asyncio.create_task(job(tl, 2, fail=True), name="boom"),
            asyncio.create_task(job(tl, 3), name="slow"),
        ]
        done, pending = await asyncio.wait(tasks, return_when=mode)
        tl.log(f"{mode:<15} done={names(done)} pending={names(pending)}")
        for task in pending:
            task.cancel()  # clean up before the next round
        # Collect every outcome, so no exception goes unretrieved.
        await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
