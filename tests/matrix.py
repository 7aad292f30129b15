"""Run every example on every supported Python and record the result for the appendix.

    python tests/matrix.py --write   # run, then write book/version_matrix.json
    python tests/matrix.py --check   # run, then fail if the result differs from the file

The interpreters are the ones pythons.py provisioned. Each version runs the whole of
tests/test_examples.py (reader run and -X dev run) with BOOK_PYTHON pointing at it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "book" / "_ext"))
from contract import ROOT, SUPPORTED, Version, examples, interpreter_version, vstr
from pythons import wrapper

MATRIX = ROOT / "book" / "version_matrix.json"


def run_version(version: Version, report: Path) -> dict[str, str]:
    python = wrapper(version)
    if not python.exists():
        sys.exit(f"matrix: Python {vstr(version)} is not provisioned (make pythons)")
    env = dict(os.environ, BOOK_PYTHON=str(python))
    jobs = os.environ.get("JOBS", "8")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-n",
        jobs,
        "tests/test_examples.py",
        f"--junitxml={report}",
        "-o",
        "junit_family=xunit2",
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=False)
    results: dict[str, list[str]] = {}
    for case in ET.parse(report).iter("testcase"):
        name = case.get("name", "").split("[", 1)[1].rstrip("]")
        if case.find("failure") is not None or case.find("error") is not None:
            outcome = "FAILED"
        elif (skipped := case.find("skipped")) is not None:
            outcome = "skip: " + skipped.get("message", "").split("Skipped: ")[-1]
        else:
            outcome = "pass"
        results.setdefault(name, []).append(outcome)
    return {name: cell(outcomes) for name, outcomes in results.items()}


def cell(outcomes: list[str]) -> str:
    """One table cell from the reader run and the dev run of one example."""
    if "FAILED" in outcomes:
        return "FAILED"
    skips = [
        o
        for o in outcomes
        if o.startswith("skip: ") and "the warning is the lesson" not in o
    ]
    if skips:
        reason = skips[0].removeprefix("skip: ")
        return "skipped: " + reason.replace("requires Python ", "").replace(
            "+", "+ only"
        )
    return "pass"


def table(runs: dict[Version, dict[str, str]]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for example in examples():
        first = example.expected_file(example.versions[0])
        row = {}
        for version in SUPPORTED:
            text = runs[version].get(example.name, "missing")
            if text == "pass" and example.expected_file(version) != first:
                text = "own output"
            row[vstr(version)] = text
        rows[example.name] = row
    return rows


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "--check"
    start = time.monotonic()
    runs: dict[Version, dict[str, str]] = {}
    patch: dict[str, str] = {}
    timings = []
    for version in SUPPORTED:
        began = time.monotonic()
        full = subprocess.run(
            [
                wrapper(version),
                "-c",
                "import platform; print(platform.python_version())",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert interpreter_version(str(wrapper(version))) == version
        patch[vstr(version)] = full
        print(f"\n== Python {full} ({wrapper(version).relative_to(ROOT)})", flush=True)
        runs[version] = run_version(
            version, ROOT / "_build" / f"matrix-{vstr(version)}.xml"
        )
        timings.append(f"{vstr(version)}: {time.monotonic() - began:.0f} s")
    data = {
        "versions": [vstr(v) for v in SUPPORTED],
        "pythons": patch,
        "examples": table(runs),
    }
    failed = [
        f"{n} on {v}"
        for n, row in data["examples"].items()
        for v, c in row.items()
        if c in ("FAILED", "missing")
    ]
    print(
        f"\nmatrix: {len(data['examples'])} examples x {len(SUPPORTED)} versions ({', '.join(timings)})"
    )
    if failed:
        sys.exit("matrix: failed: " + ", ".join(failed))
    if mode == "--write":
        MATRIX.write_text(json.dumps(data, indent=1) + "\n")
        print(
            f"matrix: wrote {MATRIX.relative_to(ROOT)} in {time.monotonic() - start:.0f} s"
        )
        return
    recorded = json.loads(MATRIX.read_text())
    if recorded["pythons"] != patch:
        print(
            f"matrix: note: the table was made with {recorded['pythons']}, this run used {patch}"
        )
    differ = [
        f"{n}: table says {recorded['examples'].get(n)}, run gave {row}"
        for n, row in data["examples"].items()
        if recorded["examples"].get(n) != row
    ]
    if differ or set(recorded["examples"]) != set(data["examples"]):
        sys.exit(
            "matrix: the appendix table is stale (make matrix):\n" + "\n".join(differ)
        )
    print("matrix: the appendix table matches this run")


if __name__ == "__main__":
    main()
