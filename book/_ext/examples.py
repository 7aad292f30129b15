"""Sphinx directives that show the book's examples: ``{example}`` and ``{version-matrix}``.

``{example} ch01_event_loop/hello.py`` shows the script from ``code/`` with its path as
caption, a "Python 3.X+" badge when it needs a newer Python than 3.11, and each checked
output (one per Python version range where the output differs), all as literalinclude,
so Sphinx rebuilds the page when a script or an output changes.
"""

from __future__ import annotations

import json

from contract import CODE, ROOT, SUPPORTED, Example, vstr
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

MATRIX = ROOT / "book" / "version_matrix.json"


def version_range(first: str, last: str | None) -> str:
    if last is None:
        return (
            f"Python {first} and newer"
            if first != vstr(SUPPORTED[0])
            else "every Python"
        )
    if first == last:
        return f"Python {first}"
    return f"Python {first} to {last}"


class ExampleDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        path = CODE / self.arguments[0]
        if not path.is_file():
            raise self.error(f"example {self.arguments[0]!r}: no such file under code/")
        example = Example.load(path)
        source = "/" + example.rel  # relative to the source directory (the repository)
        lines = []
        if example.requires > SUPPORTED[0]:
            lines += [f"[Python {vstr(example.requires)}+]{{.badge}}", ""]
        lines += [
            f"```{{literalinclude}} {source}",
            f":caption: {example.rel}",
            ":language: python",
            f":name: {label(example.name)}",
            "```",
            "",
        ]
        variants = example.variants()
        for i, (since, out) in enumerate(variants):
            if not out.exists():
                raise self.error(
                    f"example {example.rel}: no checked output {out.name} (make outputs)"
                )
            last = None
            if i + 1 < len(variants):
                nxt = variants[i + 1][0]
                last = vstr(SUPPORTED[SUPPORTED.index(nxt) - 1])
            lines += [
                "```{literalinclude} /" + out.relative_to(ROOT).as_posix(),
                ":language: console",
            ]
            if len(variants) > 1 or example.requires > SUPPORTED[0]:
                lines.append(f":caption: Output on {version_range(vstr(since), last)}")
            lines += ["```", ""]
        container = nodes.container(classes=["example"])
        if example.requires > SUPPORTED[0]:
            container["classes"].append("needs-newer-python")
        self.state.nested_parse(
            StringList(lines, source=self.get_source_info()[0]),
            self.content_offset,
            container,
        )
        return [container]


class VersionMatrixDirective(SphinxDirective):
    """The table of the last real matrix run: one table per chapter, a row per example."""

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(MATRIX))
        data = json.loads(MATRIX.read_text())
        versions = data["versions"]
        pythons = [data["pythons"][v] for v in versions]
        lines = [
            f"Last run on CPython {', '.join(pythons[:-1])} and {pythons[-1]}.",
            "",
        ]
        chapters: dict[str, list[str]] = {}
        for name in data["examples"]:
            chapters.setdefault(name.split("/")[0], []).append(name)
        for chapter, names in chapters.items():
            lines += [
                f"```{{list-table}} {chapter_title(chapter)}",
                ":header-rows: 1",
                ":class: version-matrix",
                f":widths: {' '.join(['4'] + ['2'] * len(versions))}",
                "",
                "* - Example",
            ]
            lines += [f"  - {v}" for v in versions]
            for name in names:
                script = name.split("/")[1] + ".py"
                lines.append(f"* - {{ref}}`{script} <{label(name)}>`")
                for v in versions:
                    text = data["examples"][name][v]
                    # A version with its own output links to the listing that shows it.
                    cell = (
                        f"{{ref}}`{text} <{label(name)}>`"
                        if text == "own output"
                        else text
                    )
                    lines.append(f"  - {cell}")
            lines += ["```", ""]
        container = nodes.container()
        self.state.nested_parse(
            StringList(lines, source=self.get_source_info()[0]),
            self.content_offset,
            container,
        )
        return container.children


def label(name: str) -> str:
    """The label of an example's listing, from its name (ch03_tasks/gather_results)."""
    return name.replace("/", "-").replace("_", "-")


def chapter_title(chapter: str) -> str:
    for line in (ROOT / "book" / f"{chapter}.md").read_text().splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return chapter


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("example", ExampleDirective)
    app.add_directive("version-matrix", VersionMatrixDirective)
    # Bump env_version when what the directives produce changes: pages are then re-read.
    return {
        "version": "3",
        "env_version": 3,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
