# cmstation: `make run` sets up and opens the app; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard i18n/*.ts)
QM     := $(patsubst i18n/%.ts,cmstation/i18n/%.qm,$(TS))

.PHONY: setup run demo test bench bench-sweep bench-checks bench-insights i18n-update i18n lint screenshot package package-check wheel-check clean

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

run: setup
	$(VENV)/bin/cmstation

demo: setup
	$(VENV)/bin/cmstation --demo

test: setup
	scripts/test-session $(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	$(PY) tests/perf/bench_inbox.py $(BENCH_ARGS)

bench-sweep: setup
	$(PY) tests/perf/bench_sweep.py $(BENCH_ARGS)

bench-checks: setup
	$(PY) tests/perf/bench_checks.py $(BENCH_ARGS)

bench-insights: setup
	$(PY) tests/perf/bench_insights.py $(BENCH_ARGS)

# Translations: lupdate scans an explicit file list (every module that may hold strings).
# Dutch holds every string; English only the plural forms of the strings with %n.
i18n-update: setup
	$(VENV)/bin/pyside6-lupdate $$(find cmstation -name '*.py' | sort) -ts i18n/cmstation_nl.ts
	$(VENV)/bin/pyside6-lupdate -pluralonly -source-language en -target-language en \
	  $$(find cmstation -name '*.py' | sort) -ts i18n/cmstation_en.ts

i18n: $(QM)

cmstation/i18n/%.qm: i18n/%.ts $(STAMP)
	@mkdir -p cmstation/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Opens `cmstation --demo` under Xvfb and saves the window (SHOT=path, default build/screenshot.png).
screenshot: setup
	PY=$(PY) scripts/screenshot.sh $(SHOT)

# The one-folder app dist/cmstation (packaging/cmstation.spec), built from scratch, then
# started by package-check: --version, check, the window headless on the sample workspace,
# listen, install-desktop (scripts/package-check.sh, inside a private Secret Service).
PKG_STAMP := $(VENV)/.package-stamp

$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,package]'
	@touch $@

package: setup $(PKG_STAMP)
	rm -rf dist/cmstation build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/cmstation.spec
	$(MAKE) package-check

package-check: setup
	PY=$(PY) scripts/test-session scripts/package-check.sh dist/cmstation/cmstation

# The wheel (into dist/), installed into a new clean venv and started there.
wheel-check: setup
	PY=$(PY) PYTHON=$(PYTHON) scripts/wheel-check.sh

lint: setup
	$(VENV)/bin/ruff check cmstation tests
	$(VENV)/bin/ruff format --check cmstation tests

clean:
	rm -rf $(VENV) build dist *.egg-info
