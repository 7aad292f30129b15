"""The contract's own rules: which output covers which version, and normalisation."""

from __future__ import annotations

from pathlib import Path

import contract
import pytest


@pytest.fixture
def example(tmp_path: Path) -> contract.Example:
    script = tmp_path / "code" / "ch01_demo" / "demo.py"
    script.parent.mkdir(parents=True)
    script.write_text("# requires: Python 3.12\n# expect: error\nprint('hi')\n")
    return contract.Example.load(script)


def test_headers(example: contract.Example) -> None:
    assert example.requires == (3, 12)
    assert example.expect == {"error"}
    assert example.versions[0] == (3, 12)
    assert example.rel == "code/ch01_demo/demo.py"
    assert example.name == "ch01_demo/demo"


def test_later_versions_follow_the_newest_output_before_them(
    example: contract.Example,
) -> None:
    example.output_file().write_text("a\n")
    example.output_file((3, 14)).write_text("b\n")
    files = {v: example.expected_file(v).name for v in example.versions}
    assert files == {
        (3, 12): "demo.out",
        (3, 13): "demo.out",
        (3, 14): "demo.3.14.out",
        (3, 15): "demo.3.14.out",
    }


def test_unknown_expectation_is_an_error(tmp_path: Path) -> None:
    script = tmp_path / "code" / "ch" / "bad.py"
    script.parent.mkdir(parents=True)
    script.write_text("# expect: success\n")
    with pytest.raises(ValueError, match="unknown expectation"):
        contract.Example.load(script)


def test_normalise_only_what_differs_between_machines() -> None:
    root = Path("/home/reader/book")
    raw = (
        '  File "/home/reader/book/code/ch/x.py", line 3, in <module>\n'
        '  File "/usr/lib/python3.14/asyncio/runners.py", line 195, in run\n'
        "<Task at 0x7f3a2b1c> 127.0.0.1:49152 ('127.0.0.1', 49152)\n"
        "Executing <Task finished> took 0.105 seconds\n"
        "no newline"
    )
    assert contract.normalise(raw, dev=True, root=root) == (
        '  File "code/ch/x.py", line 3, in <module>\n'
        '  File "<stdlib>/asyncio/runners.py", line N, in run\n'
        "<Task at 0x...> 127.0.0.1:PORT ('127.0.0.1', PORT)\n"
        "no newline\n"
    )
    assert "took 0.105 seconds" in contract.normalise(raw, dev=False, root=root)


def test_missing_package_skips_with_the_reason(tmp_path: Path) -> None:
    """An example that needs a package the interpreter lacks is skipped, never silently."""
    import test_examples

    script = tmp_path / "code" / "ch01_demo" / "needs_pkg.py"
    script.parent.mkdir(parents=True)
    script.write_text(
        "# needs: no_such_package_for_the_book\nimport no_such_package_for_the_book\n"
    )
    example = contract.Example.load(script)
    assert example.needs == ["no_such_package_for_the_book"]
    with pytest.raises(
        pytest.skip.Exception, match="needs no_such_package_for_the_book, not installed"
    ):
        test_examples.check(example, dev=False)
