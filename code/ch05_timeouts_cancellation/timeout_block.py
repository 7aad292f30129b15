"""asyncio.timeout() cancels the block at the deadline and raises TimeoutError."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def fetch(name: str, ticks: int) -> str:
    async with tl.span(name):
        await tl.sleep(ticks)
    return f"{name} body"


async def main() -> None:
    async with asyncio.timeout(0.3):  # three ticks
        tl.log("fast:", await fetch("fast", 2))

    try:
        async with asyncio.timeout(0.3):
            tl.log("slow:", await fetch("slow", 6))
    except TimeoutError:
        tl.log("slow: TimeoutError, the block was cancelled")

    print(tl.chart())


asyncio.run(main())
