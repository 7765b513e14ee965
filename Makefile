# SIMPEG Luring: `make run` opens the app on a demo database, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.run-deps
TEST_STAMP := $(VENV)/.test-deps

.PHONY: run test lint bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(RUN_STAMP)
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: $(RUN_STAMP)
	$(PY) main.py

test: $(TEST_STAMP)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(TEST_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check models/migrations/versions

bench: $(RUN_STAMP)
	$(PY) benchmarks/bench_foundation.py
	$(PY) benchmarks/bench_contracts.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
