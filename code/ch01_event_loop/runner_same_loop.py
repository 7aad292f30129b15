"""asyncio.Runner keeps one loop open across several top-level calls."""

import asyncio


async def which_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


async def start_download() -> asyncio.Task[str]:
    async def download() -> str:
        print("download: started")
        await asyncio.sleep(0.1)
        return "42 bytes"

    return asyncio.create_task(download())


async def finish(task: asyncio.Task[str]) -> str:
    return await task


# Two asyncio.run() calls: two loops, each created and closed.
first = asyncio.run(which_loop())
second = asyncio.run(which_loop())
print("asyncio.run twice, same loop:", first is second)

with asyncio.Runner() as runner:
    first = runner.run(which_loop())
    second = runner.run(which_loop())
    print("Runner.run twice, same loop:", first is second is runner.get_loop())
    task = runner.run(start_download())
    print("between calls, task done:", task.done())
    print("second call got:", runner.run(finish(task)))
print("after the with block, loop closed:", first.is_closed())
