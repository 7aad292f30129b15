"""The loop's two queues: ready callbacks run first, then timers by deadline."""

import asyncio


def note(text: str) -> None:
    print(text)


async def main() -> None:
    loop = asyncio.get_running_loop()
    # Timers, scheduled in the "wrong" order on purpose.
    loop.call_later(0.2, note, "timer due at 0.2 s")
    loop.call_later(0.1, note, "timer due at 0.1 s")
    # Ready queue: first in, first out.
    loop.call_soon(note, "ready callback 1")
    loop.call_soon(note, "ready callback 2")
    print("main: four callbacks scheduled, none has run yet")
    await asyncio.sleep(0.3)  # give the loop back until our own timer fires
    print("main: resumed after 0.3 s")


asyncio.run(main())
