"""yield from: a delegating generator passes values through and gets a result."""

from collections.abc import Generator


def inner() -> Generator[str, None, int]:
    yield "inner: first pause"
    yield "inner: second pause"
    return 42


def outer() -> Generator[str, None, str]:
    yield "outer: before delegating"
    result = yield from inner()  # inner's pauses go straight to our caller
    yield f"outer: inner returned {result}"
    return "outer done"


gen = outer()
while True:
    try:
        print(gen.send(None))
    except StopIteration as stop:
        print("finished with:", stop.value)
        break
