"""Async comprehensions: async for inside, and await inside."""

import asyncio
from collections.abc import AsyncIterator

from timeline import Timeline

tl = Timeline()


async def readings() -> AsyncIterator[int]:
    for value in [12, 7, 30, 7, 25]:
        await tl.sleep(1)
        yield value


async def lookup(city: str) -> str:
    await tl.sleep(2)  # a slow call, say to a geocoding service
    tl.log(f"looked up {city}")
    return city.upper()


async def main() -> None:
    # 1. async for in a comprehension: collect an async stream.
    high = [r async for r in readings() if r > 10]
    tl.log("list:", high)
    unique = {r async for r in readings()}
    tl.log("set:", sorted(unique))
    # 2. await in a comprehension over an ordinary list: one call at a time.
    names = [await lookup(city) for city in ["oslo", "lima", "pune"]]
    tl.log("names:", names)


asyncio.run(main())
