"""A broad handler hides a bug; except* with one type lets it through."""

import asyncio


async def fetch_prices() -> None:
    raise TimeoutError("price server is slow")  # expected now and then


async def fetch_stock() -> None:
    raise TypeError("unsupported operand: 'str' + 'int'")  # a bug


async def sloppy() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_prices())
            tg.create_task(fetch_stock())
    except ExceptionGroup:
        print("sloppy: network trouble, will retry later")


async def careful() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_prices())
            tg.create_task(fetch_stock())
    except* TimeoutError as group:
        print("careful: retry later,", group.exceptions[0])


async def main() -> None:
    await sloppy()
    try:
        await careful()
    except ExceptionGroup as rest:
        print("escaped careful():", repr(rest))


asyncio.run(main())
