"""asyncio.Lock is not reentrant: the task that holds it waits for itself forever."""

import asyncio

lock = asyncio.Lock()


async def audit() -> None:
    async with lock:  # the caller already holds this lock
        print("audit: never printed")


async def transfer() -> None:
    async with lock:
        print("transfer: holds the lock")
        await audit()  # a helper that takes the same lock: deadlock


async def main() -> None:
    try:
        async with asyncio.timeout(0.2):
            await transfer()
    except TimeoutError:
        print("transfer: gave up after 0.2 s, it was waiting for itself")
    print("lock released by the cancellation:", not lock.locked())


asyncio.run(main())
