"""The same countdown as an async generator: async def with yield."""

import asyncio
import inspect
from collections.abc import AsyncIterator


async def countdown(start: int) -> AsyncIterator[int]:
    for value in range(start, 0, -1):
        await asyncio.sleep(0.01)  # await works between the yields
        yield value
    print("  generator: ran off the end")


async def main() -> None:
    gen = countdown(3)
    print("calling it ran no code:", type(gen).__name__)
    print("async generator function:", inspect.isasyncgenfunction(countdown))
    print("its own async iterator:", aiter(gen) is gen)
    async for n in gen:
        print("loop body got", n)
    print("loop finished")


asyncio.run(main())
