"""Breaking out of async for: the generator's finally runs later, not at the break."""

import asyncio
from collections.abc import AsyncIterator


async def ticker(name: str) -> AsyncIterator[int]:
    print(f"  {name}: open the connection")
    try:
        n = 0
        while True:
            await asyncio.sleep(0)
            yield n
            n += 1
    except BaseException as exc:
        print(f"  {name}: {type(exc).__name__} arrived at the yield")
        raise
    finally:
        print(f"  {name}: finally, close the connection")


async def main() -> None:
    print("1. a generator nobody else refers to")
    async for n in ticker("first"):
        if n == 1:
            print("break at", n)
            break
    print("after the loop")
    await asyncio.sleep(0.01)
    print("after a pause")

    print("2. a generator kept in a variable")
    stream = ticker("second")
    async for n in stream:
        if n == 1:
            print("break at", n)
            break
    print("after the loop")
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
print("asyncio.run returned")
