# Quick start: `make demo` and `make test`, each doing its own set-up from a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
BIN := $(VENV)/bin
# Debian packages some tests need: Java for the Spark engine, Chromium for the browser tests.
DEB_PACKAGES := default-jre-headless chromium
PYTEST_ARGS ?=

.PHONY: demo test install install-test system-deps lint bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install -q -e '.[test,spark]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

system-deps:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	test -x /usr/bin/chromium || missing="$$missing chromium fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "warning: not root, cannot install$$missing; the tests that need them will be skipped"; \
	  fi; \
	fi

demo: $(VENV)/.installed
	$(BIN)/bilateral profile Belarus Russia

test: install-test
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/pytest -n 2 --dist loadfile $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check src tests benchmarks examples

bench: install-test
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
