"""The same two withdrawals, with the check and the act under one asyncio.Lock."""

import asyncio

balance = 100
lock = asyncio.Lock()


async def withdraw(who: str, amount: int) -> None:
    global balance
    async with lock:  # only one task at a time runs this block
        if balance >= amount:
            print(f"{who}: balance {balance} covers {amount}, approved")
            await asyncio.sleep(0)  # bob may run now, but he waits at the lock
            balance -= amount
            print(f"{who}: withdrew {amount}, balance is now {balance}")
        else:
            print(f"{who}: refused, balance {balance} is below {amount}")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(withdraw("alice", 80))
        tg.create_task(withdraw("bob", 80))
    print("final balance:", balance)


asyncio.run(main())
