# SIMPEG Luring: `make run` opens the app on a demo database, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.run-deps
TEST_STAMP := $(VENV)/.test-deps
# Every install takes its versions from requirements.lock (made by `make lock`); pyproject.toml keeps the ranges.
LOCK := requirements.lock
PIP_INSTALL := $(PY) -m pip install -q -c $(LOCK)
UV_VERSION := 0.13.9

.PHONY: run test test-dates lint lock bench translations screenshots clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml models/version.py $(LOCK) | $(PY)
	$(PIP_INSTALL) -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(LOCK) $(RUN_STAMP)
	$(PIP_INSTALL) -e '.[test]'
	touch $@

run: $(RUN_STAMP)
	$(PY) main.py --demo

test: $(TEST_STAMP)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The suite with the computer's calendar moved (libfaketime: apt-get install faketime): it must not notice,
# because every test runs on the suite's own day (tests/conftest.py, models/clock.py). libfaketime 0.9.10 and
# Python 3.11 do not mix perfectly: with DONT_FAKE_MONOTONIC time.sleep fails (EINVAL); without it a timed wait
# that should time out never does (a worker pool that deadlocks on terminate would hang the run).
TEST_DATES ?= 2027-01-01 2028-02-29 2027-12-31
test-dates: $(TEST_STAMP)
	@for day in $(TEST_DATES); do \
		echo "== make test on $$day (faketime)"; \
		QT_QPA_PLATFORM=offscreen timeout 1200 faketime "$$day 10:00:00" $(PY) -m pytest -p no:cacheprovider \
			|| exit 1; \
	done

# Refresh the lock: the newest versions pyproject.toml's ranges allow, for every platform (Windows included)
# and every extra. Commit requirements.lock with the change; the next make run/test installs from it.
lock: | $(PY)
	$(PY) -m pip install -q uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 --upgrade --quiet \
		-o $(LOCK)

lint: $(TEST_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check models/migrations/versions

bench: $(RUN_STAMP)
	$(PY) benchmarks/bench_foundation.py
	$(PY) benchmarks/bench_contracts.py
	$(PY) benchmarks/bench_window.py

# Collect every visible string of gui/ into the .ts (Bahasa Indonesia is the source language), then compile
# the .qm that the program loads. Unfinished entries: $(PY) resources/translations/untranslated.py
TS_FILES := resources/translations/simpeg_en.ts
translations: $(RUN_STAMP)
	for ts in $(TS_FILES); do \
		$(VENV)/bin/pyside6-lupdate -silent -extensions py gui -source-language id -target-language en \
			-no-obsolete -locations relative -ts $$ts && \
		$(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done
	@$(PY) resources/translations/untranslated.py > /dev/null || true

screenshots: $(RUN_STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/make_screenshots.py

# The one-folder bundle dist/simpeg-luring/ from installer/simpeg_luring.spec (PyInstaller, the `dist` extra),
# then the smoke test runs the BUILT program: --version, demo, check, a contract batch with worker processes,
# recap, the window offscreen; it prints the bundle's size and start times. Windows: installer/README.md.
.PHONY: dist dist-clean
DIST_STAMP := $(VENV)/.dist-deps
$(DIST_STAMP): pyproject.toml $(LOCK) $(RUN_STAMP)
	$(PIP_INSTALL) -e '.[dist]'
	touch $@

dist: $(DIST_STAMP)
	@started=$$(date +%s); \
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/simpeg_luring.spec || exit 1; \
	echo "Bundle dist/simpeg-luring dibangun dalam $$(( $$(date +%s) - started )) detik"
	$(PY) installer/smoke_test.py --bundle dist/simpeg-luring --report build/smoke-test.json

dist-clean:
	rm -rf dist build/pyinstaller build/smoke-test.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
