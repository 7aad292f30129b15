"""The trap: a plain with statement on an async context manager."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager
async def connect(host: str) -> AsyncIterator[str]:
    print(f"{host}: open")
    yield host
    print(f"{host}: closed")


async def main() -> None:
    try:
        with connect("db1") as conn:  # type: ignore[attr-defined]
            print("using", conn)
    except TypeError as exc:
        print("TypeError:", exc)

    async with connect("db1") as conn:  # the fix: async with
        print("using", conn)


asyncio.run(main())
