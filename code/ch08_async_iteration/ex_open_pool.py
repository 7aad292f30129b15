"""Exercise: open_pool(hosts) opens every connection, or none, and closes them all."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def connect(host: str) -> AsyncIterator[str]:
    await asyncio.sleep(0.01)
    if host.startswith("bad"):
        raise ConnectionRefusedError(host)
    print(f"  {host}: open")
    try:
        yield host
    finally:
        print(f"  {host}: closed")


@asynccontextmanager
async def open_pool(hosts: list[str]) -> AsyncIterator[list[str]]:
    async with AsyncExitStack() as stack:
        pool = [await stack.enter_async_context(connect(h)) for h in hosts]
        yield pool


async def main() -> None:
    async with open_pool(["db1", "db2"]) as pool:
        print("querying", pool)
    try:
        async with open_pool(["db1", "bad2", "db3"]) as pool:
            print("never printed")
    except ConnectionRefusedError as exc:
        print("open_pool failed:", repr(exc))
    try:
        async with open_pool(["db1", "db2"]) as pool:
            raise RuntimeError("query failed")
    except RuntimeError as exc:
        print("the block failed:", repr(exc))


asyncio.run(main())
