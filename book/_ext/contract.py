"""The example contract, shared by the Sphinx extension and the tests.

Every example is a script under ``code/<chapter>/``. Its checked output sits next to it:

* ``name.out`` is what it prints on the oldest Python it supports;
* ``name.3.X.out`` (optional) is what it prints from Python 3.X on, up to the next such
  file. Later versions follow the newest file before them.

A script declares, in comment lines at its top:

* ``# requires: Python 3.X``: the oldest Python it runs on (default 3.11);
* ``# expect: error``: it exits with a non-zero status, on purpose;
* ``# expect: warning``: a warning is the lesson, so it is not run under ``-W error``;
* ``# needs: package``: a third-party package it imports (skipped, with the reason,
  where the package is not installed).

An output file starts with the command the reader types, ``$ python code/...``; then
comes everything the script printed (stdout and stderr together, in order); then, when
the exit status is not zero, a last line ``[exit status N]``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = ROOT / "code"
SUPPORTED: tuple[tuple[int, int], ...] = ((3, 11), (3, 12), (3, 13), (3, 14), (3, 15))
TIMEOUT = 30.0  # seconds a single example may take, even on a loaded machine

Version = tuple[int, int]
HEADER = re.compile(r"#\s*(requires|expect|needs):\s*(.+?)\s*$")


def vstr(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


def parse_version(text: str) -> Version:
    major, minor = text.strip().removeprefix("Python").strip().split(".")[:2]
    return int(major), int(minor)


@dataclass
class Example:
    path: Path  # absolute path of the script
    requires: Version = (3, 11)
    expect: set[str] = field(default_factory=set)
    needs: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Example:
        example = cls(path.resolve())
        for line in path.read_text().splitlines():
            if not line.startswith("#"):
                break
            match = HEADER.match(line)
            if not match:
                continue
            key, value = match.groups()
            if key == "requires":
                example.requires = parse_version(value)
            elif key == "expect":
                if value not in ("error", "warning"):
                    raise ValueError(f"{path}: unknown expectation {value!r}")
                example.expect.add(value)
            else:
                example.needs.extend(v.strip() for v in value.split(","))
        return example

    @property
    def root(self) -> Path:
        """The checkout the script belongs to: code/<chapter>/<name>.py is under it."""
        return self.path.parents[2]

    @property
    def rel(self) -> str:
        """The path a reader types, relative to the repository root."""
        return self.path.relative_to(self.root).as_posix()

    @property
    def name(self) -> str:
        return self.path.relative_to(self.root / "code").with_suffix("").as_posix()

    @property
    def versions(self) -> list[Version]:
        return [v for v in SUPPORTED if v >= self.requires]

    def output_file(self, since: Version | None = None) -> Path:
        suffix = ".out" if since is None else f".{vstr(since)}.out"
        return self.path.with_suffix(suffix)

    def variants(self) -> list[tuple[Version, Path]]:
        """The checked outputs, oldest first, each with the first version it covers."""
        found = [(self.versions[0], self.output_file())]
        for version in self.versions[1:]:
            path = self.output_file(version)
            if path.exists():
                found.append((version, path))
        return found

    def expected_file(self, version: Version) -> Path:
        chosen = self.output_file()
        for since, path in self.variants():
            if since <= version:
                chosen = path
        return chosen

    def expected(self, version: Version) -> str:
        return self.expected_file(version).read_text()

    def command(self) -> str:
        return f"$ python {self.rel}\n"

    def run(
        self, python: str, dev: bool = False, timeout: float = TIMEOUT
    ) -> tuple[str, int]:
        """Run the script as a reader would; return its checked-output text."""
        args = [python, *(["-X", "dev", "-W", "error"] if dev else []), self.rel]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
        env.update(PYTHON_COLORS="0", NO_COLOR="1", TERM="dumb")
        proc = subprocess.run(
            args,
            cwd=self.root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
        )
        text = normalise(proc.stdout.decode(errors="replace"), dev=dev, root=self.root)
        if proc.returncode:
            text += f"[exit status {proc.returncode}]\n"
        return self.command() + text, proc.returncode


def examples(pattern: str = "") -> list[Example]:
    """Every example script, in book order, optionally only those matching pattern."""
    paths = sorted(
        p for p in CODE.glob("*/*.py") if not (p.name.startswith("_") or p.is_symlink())
    )
    return [Example.load(p) for p in paths if pattern in p.relative_to(CODE).as_posix()]


# Normalisation: only what differs from machine to machine, nothing else.
_STDLIB = re.compile(r'File "[^"]*/lib/python3\.\d+/([^"]+)", line \d+')
_ADDRESS = re.compile(r"\bat 0x[0-9a-f]+")
_PORT = re.compile(r"127\.0\.0\.1:\d+|\('127\.0\.0\.1', \d+\)")
# asyncio's debug mode reports callbacks slower than 0.1 s: that measures machine load.
_SLOW = re.compile(r"^Executing <.*> took \d+\.\d+ seconds\n", re.MULTILINE)


def _port(match: re.Match[str]) -> str:
    return "127.0.0.1:PORT" if ":" in match.group() else "('127.0.0.1', PORT)"


def normalise(text: str, dev: bool = False, root: Path = ROOT) -> str:
    text = text.replace(str(root) + "/", "")
    text = _STDLIB.sub(r'File "<stdlib>/\1", line N', text)
    text = _ADDRESS.sub("at 0x...", text)
    text = _PORT.sub(_port, text)
    if dev:
        text = _SLOW.sub("", text)
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def interpreter_version(python: str) -> Version:
    out = subprocess.run(
        [python, "-c", "import sys; print(*sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    major, minor = out.split()
    return int(major), int(minor)


def current() -> Version:
    return sys.version_info[0], sys.version_info[1]
