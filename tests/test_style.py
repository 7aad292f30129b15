"""Every script is short, formatted, lint-clean and passes mypy --strict on its Pythons.

A script that demonstrates a SyntaxError (and declares ``# expect: error``) is the one
exception: it cannot be parsed, so only the line limit applies to it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from contract import CODE, ROOT, SUPPORTED, Example, examples, vstr

BIN = Path(sys.executable).parent
MAX_LINES = 60


def parses(example: Example) -> bool:
    try:
        ast.parse(example.path.read_text())
    except SyntaxError:
        assert "error" in example.expect, f"{example.rel} does not parse"
        return False
    return True


SCRIPTS = [e for e in examples() if parses(e)]
FILES = [e.rel for e in SCRIPTS] + ["code/timeline.py"]


def run(*args: str) -> None:
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.name)
def test_short(example: Example) -> None:
    lines = len(example.path.read_text().splitlines())
    assert lines <= MAX_LINES, f"{example.rel}: {lines} lines (at most {MAX_LINES})"


def test_formatted() -> None:
    run(str(BIN / "ruff"), "format", "--check", "--quiet", *FILES)


def test_lint() -> None:
    run(str(BIN / "ruff"), "check", "--quiet", *FILES, "tests", "book/_ext", "conf.py")


@pytest.mark.parametrize("version", SUPPORTED, ids=vstr)
def test_types(version: tuple[int, int]) -> None:
    """mypy --strict, for each script at the oldest Python it supports."""
    files = [e.rel for e in SCRIPTS if e.requires == version]
    if version == SUPPORTED[0]:
        files.append("code/timeline.py")
    if not files:
        pytest.skip(f"no script starts at Python {vstr(version)}")
    run(
        str(BIN / "mypy"),
        "--python-version",
        vstr(version),
        "--explicit-package-bases",
        "--no-error-summary",
        *files,
    )


def test_code_folders_mirror_chapters() -> None:
    """code/<chapter>/ and book/<chapter>.md correspond one to one."""
    folders = {p.name for p in CODE.iterdir() if p.is_dir() and p.name.startswith("ch")}
    chapters = {p.stem for p in (ROOT / "book").glob("ch*.md")}
    assert folders == chapters
