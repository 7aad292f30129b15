"""The builtins aiter() and anext(): drive an async iterator step by step."""

import asyncio
from collections.abc import AsyncIterator


async def csv_lines() -> AsyncIterator[str]:
    for line in ["city,temp", "oslo,4", "lima,19"]:
        await asyncio.sleep(0.01)
        yield line


async def main() -> None:
    lines = aiter(csv_lines())  # like iter(): asks for the async iterator
    header = await anext(lines)  # like next(): but you must await it
    print("header:", header.split(","))
    async for line in lines:  # the loop carries on where anext left off
        print("row:", line.split(","))

    print("exhausted, with a default:", await anext(lines, None))
    try:
        await anext(lines)
    except StopAsyncIteration:
        print("exhausted, without a default: StopAsyncIteration")


asyncio.run(main())
