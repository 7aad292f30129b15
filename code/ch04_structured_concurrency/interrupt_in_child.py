"""KeyboardInterrupt in a child is not collected into an ExceptionGroup."""

import asyncio


async def worker() -> None:
    try:
        await asyncio.sleep(1)
    finally:
        print("worker: cleanup runs")


async def operator() -> None:
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt  # as if the user pressed Ctrl-C inside this task


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            tg.create_task(operator())
    except KeyboardInterrupt as error:  # a plain except matches: no group
        print("main: caught", repr(error))


try:
    asyncio.run(main())
except KeyboardInterrupt as error:
    print("asyncio.run raised", repr(error), "anyway")
