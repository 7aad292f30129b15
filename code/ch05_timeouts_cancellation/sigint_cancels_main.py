"""Under asyncio.run(), Ctrl-C cancels the main task, then raises KeyboardInterrupt."""

import asyncio
import os
import signal


async def main() -> None:
    try:
        await asyncio.sleep(0.1)
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C in a terminal sends
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main: CancelledError at its await")
        raise
    finally:
        await asyncio.sleep(0.1)  # cleanup may still await
        print("main: cleanup done")


# A process started in the background may inherit "ignore Ctrl-C": undo that.
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run() raised KeyboardInterrupt")
