"""Three kinds of awaitable in asyncio: a coroutine, a Task and a Future."""

import asyncio
import inspect


async def compute() -> str:
    await asyncio.sleep(0)
    return "from a coroutine"


async def main() -> None:
    loop = asyncio.get_running_loop()
    coro = compute()
    task = asyncio.create_task(compute())
    future: asyncio.Future[str] = loop.create_future()
    loop.call_soon(future.set_result, "from a Future")  # someone else fills it in
    for thing in (coro, task, future):
        print(f"{type(thing).__name__:>9}: awaitable? {inspect.isawaitable(thing)}")
    print(await coro)
    print(await task, "(the Task wrapped a coroutine)")
    print(await future)
    print("a Future can be awaited again:", await future)
    print("a plain function is not awaitable:", inspect.isawaitable(print))


asyncio.run(main())
