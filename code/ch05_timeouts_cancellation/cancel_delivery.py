"""Task.cancel() only asks: CancelledError arrives at the task's next await."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def worker() -> None:
    async with tl.span("worker"):
        for step in range(1, 10):
            tl.log(f"worker: step {step}")
            try:
                await tl.sleep(2)
            except asyncio.CancelledError:
                tl.log("worker: CancelledError raised by its await")
                raise


async def main() -> None:
    task = asyncio.create_task(worker())
    await tl.sleep(3)
    tl.log("main: cancel() returned", task.cancel())
    tl.log("main: right after, done() is", task.done())
    try:
        await task
    except asyncio.CancelledError:
        tl.log("main: awaiting it raised CancelledError")
    tl.log("main: cancelled() is", task.cancelled())
    print(tl.chart())


asyncio.run(main())
