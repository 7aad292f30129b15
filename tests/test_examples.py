"""Every script under code/ runs, and prints exactly its checked output.

Each runs twice, in a fresh process: as the reader runs it, and under
``-X dev -W error`` (asyncio debug mode, every warning an error).
"""

from __future__ import annotations

import difflib

import pytest
from conftest import PYTHON, has_module, python_version
from contract import Example, examples, vstr

EXAMPLES = examples()


def check(example: Example, dev: bool) -> None:
    version = python_version()
    if version < example.requires:
        pytest.skip(f"requires Python {vstr(example.requires)}+")
    for name in example.needs:
        if not has_module(name):
            pytest.skip(f"needs {name}, not installed for Python {vstr(version)}")
    got, status = example.run(PYTHON, dev=dev)
    expected_file = example.expected_file(version)
    assert expected_file.exists(), (
        f"no checked output {expected_file.name}: run make outputs"
    )
    expected = expected_file.read_text()
    if got != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True),
                got.splitlines(True),
                str(expected_file),
                "actual run",
            )
        )
        pytest.fail(
            f"{example.rel} on Python {vstr(version)} ({'dev' if dev else 'reader'}):\n{diff}"
        )
    # The exit status is part of the checked output; a failure must also be declared.
    if status:
        assert "error" in example.expect, (
            f"{example.rel} exited {status}: '# expect: error'?"
        )


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_reader_run(example: Example) -> None:
    check(example, dev=False)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_dev_run(example: Example) -> None:
    if "warning" in example.expect:
        pytest.skip("the warning is the lesson: runs only as the reader runs it")
    check(example, dev=True)
