"""Exercise: retry with a timeout per attempt and a budget for all attempts."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def call_service(ticks: int) -> str:
    await tl.sleep(ticks)
    return "pong"


async def ping(durations: list[int], budget: float) -> None:
    try:
        async with asyncio.timeout(budget):  # the whole budget
            for attempt, ticks in enumerate(durations, start=1):
                try:
                    async with asyncio.timeout(0.3):  # one attempt
                        reply = await call_service(ticks)
                    tl.log(f"attempt {attempt}: {reply}")
                    return
                except TimeoutError:
                    tl.log(f"attempt {attempt}: too slow, retrying")
    except TimeoutError:
        tl.log("gave up: the budget is spent")


async def main() -> None:
    print("budget 1.0 s:")
    await ping([5, 4, 1], budget=1.0)
    print("budget 0.5 s:")
    await ping([5, 4, 1], budget=0.5)


asyncio.run(main())
