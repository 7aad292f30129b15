"""A primitive binds to the loop that first needs it; no loop= argument since 3.10."""

import asyncio

try:
    asyncio.Lock(loop=None)  # type: ignore[call-arg]
except TypeError as exc:
    print("Lock(loop=None):", exc)

lock = asyncio.Lock()  # fine outside any loop: it binds later, on first use


async def contend() -> None:
    async def hold() -> None:
        async with lock:
            await asyncio.sleep(0.1)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(hold())
        tg.create_task(hold())  # has to wait: the lock now binds to this loop


asyncio.run(contend())
print("first asyncio.run(): fine")
try:
    asyncio.run(contend())  # a new loop, the same lock
except* RuntimeError as group:
    print("second asyncio.run():", group.exceptions[0])
