# expect: warning
# expect: error
"""The 2017 way to run a coroutine. Its behaviour depends on the Python version."""

import asyncio


async def report() -> None:
    print("the coroutine ran")


loop = asyncio.get_event_loop()  # no loop is running here, and none was set
loop.run_until_complete(report())
loop.close()
print("the loop is closed")
