"""A batching helper: group an async stream into tuples of up to n items."""

import asyncio
from collections.abc import AsyncIterable, AsyncIterator
from typing import TypeVar

from timeline import Timeline

T = TypeVar("T")
tl = Timeline()


async def batched(source: AsyncIterable[T], n: int) -> AsyncIterator[tuple[T, ...]]:
    """Like itertools.batched, for async iterables: the last batch may be short."""
    if n < 1:
        raise ValueError("n must be at least one")
    batch: list[T] = []
    async for item in source:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


async def fetch_rows() -> AsyncIterator[str]:
    """Rows trickle in from a slow source, one a tick."""
    for i in range(1, 8):
        await tl.sleep(1)
        tl.log(f"  row {i} arrives")
        yield f"row{i}"


async def main() -> None:
    async for batch in batched(fetch_rows(), 3):
        tl.log("insert", batch)  # one bulk insert instead of three small ones
    tl.log("done")


asyncio.run(main())
