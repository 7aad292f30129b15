"""Calling a coroutine function runs nothing: it builds a coroutine object."""

import asyncio
import inspect


async def add(a: int, b: int) -> int:
    print(f"add({a}, {b}) is running")
    return a + b


async def main() -> None:
    print("coroutine function?", inspect.iscoroutinefunction(add))
    coro = add(1, 2)  # nothing printed: the body has not started
    print("calling add() gave:", type(coro).__name__)
    print("coroutine object?", inspect.iscoroutine(coro))
    print("state:", inspect.getcoroutinestate(coro))
    result = await coro  # now the body runs, to the end
    print("await gave:", result)
    print("state:", inspect.getcoroutinestate(coro))
    unused = add(3, 4)
    unused.close()  # an object we will never await: close it explicitly
    print("closed without running:", inspect.getcoroutinestate(unused))


asyncio.run(main())
