"""Condition.wait_for(): sleep until a predicate on shared state becomes true."""

import asyncio

stock = 0
shelf = asyncio.Condition()


def enough(name: str, wants: int) -> bool:
    ok = stock >= wants
    print(f"  {name} checks: stock {stock} >= {wants}? {ok}")
    return ok


async def customer(name: str, wants: int) -> None:
    global stock
    async with shelf:
        await shelf.wait_for(lambda: enough(name, wants))  # checked on each wake-up
        stock -= wants
        print(f"{name}: took {wants}, {stock} left")


async def restock(amount: int) -> None:
    global stock
    async with shelf:  # change the state and notify under the same lock
        stock += amount
        print(f"delivery: +{amount}, stock is {stock}, notify_all()")
        shelf.notify_all()


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(customer("dana", 3))
        tg.create_task(customer("eli", 1))
        for amount in (2, 2):
            await asyncio.sleep(0.1)
            await restock(amount)


asyncio.run(main())
