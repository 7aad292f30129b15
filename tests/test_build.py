"""The book builds as Read the Docs builds it, and the PDF check catches what TeX hides."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import texlog
import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_read_the_docs_build(tmp_path: Path) -> None:
    """Run the sphinx-build command Read the Docs runs for .readthedocs.yaml."""
    config = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text())
    assert config["sphinx"]["configuration"] == "conf.py"
    flags = ["-W", "--keep-going"] if config["sphinx"].get("fail_on_warning") else []
    output = tmp_path / "html"
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "-T",
        *flags,
        "-b",
        "html",
        "-d",
        str(tmp_path / "doctrees"),
        "-D",
        "language=en",
        ".",
        str(output),
    ]
    env = dict(os.environ, READTHEDOCS_OUTPUT=str(tmp_path))
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (output / "index.html").is_file(), "the front page must be index.html"
    assert not (output / "README.html").exists(), "README.md must not become a page"
    assert not list(output.rglob("_sources/**/*.py")), (
        "code/ must not be copied as sources"
    )


def test_texlog_passes_a_clean_log() -> None:
    assert texlog.problems("Output written on book.pdf (3 pages).\n") == []


def test_texlog_catches_missing_glyphs_and_overflows() -> None:
    log = (
        "Missing character: There is no ✓ (U+2713) in font FreeSerif:mode=node;!\n"
        "Overfull \\hbox (23.4pt too wide) in paragraph at lines 1--2\n"
        "Overfull \\hbox (0.2pt too wide) in paragraph at lines 5--6\n"
    )
    assert texlog.problems(log) == [
        "Missing character: There is no ✓ (U+2713) in font FreeSerif:mode=node;!",
        "Overfull \\hbox (23.4pt too wide) in paragraph at lines 1--2",
    ]
