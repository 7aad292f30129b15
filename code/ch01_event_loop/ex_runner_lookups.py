"""Exercise: call an async lookup three times from a plain for loop, on one loop."""

import asyncio

PRICES = {"apple": 3, "pear": 4, "plum": 2}


async def lookup(item: str) -> tuple[int, int]:
    await asyncio.sleep(0.01)  # stands for a query to a price service
    return PRICES[item], id(asyncio.get_running_loop())


total = 0
loops: set[int] = set()
with asyncio.Runner() as runner:
    for item in ["apple", "pear", "plum"]:
        price, loop_id = runner.run(lookup(item))
        loops.add(loop_id)
        print(f"{item}: {price}")
        total += price
print("total:", total)
print("loops used:", len(loops))
