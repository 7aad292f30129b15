"""Exercise: an async enumerate(), written as a class with __aiter__ and __anext__."""

import asyncio
from collections.abc import AsyncIterable, AsyncIterator
from typing import Generic, Self, TypeVar

T = TypeVar("T")


class aenumerate(Generic[T]):  # named like the builtin it mirrors
    def __init__(self, iterable: AsyncIterable[T], start: int = 0) -> None:
        self.source: AsyncIterator[T] = aiter(iterable)
        self.count = start

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> tuple[int, T]:
        item = await anext(self.source)  # its StopAsyncIteration ends us too
        index = self.count
        self.count += 1
        return index, item


async def letters() -> AsyncIterator[str]:
    for letter in "abc":
        await asyncio.sleep(0.01)
        yield letter


async def main() -> None:
    async for i, letter in aenumerate(letters(), start=1):
        print(i, letter)
    pairs = [pair async for pair in aenumerate(letters())]
    print(pairs)


asyncio.run(main())
