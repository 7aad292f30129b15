"""An async context manager written by hand: __aenter__ and __aexit__."""

import asyncio
from types import TracebackType
from typing import Self


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host

    async def __aenter__(self) -> Self:
        await asyncio.sleep(0.01)  # the handshake: awaiting is allowed here
        print(f"  {self.host}: connected")
        return self  # bound to the name after "as"

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.sleep(0.01)  # a polite goodbye to the server
        print(f"  {self.host}: closed, exception in the block: {exc!r}")
        # Returning None (false) lets the exception, if any, carry on.

    async def query(self, sql: str) -> str:
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return f"rows for {sql!r}"


async def main() -> None:
    async with Connection("db1") as conn:
        print("  result:", await conn.query("SELECT 1"))
    print("after the first block")

    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE users")
            print("  never printed")
    except PermissionError as exc:
        print("main caught:", repr(exc))


asyncio.run(main())
