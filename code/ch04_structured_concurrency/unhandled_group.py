# expect: error
"""Nobody catches the group: the traceback shows an ExceptionGroup."""

import asyncio


async def parse(page: str) -> int:
    await asyncio.sleep(0.1)
    return int(page)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("12"))
        tg.create_task(parse("twelve"))
    print("never printed")


asyncio.run(main())
