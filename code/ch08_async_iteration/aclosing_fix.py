"""contextlib.aclosing closes the generator at the end of the block, right away."""

import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing


async def ticker(name: str) -> AsyncGenerator[int, None]:
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
    async with aclosing(ticker("ticker")) as stream:
        async for n in stream:
            if n == 1:
                print("break at", n)
                break
        print("after the loop, still inside the block")
    print("after the block")
    print("main returns")


asyncio.run(main())
print("asyncio.run returned")
