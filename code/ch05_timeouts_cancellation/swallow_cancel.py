"""A coroutine that swallows CancelledError defeats asyncio.timeout()."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def stubborn_download() -> str:
    chunks = 0
    while chunks < 3:
        try:
            await tl.sleep(2)  # one chunk every two ticks
            chunks += 1
        except asyncio.CancelledError:  # the mistake: the request is dropped
            tl.log("download: CancelledError caught and ignored")
    return f"{chunks} chunks"


async def main() -> None:
    try:
        async with asyncio.timeout(0.3) as cm:
            async with tl.span("download"):
                result = await stubborn_download()
        tl.log("no TimeoutError; result:", result)
    except TimeoutError:
        tl.log("TimeoutError")
    tl.log("expired:", cm.expired())
    print(tl.chart())


asyncio.run(main())
