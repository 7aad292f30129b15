"""Exercise: a countdown latch built on asyncio.Condition."""

import asyncio


class CountdownLatch:
    """wait() blocks until count_down() has been called `count` times."""

    def __init__(self, count: int) -> None:
        self._count = count
        self._cond = asyncio.Condition()

    async def count_down(self) -> None:
        async with self._cond:
            self._count = max(0, self._count - 1)
            if self._count == 0:
                self._cond.notify_all()  # wake every waiter, not just one

    async def wait(self) -> None:
        async with self._cond:
            await self._cond.wait_for(lambda: self._count == 0)


async def service(name: str, delay: float, latch: CountdownLatch) -> None:
    await asyncio.sleep(delay)
    print(f"{name}: ready")
    await latch.count_down()


async def client(name: str, latch: CountdownLatch) -> None:
    await latch.wait()
    print(f"{name}: all services are up, starting")


async def main() -> None:
    latch = CountdownLatch(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(client("web", latch))
        tg.create_task(client("cron", latch))
        for i, name in enumerate(["db", "cache", "search"]):
            tg.create_task(service(name, 0.1 * (i + 1), latch))
    await latch.wait()  # already open: returns at once
    print("a late waiter passes straight through")


asyncio.run(main())
