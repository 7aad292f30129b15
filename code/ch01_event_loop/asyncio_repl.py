"""Drive `python -m asyncio` through a pipe, the way you would type into it."""

import subprocess
import sys

typed = """\
await asyncio.sleep(0.1, result="top-level await works")
task = asyncio.create_task(asyncio.sleep(0, result=6 * 7))
await task
"""
proc = subprocess.run(
    [sys.executable, "-m", "asyncio"],
    input=typed,
    capture_output=True,
    text=True,
    timeout=20,
)
banner = proc.stderr.splitlines()
# The first line names the exact Python build: it differs on every machine.
print("banner, first line starts with:", banner[0].split()[:2])
for line in banner[1:3]:
    print("banner:", line)
print("REPL pre-imports:", banner[3])
for line in proc.stdout.split(">>> "):
    if line.strip():
        print("result:", line.strip())
print("exit status:", proc.returncode)
