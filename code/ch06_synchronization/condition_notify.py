"""notify() wakes one waiter, notify(n) wakes n, notify_all() wakes every waiter."""

import asyncio

cond = asyncio.Condition()
woken: list[str] = []


async def waiter(name: str) -> None:
    async with cond:
        await cond.wait()
        woken.append(name)


async def wake(how: str, n: int | None) -> None:
    async with cond:
        if n is None:
            cond.notify_all()
        else:
            cond.notify(n)
    await asyncio.sleep(0.1)  # give the woken tasks time to run
    print(f"{how:<14} woke {woken}")
    woken.clear()


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name in ("w1", "w2", "w3", "w4", "w5"):
            tg.create_task(waiter(name))
        await asyncio.sleep(0.1)  # let all five reach wait()
        await wake("notify()", 1)
        await wake("notify(2)", 2)
        await wake("notify_all()", None)


asyncio.run(main())
