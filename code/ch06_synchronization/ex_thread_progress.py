"""Exercise: a blocking job in a thread reports its progress to the event loop."""

import asyncio
import threading
import time


def copy_files(
    n: int, loop: asyncio.AbstractEventLoop, progress: asyncio.Queue[int]
) -> None:
    """Blocking code in a worker thread: it must not touch the queue directly."""
    for done in range(1, n + 1):
        time.sleep(0.02)  # a blocking file copy
        loop.call_soon_threadsafe(progress.put_nowait, done)
    loop.call_soon_threadsafe(progress.put_nowait, -1)  # finished


async def main() -> None:
    loop = asyncio.get_running_loop()
    progress: asyncio.Queue[int] = asyncio.Queue()
    thread = threading.Thread(target=copy_files, args=(4, loop, progress))
    thread.start()
    while (done := await progress.get()) != -1:
        print(f"copied {done}/4")
    await asyncio.to_thread(thread.join)
    print("worker thread finished:", not thread.is_alive())


asyncio.run(main())
