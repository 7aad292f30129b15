"""A plain thread talks to the loop: run_coroutine_threadsafe, call_soon_threadsafe."""

import asyncio
import threading

prices = {"apple": 3, "pear": 4}
prices_lock = asyncio.Lock()  # guards prices, for tasks on the loop only


async def lookup(item: str) -> int:
    async with prices_lock:  # runs on the loop, so the asyncio lock is fine here
        await asyncio.sleep(0.01)
        return prices[item]


def worker(loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
    """Ordinary blocking code in another thread."""
    for item in ("apple", "pear"):
        future = asyncio.run_coroutine_threadsafe(lookup(item), loop)
        price = future.result(timeout=5)  # blocks this thread, never the loop
        print(f"thread: {item} costs {price}")
    # done.set() here would touch the loop from the wrong thread: hand it over.
    loop.call_soon_threadsafe(done.set)


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    thread = threading.Thread(target=worker, args=(loop, done))
    thread.start()
    await done.wait()
    print("loop: the worker says it is done")
    await asyncio.to_thread(thread.join)  # join() blocks: not on the loop thread


asyncio.run(main())
