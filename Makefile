# One entry point for people and CI. `make build` and `make test` are the
# README's two quick-start commands; both create .venv and install on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ICEWS  ?= ../shared/data/icews14-regcn/named_quadruples.tsv

.PHONY: build test test-fast lint typecheck pytest docs clean bench demo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/kg build

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

# Both cores (pytest-xdist): the servers and browsers the tests start take free
# ports and their own temporary folders, so the workers share nothing.
pytest: $(STAMP)
	$(BIN)/pytest -n 2

# Under a minute, without Java, Chromium, notebooks or tests of a second or more
# (lanes: pyproject.toml), on both cores (pytest-xdist).
test-fast: $(STAMP)
	$(BIN)/pytest -n 2 -m "not slow and not browser and not java and not notebook"

docs: $(STAMP)
	$(BIN)/kg docs -o build/ontology.html

clean:
	rm -rf build build-demo .build.* .mypy_cache .ruff_cache .pytest_cache

# Benchmarks: ratios against named baselines, written to docs/benchmarks.md; each
# script replaces only its own sections. OWLRL_CAP: seconds owlrl's closure gets.
OWLRL_CAP ?= 1800
bench: $(STAMP)
	$(BIN)/python bench/bench_projection.py --triples 1000000
	$(BIN)/python bench/bench_icews.py $(ICEWS) --owlrl-cap $(OWLRL_CAP)
	$(BIN)/python bench/bench_analysis.py --icews data/icews/icews14.tsv.xz --title "Relationship analysis, ICEWS 2014"
	$(BIN)/python bench/bench_extract.py

# Real data at first run: ICEWS 2014 (CC0, data/icews/SOURCE.txt), imported into
# a build of its own, analysed, a view of the countries around Azerbaijan, and
# notebooks/04-icews.ipynb run on it (its results in $(DEMO)/04-icews.ipynb).
DEMO ?= build-demo
demo: $(STAMP)
	$(BIN)/kg build --build $(DEMO)
	$(BIN)/kg import icews data/icews/icews14.tsv.xz --build $(DEMO)
	$(BIN)/kg analyze --projection countries --build $(DEMO)
	$(BIN)/kg view --projection countries --focus country:AZ --build $(DEMO) -o $(DEMO)/icews14-countries.html
	cd notebooks && KG_ICEWS_BUILD=$(abspath $(DEMO)) ../$(BIN)/python -c "import nbclient, nbformat;\
	nb = nbformat.read('04-icews.ipynb', as_version=4); nbclient.NotebookClient(nb, timeout=1800).execute();\
	nbformat.write(nb, '$(abspath $(DEMO))/04-icews.ipynb')"
	@echo "The ICEWS notebook with its results: $(DEMO)/04-icews.ipynb (jupyter lab $(DEMO)/04-icews.ipynb)"
