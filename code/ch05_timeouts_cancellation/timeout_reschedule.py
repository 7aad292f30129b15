"""An idle timeout: every chunk that arrives pushes the deadline further away."""

import asyncio
from collections.abc import AsyncIterator

from timeline import Timeline

tl = Timeline()
IDLE = 0.3  # give up after three ticks without a chunk


async def chunks() -> AsyncIterator[str]:
    for number, gap in enumerate([1, 2, 1, 5]):
        await tl.sleep(gap)
        yield f"chunk {number}"


async def main() -> None:
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            tl.log("deadline:", cm.when(), "expired:", cm.expired())
            async for chunk in chunks():
                cm.reschedule(loop.time() + IDLE)
                deadline = cm.when()
                assert deadline is not None
                tl.log(f"{chunk}, deadline now {deadline - loop.time():.1f} s ahead")
    except TimeoutError:
        tl.log("no chunk for 0.3 s: TimeoutError")
    tl.log("expired:", cm.expired())


asyncio.run(main())
