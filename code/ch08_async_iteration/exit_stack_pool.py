"""AsyncExitStack: enter as many async context managers as you need at run time."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def connect(host: str) -> AsyncIterator[str]:
    await asyncio.sleep(0.01)
    if host.startswith("bad"):
        print(f"  {host}: connection refused")
        raise ConnectionRefusedError(host)
    print(f"  {host}: open")
    try:
        yield host
    finally:
        await asyncio.sleep(0.01)
        print(f"  {host}: closed")


async def use_all(hosts: list[str]) -> None:
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connect(h)) for h in hosts]
        print("  using", conns)
    print("  the stack is closed")


async def main() -> None:
    print("three hosts, chosen at run time:")
    await use_all(["db1", "db2", "db3"])
    print("the third one fails to open:")
    try:
        await use_all(["db1", "db2", "bad3", "db4"])
    except ConnectionRefusedError as exc:
        print("main caught:", repr(exc))


asyncio.run(main())
