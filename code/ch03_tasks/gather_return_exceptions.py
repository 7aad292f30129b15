"""With return_exceptions=True, gather puts exceptions in the list of results."""

import asyncio


async def parse(text: str) -> int:
    await asyncio.sleep(0)
    return int(text)


async def main() -> None:
    results = await asyncio.gather(
        parse("1"), parse("two"), parse("3"), return_exceptions=True
    )
    for item in results:
        if isinstance(item, BaseException):
            print("failed:", repr(item))
        else:
            print("parsed:", item)


asyncio.run(main())
