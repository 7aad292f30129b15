"""The smallest asyncio program: asyncio.run() starts a loop, runs main(), closes it."""

import asyncio


async def greet(name: str) -> str:
    print(f"greet({name!r}) is running inside the event loop")
    return f"Hello, {name}!"


async def main() -> None:
    message = await greet("reader")
    print(message)


asyncio.run(main())
print("asyncio.run() returned: the loop is closed")
