"""The trap: a blocking call inside a coroutine stops every other coroutine."""

import asyncio
import time

from timeline import Timeline

tl = Timeline()


def block(ticks: int) -> None:
    """Like tl.sleep(), but with time.sleep(): the whole thread stops."""
    target = tl.start + (tl.now() + ticks) * tl.tick
    time.sleep(max(0.0, target - time.monotonic()))


async def heartbeat() -> None:
    for _ in range(2):
        due = tl.now() + 2
        await tl.sleep(2)
        tl.log(f"heartbeat (due at {due})")


async def slow_job(blocking: bool) -> None:
    tl.log("job: start", "(blocking)" if blocking else "(awaiting)")
    if blocking:
        block(3)
    else:
        await tl.sleep(3)
    tl.log("job: done")


async def main() -> None:
    await asyncio.gather(heartbeat(), slow_job(blocking=True))
    tl.log("--- again, with await ---")
    await asyncio.gather(heartbeat(), slow_job(blocking=False))


asyncio.run(main())
