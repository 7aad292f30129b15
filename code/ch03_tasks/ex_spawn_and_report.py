"""Exercise: fire-and-forget tasks that stay referenced and report their failures."""

import asyncio
from collections.abc import Coroutine
from typing import Any

running: set[asyncio.Task[None]] = set()


def finished(task: asyncio.Task[None]) -> None:
    running.discard(task)
    if task.cancelled():
        print(f"{task.get_name()}: cancelled")
    elif (exc := task.exception()) is not None:
        print(f"{task.get_name()}: failed with {exc!r}")
    else:
        print(f"{task.get_name()}: ok")


def spawn(coro: Coroutine[Any, Any, None], name: str) -> None:
    task = asyncio.create_task(coro, name=name)
    running.add(task)
    task.add_done_callback(finished)


async def send_email(to: str) -> None:
    await asyncio.sleep(0)
    if "@" not in to:
        raise ValueError(f"bad address {to!r}")


async def main() -> None:
    for to in ["ann@example.org", "bob", "cy@example.org"]:
        spawn(send_email(to), name=f"email {to}")
    print("spawned:", len(running))
    while running:  # a real server would simply keep going
        await asyncio.wait(set(running))
    print("running:", len(running))


asyncio.run(main())
