"""Keep background tasks in a set; a done callback removes each when it finishes."""

import asyncio
import gc
from collections.abc import Coroutine
from typing import Any

background: set[asyncio.Task[None]] = set()


def spawn(coro: Coroutine[Any, Any, None], name: str) -> None:
    task = asyncio.create_task(coro, name=name)
    background.add(task)  # a strong reference: the task cannot vanish
    task.add_done_callback(background.discard)  # and no leak once it is done


async def wait_for_reply() -> None:
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print("wait_for_reply: finally block runs")


async def quick_job() -> None:
    await asyncio.sleep(0)
    print("quick_job finished")


async def main() -> None:
    gc.disable()  # collect only when we say so, so every run prints the same
    spawn(wait_for_reply(), "waiter")
    spawn(quick_job(), "quick")
    await asyncio.sleep(0.01)
    gc.collect()
    print("still referenced:", sorted(t.get_name() for t in background))
    for task in list(background):
        task.cancel()  # see the chapter on cancellation
    await asyncio.gather(*background, return_exceptions=True)
    print("still referenced:", sorted(t.get_name() for t in background))


asyncio.run(main())
