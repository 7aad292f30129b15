"""If you really need the loop object: create it yourself, and always close it."""

import asyncio


async def report() -> None:
    print("the coroutine ran")


loop = asyncio.new_event_loop()  # explicit: no "current loop" guessing
try:
    loop.run_until_complete(report())
finally:
    loop.close()
print("the loop is closed:", loop.is_closed())
