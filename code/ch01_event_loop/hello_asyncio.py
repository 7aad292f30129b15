import asyncio


async def main() -> None:
    print("Hello from a coroutine")


asyncio.run(main())
