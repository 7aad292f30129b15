"""A blocking call inside a task stops every other task, not just its own."""

import asyncio
import time

from timeline import Timeline


async def ticker(tl: Timeline, ticked: asyncio.Event) -> None:
    for _ in range(5):
        await tl.sleep(1)
        tl.log("tick")
        ticked.set()


async def run(tl: Timeline, blocking: bool) -> None:
    ticked = asyncio.Event()
    task = asyncio.create_task(ticker(tl, ticked))
    await ticked.wait()  # start right after the first tick
    if blocking:
        tl.log("main: time.sleep(0.3), the whole loop stops")
        time.sleep(0.3)
        tl.log("main: time.sleep returned")
    else:
        tl.log("main: await asyncio.to_thread(time.sleep, 0.3)")
        await asyncio.to_thread(time.sleep, 0.3)
    await task


async def main() -> None:
    print("blocking:")
    await run(Timeline(), blocking=True)
    print("in a thread:")
    await run(Timeline(), blocking=False)


asyncio.run(main())
