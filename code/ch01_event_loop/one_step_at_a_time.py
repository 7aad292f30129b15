"""Two coroutines share one thread: they take turns at each await."""

import asyncio
import threading


async def worker(name: str, steps: int) -> None:
    for step in range(1, steps + 1):
        thread = threading.current_thread().name
        print(f"{name}: step {step} (thread {thread})")
        await asyncio.sleep(0)  # hand control back to the loop


async def main() -> None:
    await asyncio.gather(worker("A", 3), worker("B", 3))


asyncio.run(main())
