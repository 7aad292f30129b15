"""A task nobody references can be garbage-collected while it is still pending."""

import asyncio
import gc
import weakref
from typing import Any


async def wait_for_reply() -> None:
    try:
        # A future only this coroutine holds: think of a reply that never comes.
        await asyncio.get_running_loop().create_future()
        print("reply arrived")
    finally:
        print("wait_for_reply: finally block runs")


def show(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    print("loop reports:", context["message"])


async def main() -> None:
    gc.disable()  # collect only when we say so, so every run prints the same
    asyncio.get_running_loop().set_exception_handler(show)
    # The mistake: the task is created, but no variable keeps it.
    alive = weakref.ref(asyncio.create_task(wait_for_reply()))
    await asyncio.sleep(0)  # let it start and suspend
    print("pending task exists:", alive() is not None)
    print("tasks the loop knows:", len(asyncio.all_tasks()))
    gc.collect()
    print("after gc.collect():", alive() is not None)
    print("tasks the loop knows:", len(asyncio.all_tasks()))


asyncio.run(main())
