"""Sphinx configuration for Asyncio in Python.

The repository root is the source directory (Read the Docs builds from the directory of
conf.py), so everything that is not part of the book is excluded below. Custom behaviour
lives in small extensions under book/_ext/.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "book" / "_ext"))

project = "Asyncio in Python"
author = "The Asyncio in Python authors"
copyright = "2026, the Asyncio in Python authors"
release = "2026.11"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.doctest",
    "sphinx.ext.graphviz",
    "sphinx.ext.intersphinx",
    "examples",
]

root_doc = "index"
source_suffix = {".md": "markdown"}
include_patterns = ["index.md", "book/**"]
exclude_patterns = ["_build", "book/_ext", "book/_static"]
templates_path: list[str] = []

myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline"]
myst_heading_anchors = 3

# Every cross-reference must resolve.
nitpicky = True

# Figures, tables and listings numbered per chapter (Fig. 3.1, Listing 3.4).
numfig = True

# Links into the official Python documentation. The checked-in inventory (from Debian's
# python3.15-doc) is the fallback, so an offline build passes without a warning.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, "book/_ext/python-objects.inv")),
}
intersphinx_timeout = 5

# Graphviz diagrams as SVG in HTML; PDF uses the PDF output of dot.
graphviz_output_format = "svg"

# doctest: blocks that are not marked as doctests are never run by accident.
doctest_test_doctest_blocks = ""

# -- HTML ----------------------------------------------------------------------
html_theme = "furo"
html_title = "Asyncio in Python"
html_static_path = ["book/_static"]
html_css_files = ["book.css"]
html_copy_source = False
pygments_style = "bookstyle.BookStyle"
pygments_dark_style = "monokai"

# -- LaTeX / PDF ---------------------------------------------------------------
latex_engine = "xelatex"
latex_documents = [
    (root_doc, "asyncio-in-python.tex", project, author, "manual"),
]
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "10pt",
    "fontpkg": r"""
\setmainfont{FreeSerif}
\setsansfont{FreeSans}
\setmonofont{FreeMono}
""",
    "sphinxsetup": "hmargin={2cm,2cm}, vmargin={2.5cm,2.5cm}",
    "preamble": r"""
\fvset{fontsize=\small}
% The "Python 3.13+" badge of a listing (an inline with class "badge").
\newcommand{\DUrolebadge}[1]{\colorbox{black!12}{\sffamily\bfseries\small #1}}
""",
    "printindex": "",
}
latex_show_urls = "no"

# -- EPUB ----------------------------------------------------------------------
epub_show_urls = "no"
