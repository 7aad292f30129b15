# expect: warning
"""The classic slip: calling a coroutine function and forgetting the await."""

import asyncio


async def save(record: str) -> None:
    print(f"saving {record}")


async def main() -> None:
    await save("alice")
    save("bob")  # type: ignore[unused-coroutine]  # the missing await
    print("main: finished, but was bob saved?")


asyncio.run(main())
