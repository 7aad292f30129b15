"""The generator roots: yield pauses, send() resumes, return ends with a value."""

from collections.abc import Generator


def running_total() -> Generator[int, int, str]:
    total = 0
    while total < 10:
        received = yield total  # pause here; send() resumes with a value
        print(f"  generator received {received}")
        total += received
    return f"stopped at {total}"  # becomes StopIteration.value


gen = running_total()
print("first next() runs to the first yield:", next(gen))
print("send(4) ->", gen.send(4))
print("send(5) ->", gen.send(5))
try:
    gen.send(3)
except StopIteration as stop:
    print("StopIteration.value:", stop.value)
