"""Check a LaTeX log for what xelatex lets pass silently: dropped glyphs and overflows.

    python tests/texlog.py _build/latex/asyncio-in-python.log

xelatex exits 0 when a font lacks a character (it drops it) and when a line runs past
the margin, so the PDF build checks the log instead.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROBLEMS = re.compile(
    r"^(Missing character: .*|Overfull \\hbox \((\d+\.\d+)pt too wide\).*)$",
    re.MULTILINE,
)
TOLERANCE_PT = 1.0  # overflows under a point are invisible


def problems(log: str) -> list[str]:
    found = []
    for match in PROBLEMS.finditer(log):
        width = match.group(2)
        if width is None or float(width) > TOLERANCE_PT:
            found.append(match.group(1))
    return found


def main() -> None:
    path = Path(sys.argv[1])
    found = problems(path.read_text(errors="replace"))
    for line in found:
        print(f"{path}: {line}")
    if found:
        sys.exit(f"texlog: {len(found)} problem(s) in the PDF (see {path})")


if __name__ == "__main__":
    main()
