"""An async iterator written by hand: __aiter__ and __anext__."""

import asyncio


class Countdown:
    """Counts down from start to 1, pausing before each number."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __aiter__(self) -> "Countdown":
        return self

    async def __anext__(self) -> int:
        if self.current == 0:
            print("  __anext__: raising StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(0.01)  # a real iterator would wait for I/O here
        value = self.current
        self.current -= 1
        print(f"  __anext__: returning {value}")
        return value


async def main() -> None:
    async for n in Countdown(3):
        print("loop body got", n)
    print("loop finished")


asyncio.run(main())
