"""CancelledError is a BaseException: 'except Exception' lets it pass, as it must."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def flaky_poll(attempt: int) -> None:
    await tl.sleep(2)
    if attempt % 2:
        raise ConnectionError("server busy")


async def poller() -> None:
    attempt = 0
    while True:  # a loop that survives any error... but not a cancellation
        attempt += 1
        try:
            await flaky_poll(attempt)
            tl.log(f"poll {attempt}: ok")
        except Exception as exc:
            tl.log(f"poll {attempt}: {exc!r}, retrying")


async def main() -> None:
    print("bases:", [cls.__name__ for cls in asyncio.CancelledError.__mro__])
    try:
        async with asyncio.timeout(0.7):
            await poller()
    except TimeoutError:
        tl.log("the timeout stopped the poller")


asyncio.run(main())
