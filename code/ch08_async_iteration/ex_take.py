"""Exercise: take(source, n) yields n items, then closes the source at once."""

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import TypeVar

T = TypeVar("T")


async def take(source: AsyncGenerator[T, None], n: int) -> AsyncIterator[T]:
    async with aclosing(source):
        if n <= 0:
            return
        async for item in source:
            yield item
            n -= 1
            if n == 0:
                break


async def sensor() -> AsyncGenerator[float, None]:
    print("  sensor: switched on")
    try:
        reading = 20.0
        while True:
            await asyncio.sleep(0.01)
            yield reading
            reading += 0.5
    finally:
        print("  sensor: switched off")


async def main() -> None:
    async for value in take(sensor(), 3):
        print("reading", value)
    print("after the loop")
    print([v async for v in take(sensor(), 0)])


asyncio.run(main())
