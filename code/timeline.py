"""A small tracer that shows when tasks run, wait and finish, in whole ticks.

Time is counted in ticks (0.1 s by default) from the moment the Timeline is made.
``sleep(n)`` wakes on the tick grid, so late wake-ups never add up, and ``now()`` gives
a wake-up 90 ms of slack before it counts as the next tick: the timeline a script
prints is the same on every run, even on a busy machine.

    tl = Timeline()
    async with tl.span("download"):   # one row of the chart, from start to end
        await tl.sleep(3)             # wait three ticks
    tl.log("done")                    # "[3] done"
    print(tl.chart())
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class Timeline:
    def __init__(self, tick: float = 0.1) -> None:
        self.tick = tick
        self.start = time.monotonic()
        self.rows: dict[str, dict[int, str]] = {}

    def now(self) -> int:
        """Whole ticks since the start."""
        return int((time.monotonic() - self.start) / self.tick + 0.1)

    async def sleep(self, ticks: int) -> None:
        """Sleep until ``ticks`` ticks after the current one."""
        target = self.start + (self.now() + ticks) * self.tick
        await asyncio.sleep(max(0.0, target - time.monotonic()))

    def log(self, *parts: object) -> None:
        print(f"[{self.now()}]", *parts)

    def mark(self, row: str, symbol: str) -> None:
        """Put a one-character symbol in a row of the chart, at the current tick."""
        self.rows.setdefault(row, {})[self.now()] = symbol

    @asynccontextmanager
    async def span(self, row: str) -> AsyncIterator[None]:
        """Chart a row from '[' at the start to ']' at the end.

        The end is 'C' when the block was cancelled and 'X' when it raised.
        """
        self.mark(row, "[")
        end = "]"
        try:
            yield
        except asyncio.CancelledError:
            end = "C"
            raise
        except BaseException:
            end = "X"
            raise
        finally:
            self.mark(row, end)

    def chart(self) -> str:
        """The rows as text: one column per tick, '=' while a span is open."""
        last = max((t for row in self.rows.values() for t in row), default=0)
        width = max([4, *(len(name) for name in self.rows)])
        ruler = "".join(str(t % 10) for t in range(last + 1))
        lines = [f"{'tick':<{width}}  {ruler}"]
        for name, marks in self.rows.items():
            cells = [" "] * (last + 1)
            opened = None
            for t in sorted(marks):
                if marks[t] == "[":
                    opened = t
                elif opened is not None and marks[t] in "]CX":
                    for i in range(opened + 1, t):
                        cells[i] = "="
                    opened = None
            for t, symbol in marks.items():
                cells[t] = symbol
            lines.append(f"{name:<{width}}  {''.join(cells).rstrip()}")
        return "\n".join(lines)
