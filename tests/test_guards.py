"""The drift guards pass on the book, and each one fires on a copy broken on purpose."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import guards
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("guard", guards.ALL, ids=[g.__name__ for g in guards.ALL])
def test_book_passes(guard: Callable[[Path], list[str]]) -> None:
    assert guard(ROOT) == []


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "index.md", tmp_path)
    shutil.copytree(
        ROOT / "book", tmp_path / "book", ignore=shutil.ignore_patterns("_*")
    )
    shutil.copytree(ROOT / "code", tmp_path / "code", symlinks=True)
    return tmp_path


def new_problems(
    guard: Callable[[Path], list[str]], root: Path, before: list[str]
) -> list[str]:
    return [p for p in guard(root) if p not in before]


def first_example(root: Path) -> tuple[Path, str]:
    for chapter in guards.chapters(root):
        if match := guards.EXAMPLE.search(chapter.read_text()):
            return chapter, match.group(0)
    raise AssertionError("no {example} in the book")


def test_fires_on_unshown_script(copy: Path) -> None:
    before = guards.unshown_scripts(copy)
    (copy / "code" / "ch01_event_loop" / "forgotten.py").write_text("print('hi')\n")
    assert new_problems(guards.unshown_scripts, copy, before) == [
        "code/ch01_event_loop/forgotten.py is shown by no chapter"
    ]


def test_fires_on_broken_include(copy: Path) -> None:
    before = guards.broken_includes(copy)
    chapter, line = first_example(copy)
    chapter.write_text(
        chapter.read_text() + "\n```{literalinclude} /code/nowhere.py\n```\n"
    )
    assert new_problems(guards.broken_includes, copy, before) == [
        f"{chapter.name}: literalinclude /code/nowhere.py does not exist"
    ]
    script = copy / "code" / line.split()[-1]
    script.unlink()
    assert (
        f"{chapter.name}: example {line.split()[-1]} does not exist"
        in guards.broken_includes(copy)
    )


def test_fires_on_unreachable_chapter(copy: Path) -> None:
    (copy / "book" / "ch99_orphan.md").write_text("# Orphan\n")
    assert guards.unreachable_chapters(copy) == [
        "book/ch99_orphan.md is in no table of contents"
    ]


@pytest.mark.parametrize(
    "fence", ["```python", "```py", "~~~pycon", "```{code-block} python"]
)
def test_fires_on_bare_python_block(copy: Path, fence: str) -> None:
    chapter = copy / "book" / "ch02_coroutines.md"
    chapter.write_text(chapter.read_text() + f"\n{fence}\nprint('untested')\n```\n")
    problems = guards.bare_python_blocks(copy)
    assert len(problems) == 1 and problems[0].startswith("ch02_coroutines.md:")


def test_fires_on_stray_or_missing_output(copy: Path) -> None:
    before = guards.stray_outputs(copy)
    _, line = first_example(copy)
    script = copy / "code" / line.split()[-1]
    script.with_suffix(".out").rename(script.with_suffix(".3.99.txt"))
    (copy / "code" / "ch01_event_loop" / "gone.out").write_text("$ python gone.py\n")
    assert new_problems(guards.stray_outputs, copy, before) == [
        "code/ch01_event_loop/gone.out belongs to no script",
        f"{script.relative_to(copy)} has no checked output (make outputs)",
    ]


def test_fires_on_stale_output(copy: Path) -> None:
    """An output that no longer matches what its script prints fails test_examples."""
    import contract
    import test_examples

    _, line = first_example(copy)
    example = contract.Example.load(copy / "code" / line.split()[-1])
    test_examples.check(example, dev=False)  # the fresh copy passes
    out = example.expected_file(contract.current())
    out.write_text(out.read_text() + "a line the script no longer prints\n")
    with pytest.raises(
        pytest.fail.Exception, match="a line the script no longer prints"
    ):
        test_examples.check(example, dev=False)
