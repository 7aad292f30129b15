"""Debug mode catches a classic bug: touching the loop from another thread."""

import asyncio
import threading


async def poke_from_thread(safe: bool) -> None:
    loop = asyncio.get_running_loop()

    def in_thread() -> None:
        try:
            if safe:
                loop.call_soon_threadsafe(print, "callback ran (threadsafe)")
            else:
                loop.call_soon(print, "callback ran (unsafe)")
        except RuntimeError as exc:
            print("RuntimeError raised in the thread:")
            print(" ", exc)

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()  # blocks the loop briefly: fine for a demonstration
    await asyncio.sleep(0)  # let the loop run what the thread scheduled


with asyncio.Runner(debug=True) as runner:
    print("debug mode:", runner.get_loop().get_debug())
    runner.run(poke_from_thread(safe=False))
    runner.run(poke_from_thread(safe=True))
