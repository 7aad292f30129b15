"""create_task schedules a coroutine; it starts when the caller lets the loop run."""

import asyncio


async def greet(who: str) -> str:
    print(f"greet({who!r}) starts")
    await asyncio.sleep(0)
    print(f"greet({who!r}) ends")
    return f"hello, {who}"


async def main() -> None:
    named = asyncio.create_task(greet("world"), name="greeter")
    unnamed = asyncio.create_task(greet("moon"))
    print("created:", named.get_name(), "and", unnamed.get_name())
    print("done yet?", named.done())
    print("await named:", await named)
    print("await unnamed:", await unnamed)


asyncio.run(main())
