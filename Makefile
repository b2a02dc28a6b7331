# Two commands for a fresh machine (see README):
#   make site   set up, extract sources that have no briefing yet, build site/
#   make test   set up with test tools (and Debian's chromium), run every test
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test setup test-setup chromium briefings serve lint clean mutants

site: setup
	$(PY) -m generator extract
	$(PY) -m generator check
	$(PY) -m generator build --strict
	@echo
	@echo "The site is in site/. Preview it with live reload:  make serve"
	@echo "or serve the built files:  $(PY) -m http.server -d site 8000"

# Coverage of generator/ per module, with the floor of pyproject.toml for the whole and 80% for
# each module (scripts/coverage_floor.py); COVERAGE=all measures
# the processes tests start too (tests/coverage-all.toml), at 1.7 times the CPU time.
# The tests run on every core (pytest-xdist), at most 4 workers (each holds the language models,
# about 700 MB); a test file's tests on one worker, so what its module fixtures build (a site,
# an extracted corpus) is built once. TEST_JOBS=0: no workers.
COVERAGE_CONFIG = $(if $(filter all,$(COVERAGE)),--cov-config=tests/coverage-all.toml)
TEST_JOBS ?= auto
# Python keeps its compiled modules (__pycache__/, which git ignores) even where the shell sets
# PYTHONDONTWRITEBYTECODE: else each of the hundreds of processes the tests start (extract,
# check, mkdocs build ...) compiles the package from its source again, and each test worker
# rewrites every test module again (tests/e2e/test_site.py: 38.3 s of CPU with it set, 31.5 s not).
test: export PYTHONDONTWRITEBYTECODE :=
test: test-setup chromium
	$(PY) -m ruff check generator tests scripts bench
	$(PY) -m ruff format --check generator tests scripts bench
	$(PY) -m pytest -n $(TEST_JOBS) --maxprocesses 4 --dist loadfile --no-loadscope-reorder \
	  --cov $(COVERAGE_CONFIG) --cov-report=term-missing:skip-covered
	$(PY) scripts/coverage_floor.py --floor 80

setup: $(VENV)/.installed

test-setup: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# Mutation testing (tests/MUTANTS.md), a module at a time: make mutants MODULE=generator.ids
# It runs for long on every core it gets: one worker, niced. `$(VENV)/bin/mutmut results` lists
# the mutants that survived, `$(VENV)/bin/mutmut show NAME` what one changed.
MODULE ?= generator
mutants: test-setup
	nice -n 15 $(VENV)/bin/mutmut run --max-children 1 "$(MODULE).*"

# Browser tests drive Debian's chromium; no test tool downloads a browser.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Debian's chromium first: sudo apt-get install chromium" >&2; exit 1; fi; }

# Re-extract every source (after changing the extractor); curated briefings are backed up.
briefings: setup
	$(PY) -m generator extract --force

serve: setup
	$(PY) -m generator serve

clean:
	rm -rf site docs/generated .pytest_cache
