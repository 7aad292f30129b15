"""Exercise: run a coroutine without an event loop and count its suspensions."""

import asyncio
from collections.abc import Coroutine
from typing import Any


async def chores() -> str:
    for chore in ("dishes", "laundry", "plants"):
        print(f"doing the {chore}")
        await asyncio.sleep(0)  # suspends once, yielding None to the driver
    return "all done"


def run_by_hand(coro: Coroutine[Any, Any, str]) -> tuple[str, int]:
    suspensions = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value, suspensions
        suspensions += 1


result, count = run_by_hand(chores())
print(f"result: {result!r} after {count} suspensions")
