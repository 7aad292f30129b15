"""The appendix table agrees with the examples as they are now.

The table comes from the last real run on 3.11 to 3.15 (make matrix); CI runs the
matrix again and compares (make matrix-check). This test catches, without running any
interpreter, a table that no longer fits the examples: a new or removed script, a
changed minimum version, an output variant added or dropped.
"""

from __future__ import annotations

import json

from contract import ROOT, SUPPORTED, examples, vstr

MATRIX = json.loads((ROOT / "book" / "version_matrix.json").read_text())


def test_table_lists_every_example() -> None:
    assert list(MATRIX["examples"]) == [e.name for e in examples()], "make matrix"


def test_table_cells_fit_the_examples() -> None:
    assert MATRIX["versions"] == [vstr(v) for v in SUPPORTED]
    stale = []
    for example in examples():
        row = MATRIX["examples"].get(example.name, {})
        first = example.expected_file(example.versions[0])
        for version in SUPPORTED:
            if version < example.requires:
                want = f"skipped: {vstr(example.requires)}+ only"
            elif example.expected_file(version) != first:
                want = "own output"
            else:
                want = "pass"
            got = row.get(vstr(version))
            if got != want and not (got or "").startswith("skipped: needs "):
                stale.append(
                    f"{example.name} on {vstr(version)}: table {got!r}, now {want!r}"
                )
    assert not stale, "the appendix table is stale (make matrix):\n" + "\n".join(stale)
