"""asyncio.shield(): the caller is still cancelled; the shielded task runs on."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def save(name: str) -> str:
    try:
        async with tl.span(name):
            await tl.sleep(3)
        return f"{name} saved"
    except asyncio.CancelledError:
        tl.log(f"{name}: cancelled, the data is lost")
        raise


async def main() -> None:
    kept = asyncio.create_task(save("kept"))  # a reference we hold on to
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(kept)
    except TimeoutError:
        tl.log("main: TimeoutError, yet kept.done() is", kept.done())
    tl.log("main:", await kept)  # the result is still ours to collect

    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(save("forgotten"))  # no reference kept
    except TimeoutError:
        tl.log("main: TimeoutError again; returning without waiting")
    print(tl.chart())


asyncio.run(main())
