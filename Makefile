# peerbot: `make demo` runs every job on a throwaway local wiki; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
APT_PACKAGES := mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps venv demo test unit integration package-check bench fuzz lint clean

deps: ## Debian packages: MediaWiki 1.39, PHP and Chromium (skipped when present)
	@if [ -f /usr/share/mediawiki/maintenance/install.php ] && command -v php >/dev/null \
	   && php -m | grep -qi pdo_sqlite && command -v chromium >/dev/null; then \
	  echo "deps: MediaWiki, PHP and Chromium are installed"; \
	else \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

demo: deps venv ## start a throwaway wiki, seed it, run every job, print report URLs
	$(PY) -m bot.demo

test: deps venv lint ## lint, then unit and integration tests (the package check among them)
	$(PY) -m pytest -ra $(PYTEST_ARGS)

unit: venv
	$(PY) -m pytest -ra tests/unit $(PYTEST_ARGS)

integration: deps venv
	$(PY) -m pytest -ra tests/integration $(PYTEST_ARGS)

package-check: venv ## build sdist + wheel, install the wheel in a fresh venv, run it (docs/release.md)
	$(PY) -m pytest -ra -p no:cacheprovider tests/integration/test_package.py $(PYTEST_ARGS)

lint: venv ## ruff and mypy, both must be clean
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

fuzz: deps venv ## every renderer against 10,000 hostile cases, parsed by the local MediaWiki
	PEERBOT_FUZZ_CASES=$${PEERBOT_FUZZ_CASES:-10000} $(PY) -m pytest -q -s -p no:logging \
	  tests/integration/test_fuzz_render.py

bench: deps venv ## API request, time and memory benchmark (see bench/README.md)
	$(PY) -m bench.run $(BENCH_ARGS)
	$(PY) -m bench.matching
	$(PY) -m bench.digest
	$(PY) -m bench.records
	$(PY) -m bench.certify

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis test-output
