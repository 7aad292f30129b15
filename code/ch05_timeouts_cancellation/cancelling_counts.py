"""A timeout takes back only its own cancel request: cancelling() and uncancel()."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def job() -> None:
    me = asyncio.current_task()
    assert me is not None
    try:
        async with asyncio.timeout(0.2):
            await tl.sleep(10)
    except TimeoutError:
        tl.log("job: own timeout expired; cancelling() =", me.cancelling())
    try:
        async with asyncio.timeout(0.5):
            await tl.sleep(10)
    except TimeoutError:
        tl.log("job: second timeout expired")  # never printed
    except asyncio.CancelledError:
        tl.log("job: cancelled from outside; cancelling() =", me.cancelling())
        raise


async def main() -> None:
    task = asyncio.create_task(job())
    await tl.sleep(4)  # the second timeout would expire at tick 7
    task.cancel()
    tl.log("main: cancel() called; cancelling() =", task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        tl.log("main: the job ended cancelled, not timed out")


asyncio.run(main())
