"""Drift guards: each returns the problems it finds in a checkout (an empty list is good).

They take the checkout's root as an argument so that test_guards.py can show each one
firing on a broken copy of the book.
"""

from __future__ import annotations

import re
from pathlib import Path

EXAMPLE = re.compile(r"^(`{3,}|:{3,})\{example\}\s+(\S+)", re.MULTILINE)
INCLUDE = re.compile(r"^(`{3,}|:{3,})\{literalinclude\}\s+(\S+)", re.MULTILINE)
TOCTREE = re.compile(r"^(`{3,})\{toctree\}\n(.*?)^\1", re.MULTILINE | re.DOTALL)
# A fenced block whose language is Python but which no test runs.
BARE_PYTHON = re.compile(
    r"^ *(`{3,}|~{3,})\s*(python3?|py|pycon|ipython3?)\s*$"
    r"|^ *(`{3,}|:{3,})\{(code-block|code|sourcecode)\}\s+(python3?|py|pycon)\s*$",
    re.MULTILINE,
)


def chapters(root: Path) -> list[Path]:
    return sorted((root / "book").glob("*.md"))


def shown_paths(root: Path) -> tuple[set[str], list[str]]:
    """Paths under code/ that chapters show, and the includes that point nowhere."""
    shown: set[str] = set()
    broken: list[str] = []
    for chapter in chapters(root):
        text = chapter.read_text()
        for match in EXAMPLE.finditer(text):
            rel = "code/" + match.group(2)
            shown.add(rel)
            if not (root / rel).is_file():
                broken.append(
                    f"{chapter.name}: example {match.group(2)} does not exist"
                )
        for match in INCLUDE.finditer(text):
            target = match.group(2)
            path = (
                root / target.lstrip("/")
                if target.startswith("/")
                else chapter.parent / target
            )
            if not path.is_file():
                broken.append(f"{chapter.name}: literalinclude {target} does not exist")
            else:
                shown.add(path.resolve().relative_to(root.resolve()).as_posix())
    return shown, broken


def unshown_scripts(root: Path) -> list[str]:
    shown, _ = shown_paths(root)
    scripts = [
        p.relative_to(root).as_posix()
        for p in sorted((root / "code").rglob("*.py"))
        if not p.is_symlink() and "__pycache__" not in p.parts
    ]
    return [f"{s} is shown by no chapter" for s in scripts if s not in shown]


def broken_includes(root: Path) -> list[str]:
    return shown_paths(root)[1]


def unreachable_chapters(root: Path) -> list[str]:
    listed: set[str] = set()
    for doc in [root / "index.md", *chapters(root)]:
        for match in TOCTREE.finditer(doc.read_text()):
            for line in match.group(2).splitlines():
                line = line.strip()
                if line and not line.startswith(":"):
                    base = doc.parent.relative_to(root)
                    listed.add((base / line).as_posix())
    docs = [c.relative_to(root).with_suffix("").as_posix() for c in chapters(root)]
    return [f"{d}.md is in no table of contents" for d in docs if d not in listed]


def bare_python_blocks(root: Path) -> list[str]:
    problems = []
    for chapter in chapters(root):
        text = chapter.read_text()
        for match in BARE_PYTHON.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(
                f"{chapter.name}:{line}: a Python block no test runs "
                "(make it a {doctest} or a script shown with {example})"
            )
    return problems


def stray_outputs(root: Path) -> list[str]:
    """Checked outputs without their script, and scripts without their output."""
    problems = []
    for out in sorted((root / "code").rglob("*.out")):
        script = out.with_name(out.name.split(".")[0] + ".py")
        if not script.is_file():
            problems.append(f"{out.relative_to(root)} belongs to no script")
    for script in sorted((root / "code").glob("*/*.py")):
        if not script.is_symlink() and not script.with_suffix(".out").is_file():
            problems.append(
                f"{script.relative_to(root)} has no checked output (make outputs)"
            )
    return problems


ALL = [
    unshown_scripts,
    broken_includes,
    unreachable_chapters,
    bare_python_blocks,
    stray_outputs,
]
