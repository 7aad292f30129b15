"""Shared fixtures: which Python runs the examples, and what it has installed."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "book" / "_ext"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract import Version, interpreter_version

# make test runs the examples with the project's own Python; the matrix sets BOOK_PYTHON.
PYTHON = os.environ.get("BOOK_PYTHON", sys.executable)


@functools.cache
def python_version() -> Version:
    return interpreter_version(PYTHON)


@functools.cache
def has_module(name: str) -> bool:
    probe = f"import importlib.util, sys; sys.exit(importlib.util.find_spec({name!r}) is None)"
    return subprocess.run([PYTHON, "-c", probe], capture_output=True).returncode == 0
