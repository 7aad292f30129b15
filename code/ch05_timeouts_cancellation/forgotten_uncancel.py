"""Catching a cancellation without uncancel() leaves a stale request behind."""

import asyncio


async def fail_soon() -> None:
    await asyncio.sleep(0)
    raise ValueError("bad input")


async def job(tidy: bool) -> str:
    me = asyncio.current_task()
    assert me is not None
    try:
        await asyncio.sleep(1)  # cancelled by main: we treat it as "skip this"
    except asyncio.CancelledError:
        if tidy:
            me.uncancel()  # we handled the request: take it back
    print(f"  skipped the slow step; cancelling() = {me.cancelling()}")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail_soon())
            await asyncio.sleep(1)
    except* ValueError:
        print("  the task group failed with ValueError, handled")
    await asyncio.sleep(0)
    return "finished"


async def main() -> None:
    for tidy in (False, True):
        print(f"tidy={tidy}:")
        task = asyncio.create_task(job(tidy))
        await asyncio.sleep(0)
        task.cancel()
        try:
            print("  job:", await task)
        except asyncio.CancelledError:
            print("  job: cancelled after all")


asyncio.run(main())
