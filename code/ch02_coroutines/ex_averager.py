"""Exercise: a running average fed with send(); None ends it with a summary."""

from collections.abc import Generator


def averager() -> Generator[float, float | None, tuple[int, float]]:
    count, total, average = 0, 0.0, 0.0
    while True:
        value = yield average
        if value is None:
            return count, average
        count += 1
        total += value
        average = total / count


gen = averager()
next(gen)  # prime it: run to the first yield
for value in [10.0, 20.0, 60.0]:
    print(f"sent {value}, average now {gen.send(value)}")
try:
    gen.send(None)
except StopIteration as stop:
    count, average = stop.value
    print(f"summary: {count} values, average {average}")
