"""contextlib.asynccontextmanager: the code before yield enters, after it exits."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager
async def transaction(name: str) -> AsyncIterator[list[str]]:
    await asyncio.sleep(0.01)
    print(f"  {name}: BEGIN")
    statements: list[str] = []
    try:
        yield statements  # the block runs here; its exception is raised here
    except BaseException as exc:  # cancellation must roll back too
        await asyncio.sleep(0.01)
        print(f"  {name}: ROLLBACK after {exc!r}")
        raise  # without this the exception would be swallowed
    else:
        await asyncio.sleep(0.01)
        print(f"  {name}: COMMIT {statements}")


async def main() -> None:
    async with transaction("t1") as tx:
        tx.append("INSERT a")
        tx.append("INSERT b")

    try:
        async with transaction("t2") as tx:
            tx.append("INSERT c")
            raise ValueError("bad row")
    except ValueError as exc:
        print("main caught:", repr(exc))


asyncio.run(main())
