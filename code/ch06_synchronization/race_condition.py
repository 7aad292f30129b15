"""Two withdrawals from one balance: check, await, act, and it goes negative."""

import asyncio

balance = 100


async def withdraw(who: str, amount: int) -> None:
    global balance
    if balance >= amount:  # check
        print(f"{who}: balance {balance} covers {amount}, approved")
        await asyncio.sleep(0)  # any await: a database call, a log write...
        balance -= amount  # act, on a check that may be stale by now
        print(f"{who}: withdrew {amount}, balance is now {balance}")
    else:
        print(f"{who}: refused, balance {balance} is below {amount}")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(withdraw("alice", 80))
        tg.create_task(withdraw("bob", 80))
    print("final balance:", balance)


asyncio.run(main())
