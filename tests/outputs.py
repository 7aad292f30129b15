"""Regenerate the checked outputs: ``make outputs`` (``K=pattern`` for some examples).

Each example runs under every supported Python this machine has (see pythons.py). The
output of its oldest version goes into ``name.out``; a version whose output differs from
the one before it gets ``name.3.X.out``. Versions this machine lacks keep what the files
said before, so a run with fewer interpreters never loses what another run found.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "book" / "_ext"))
from contract import SUPPORTED, Example, Version, examples, vstr
from pythons import interpreters


def regenerate(example: Example, pythons: dict[Version, str]) -> list[str]:
    outputs: dict[Version, str] = {}
    for version in example.versions:
        if version in pythons:
            outputs[version] = example.run(pythons[version])[0]
        elif example.expected_file(version).exists():
            outputs[version] = example.expected(version)
    if not outputs:
        return [f"{example.rel}: no interpreter for {vstr(example.versions[0])}+"]
    for path in example.path.parent.glob(example.path.stem + ".*out"):
        path.unlink()
    previous = None
    written = []
    for i, (version, text) in enumerate(sorted(outputs.items())):
        if text != previous:
            path = example.output_file(None if i == 0 else version)
            path.write_text(text)
            written.append(path.name)
        previous = text
    return [f"{example.rel}: {', '.join(written)}"]


def main() -> None:
    pattern = sys.argv[1] if len(sys.argv) > 1 else ""
    pythons = interpreters()
    print("outputs: running under", ", ".join(vstr(v) for v in pythons), flush=True)
    chosen = examples(pattern)
    with ThreadPoolExecutor(max_workers=4) as pool:
        for lines in pool.map(lambda ex: regenerate(ex, pythons), chosen):
            print("\n".join(lines), flush=True)
    missing = [v for v in SUPPORTED if v not in pythons]
    if missing:
        print(
            "outputs: kept the old outputs for",
            ", ".join(vstr(v) for v in missing),
            "(make pythons provisions them)",
        )


if __name__ == "__main__":
    main()
