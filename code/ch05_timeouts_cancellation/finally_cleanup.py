"""Cleanup in finally runs on cancellation and may await; a second cancel cuts it."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def session(name: str) -> None:
    try:
        async with tl.span(f"{name} work"):
            await tl.sleep(10)
    finally:
        async with tl.span(f"{name} close"):
            await tl.sleep(2)  # say goodbye to the server: takes two ticks
        tl.log(f"{name}: connection closed cleanly")


async def main() -> None:
    once = asyncio.create_task(session("a"), name="a")
    twice = asyncio.create_task(session("b"), name="b")
    await tl.sleep(2)
    once.cancel()
    twice.cancel()
    await tl.sleep(1)
    twice.cancel()  # impatient: cancels again while it is cleaning up
    for task in (once, twice):
        try:
            await task
        except asyncio.CancelledError:
            tl.log(f"main: {task.get_name()} cancelled() is", task.cancelled())
    print(tl.chart())


asyncio.run(main())
