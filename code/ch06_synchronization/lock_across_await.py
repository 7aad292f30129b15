"""Trap: one lock held across a slow fetch turns three fetches into a queue."""

import asyncio
from collections import defaultdict

from timeline import Timeline


async def one_lock(tl: Timeline, keys: list[str]) -> None:
    cache: dict[str, str] = {}
    lock = asyncio.Lock()

    async def get(key: str) -> None:
        async with lock:  # held for the whole fetch, whatever the key
            if key not in cache:
                async with tl.span(f"fetch {key}"):
                    await tl.sleep(2)
                cache[key] = key.upper()

    async with asyncio.TaskGroup() as tg:
        for key in keys:
            tg.create_task(get(key))


async def lock_per_key(tl: Timeline, keys: list[str]) -> None:
    cache: dict[str, str] = {}
    locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def get(key: str) -> None:
        async with locks[key]:  # only requests for the same key wait for each other
            if key not in cache:
                async with tl.span(f"fetch {key}"):
                    await tl.sleep(2)
                cache[key] = key.upper()

    async with asyncio.TaskGroup() as tg:
        for key in keys:
            tg.create_task(get(key))


async def main() -> None:
    keys = ["a", "b", "a", "c"]  # "a" twice: the second one must not fetch again
    for variant in (one_lock, lock_per_key):
        tl = Timeline()
        await variant(tl, keys)
        print(f"{variant.__name__}:")
        print(tl.chart())


asyncio.run(main())
