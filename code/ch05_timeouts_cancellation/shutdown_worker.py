"""A worker that stops cleanly on SIGTERM or SIGINT and hands back unfinished jobs."""

import asyncio
import signal
import sys

JOBS = [101, 102, 103, 104, 105]
SECONDS_PER_JOB = float(sys.argv[1]) if len(sys.argv) > 1 else 0.05


def say(*parts: object) -> None:
    print(*parts, flush=True)  # flush: our parent may be reading a pipe


async def process(job: int) -> None:
    say(f"job {job}: started")
    await asyncio.sleep(SECONDS_PER_JOB)  # the real work would go here
    say(f"job {job}: done")


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_signal(sig: signal.Signals) -> None:
        say(f"{sig.name} received: finishing the current job, taking no new ones")
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal, sig)
    pending = list(JOBS)
    say("ready")
    try:
        while pending and not stop.is_set():
            await process(pending.pop(0))  # never cancelled: a job runs to its end
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
    if pending:
        say("handing back unprocessed jobs:", *pending)
    else:
        say("all jobs done")


asyncio.run(main())
