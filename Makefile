# Two commands set everything up on a fresh machine:
#   make demo   - creates .venv, installs geomap with its data and model, maps seeds/ into output/
#   make test   - also installs the test needs (Debian chromium when missing) and runs the suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Stamps record what is installed; they are remade only when their inputs change,
# so a second `make demo` on a ready machine does no installing.
INSTALLED      := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.test-installed
SEEDS   := $(wildcard seeds/*.txt)
MAPS    := $(patsubst seeds/%.txt,output/%.html,$(SEEDS))
SOURCES := $(shell find geomap -name '*.py') $(wildcard data/*.csv data/*.parquet)

.PHONY: demo test lint install bench bench-geoparse bench-roles bench-scale clean
.DELETE_ON_ERROR:

demo: $(MAPS)
	@echo "maps in output/: $(notdir $(MAPS))"

install: $(INSTALLED)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): $(BIN)/python setup.cfg pyproject.toml requirements/model.txt requirements/constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e .
	$(BIN)/geomap geocode Geneva --limit 1 >/dev/null   # builds the gazetteer cache once
	touch $@

output/%.html: seeds/%.txt $(INSTALLED) $(SOURCES)
	@mkdir -p output
	$(BIN)/geomap map $< -o $@

$(TEST_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[test]'
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: /usr/bin/chromium is missing and we are not root: browser tests will be skipped"; fi; \
	fi
	touch $@

test: $(TEST_INSTALLED)
	$(BIN)/ruff check geomap tests benchmarks data
	$(BIN)/python -m pytest -q

lint: $(TEST_INSTALLED)
	$(BIN)/ruff check geomap tests benchmarks data

bench: $(TEST_INSTALLED)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Geoparsing figures on ../shared/eval (issue 3): writes benchmarks/results/geoparse*.md.
bench-geoparse: $(INSTALLED)
	$(BIN)/python benchmarks/bench_geoparse.py

# Role figures (issue 4): the role set in tests/roles and event locations on ../shared/eval;
# writes benchmarks/results/roles.md.
bench-roles: $(INSTALLED)
	$(BIN)/python benchmarks/bench_roles.py

# Corpus scale on Dask (issue 7): throughput on 1 and 2 workers against spaCy's own pass, memory
# over a 10,000-article run on ../shared/eval; writes benchmarks/results/scale.md.
bench-scale: $(INSTALLED)
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf output/*.html output/*.png
