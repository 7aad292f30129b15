"""A Semaphore(2) lets at most two of five downloads run at any moment."""

import asyncio

from timeline import Timeline

tl = Timeline()
slots = asyncio.Semaphore(2)
running = 0
peak = 0


async def download(name: str, ticks: int) -> None:
    global running, peak
    async with slots:  # acquire() waits while two others hold a slot
        running += 1
        peak = max(peak, running)
        async with tl.span(name):
            await tl.sleep(ticks)
        running -= 1


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for i, ticks in enumerate([3, 2, 2, 3, 1], start=1):
            tg.create_task(download(f"file{i}", ticks))
    print(tl.chart())
    print("most downloads at once:", peak)


asyncio.run(main())
