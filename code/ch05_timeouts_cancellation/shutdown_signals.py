"""Run the worker as a real process, signal it mid-job, and show what it handed back."""

import asyncio
import signal
import sys
from pathlib import Path

WORKER = Path(__file__).with_name("shutdown_worker.py")


async def run_and_stop(sig: signal.Signals) -> None:
    print(f"--- {sig.name} ---")
    child = await asyncio.create_subprocess_exec(
        sys.executable, str(WORKER), "0.5", stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    sent = False
    async for raw in child.stdout:  # synchronise on what the child prints
        line = raw.decode().rstrip()
        print("child:", line)
        if line.endswith("started") and not sent:
            child.send_signal(sig)  # the first job is under way: stop now
            print(f"parent: sent {sig.name}")
            sent = True
    print("parent: exit status", await child.wait())


async def main() -> None:
    for sig in (signal.SIGTERM, signal.SIGINT):
        await run_and_stop(sig)


asyncio.run(main())
