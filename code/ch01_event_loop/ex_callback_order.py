"""Exercise: predict the order of five callbacks, then run it to check."""

import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    loop.call_later(0.2, done.set)
    loop.call_later(0.1, print, "C: call_later(0.1)")
    loop.call_soon(print, "A: call_soon")
    loop.call_later(0, print, "D: call_later(0)")
    loop.call_soon(print, "B: call_soon")
    print("main: before the first await")
    await done.wait()
    print("E: main resumes once done is set")


asyncio.run(main())
