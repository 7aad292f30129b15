"""asyncio.wait_for() cancels what it waits for, then raises TimeoutError."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def query() -> str:
    try:
        await tl.sleep(10)
        return "rows"
    except asyncio.CancelledError:
        tl.log("query: cancelled, rolling back")
        await tl.sleep(1)  # wait_for waits for this cleanup too
        tl.log("query: rolled back")
        raise


async def main() -> None:
    try:
        print(await asyncio.wait_for(query(), timeout=0.3))
    except TimeoutError as exc:
        tl.log("main:", type(exc).__qualname__, "from the builtins")
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
