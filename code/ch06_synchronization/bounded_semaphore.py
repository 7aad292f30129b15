"""Semaphore grows on an extra release(); BoundedSemaphore raises ValueError."""

import asyncio


async def main() -> None:
    plain = asyncio.Semaphore(2)
    async with plain:
        pass
    plain.release()  # a bug: nobody acquired this slot
    async with asyncio.timeout(0.5):  # would fail if an acquire() had to wait
        for _ in range(3):
            await plain.acquire()
    print("Semaphore(2): three holders at once after the extra release")

    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        pass
    try:
        bounded.release()  # the same bug
    except ValueError as exc:
        print("BoundedSemaphore(2):", type(exc).__name__, "-", exc)


asyncio.run(main())
