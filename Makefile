# Asyncio in Python: the one front door. `make help` lists the targets.
# The build and test targets create the virtual environment themselves.

PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
SPHINX   := $(BIN)/sphinx-build
SPHINXOPTS ?= -W --keep-going -n -q
JOBS     ?= 8
K        ?=
BUILD    := _build
TEX_PACKAGES := latexmk texlive-xetex texlive-latex-recommended texlive-latex-extra \
                texlive-fonts-recommended fonts-freefont-otf xindy

.DEFAULT_GOAL := help
.PHONY: help venv html latexpdf epub doctest pytest test outputs livehtml clean \
        pythons matrix matrix-check graphviz

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.stamp: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed (PYTHON=python3.X make ...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(VENV)/.stamp ## Create the virtual environment from requirements.txt

graphviz:
	@command -v dot >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq graphviz >/dev/null; } \
	  || { echo "Graphviz is missing: apt-get install graphviz"; exit 1; }

html: venv graphviz ## Build the HTML book into _build/html (warnings are errors)
	$(SPHINX) -M html . $(BUILD) $(SPHINXOPTS)
	@echo "Open $(BUILD)/html/index.html"

latexpdf: venv graphviz ## Build the PDF with xelatex into _build/latex
	@command -v latexmk >/dev/null && command -v xelatex >/dev/null || { \
	  echo "TeX is missing. On Debian or Ubuntu: apt-get install $(TEX_PACKAGES)"; exit 1; }
	$(SPHINX) -M latexpdf . $(BUILD) $(SPHINXOPTS) >/dev/null
	$(BIN)/python tests/texlog.py $(BUILD)/latex/asyncio-in-python.log
	@echo "Open $(BUILD)/latex/asyncio-in-python.pdf"

epub: venv graphviz ## Build the EPUB into _build/epub
	$(SPHINX) -M epub . $(BUILD) $(SPHINXOPTS)

doctest: venv ## Run the {doctest} blocks of the chapters
	$(SPHINX) -M doctest . $(BUILD) $(SPHINXOPTS)

pytest: venv graphviz ## Run the pytest suite (K=pattern selects tests)
	$(BIN)/python -m pytest -n $(JOBS) $(if $(K),-k "$(K)")

test: doctest pytest ## Run everything: doctests, every example, guards, style, build

outputs: venv ## Regenerate the checked outputs (K=pattern for some examples)
	$(BIN)/python tests/outputs.py $(K)

livehtml: venv graphviz ## Serve the HTML book with live reload while writing
	$(BIN)/sphinx-autobuild . $(BUILD)/html $(SPHINXOPTS) --watch code

pythons: venv ## Provision CPython 3.11 to 3.15 (3.14+ need root: Debian chroot)
	$(BIN)/python tests/pythons.py provision

matrix: pythons ## Run every example on 3.11 to 3.15 and write the appendix table
	JOBS=$(JOBS) $(BIN)/python tests/matrix.py --write

matrix-check: pythons ## Run every example on 3.11 to 3.15 and compare with the table
	JOBS=$(JOBS) $(BIN)/python tests/matrix.py --check

clean: ## Remove the build output (keeps .venv and the provisioned Pythons)
	rm -rf $(BUILD)/html $(BUILD)/latex $(BUILD)/epub $(BUILD)/doctrees $(BUILD)/doctest
