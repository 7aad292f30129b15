"""Any object with __await__ can be awaited: here, one that yields to the loop."""

import asyncio
from collections.abc import Generator


class Steps:
    """Await it to give the loop `count` turns, then get `count` back."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __await__(self) -> Generator[None, None, int]:
        for step in range(1, self.count + 1):
            print(f"  Steps: yield {step} of {self.count}")
            yield  # a bare yield tells the asyncio Task: "run me again soon"
        return self.count


async def other() -> None:
    for _ in range(3):
        print("  other coroutine runs")
        await asyncio.sleep(0)


async def main() -> None:
    task = asyncio.create_task(other())
    taken = await Steps(3)
    print("Steps gave back:", taken)
    await task


asyncio.run(main())
