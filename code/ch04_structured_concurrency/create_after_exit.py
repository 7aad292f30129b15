"""create_task on a group that is finished, or shutting down, raises RuntimeError."""

import asyncio
import inspect


async def notify(message: str) -> None:
    await asyncio.sleep(0)


def try_create(tg: asyncio.TaskGroup, message: str) -> None:
    coro = notify(message)
    try:
        tg.create_task(coro)
    except RuntimeError as error:
        print("RuntimeError:", error)
        print("  the coroutine is now", inspect.getcoroutinestate(coro))
        coro.close()  # needed before Python 3.13, harmless after


async def retry_later(tg: asyncio.TaskGroup) -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        try_create(tg, "retry")  # the group is cancelling its children
        raise


async def fail() -> None:
    raise ConnectionError("link down")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(notify("hello"))
    try_create(tg, "too late")  # the group has finished

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(retry_later(tg))
            tg.create_task(fail())
    except* ConnectionError:
        pass


asyncio.run(main())
