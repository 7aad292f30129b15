"""Exercise: an awaitable Flag that waits, turn by turn, until someone sets it."""

import asyncio
from collections.abc import Generator


class Flag:
    def __init__(self) -> None:
        self.is_set = False
        self.turns = 0

    def set(self) -> None:
        self.is_set = True

    def __await__(self) -> Generator[None, None, int]:
        while not self.is_set:
            self.turns += 1
            yield  # give the loop a turn, then check again
        return self.turns


async def setter(flag: Flag) -> None:
    for _ in range(3):
        await asyncio.sleep(0)
    print("setter: setting the flag")
    flag.set()


async def main() -> None:
    flag = Flag()
    task = asyncio.create_task(setter(flag))
    turns = await flag
    print(f"waiter: flag seen after {turns} turns")
    await task


asyncio.run(main())
