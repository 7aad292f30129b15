"""The body of the async with raises: the children are cancelled too."""

import asyncio

from timeline import Timeline

tl = Timeline()


async def heartbeat(name: str) -> None:
    async with tl.span(name):
        while True:
            await tl.sleep(1)


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(heartbeat("beat-a"))
            tg.create_task(heartbeat("beat-b"))
            async with tl.span("body"):
                await tl.sleep(2)
                config = {"retries": "3"}
                retries = config["timeout"]  # a bug: the wrong key
                print("never printed", retries)
    except* KeyError as group:
        tl.log("caught", repr(group))
    print(tl.chart())


asyncio.run(main())
