# Two commands set everything up: `make run` and `make test`. Every other target builds on the
# same steps, which install only what is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench build build-onefile sysdeps sysdeps-test clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,build]'
	touch $(STAMP)

sysdeps:
	bash tools/ensure-system-libs.sh run

sysdeps-test:
	bash tools/ensure-system-libs.sh test

## Open the window on the built-in content.
run: sysdeps $(STAMP)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: running the window under Xvfb would show nothing."; \
	  echo "Run 'make run' from a desktop session, or try: $(BIN)/agent-assistant --smoke-test"; \
	  exit 1; \
	fi
	$(BIN)/agent-assistant

## The whole suite, headless (offscreen Qt; Xvfb for the real-window tests).
test: sysdeps-test $(STAMP)
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: sysdeps-test $(STAMP)
	@set -e; for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b; done

build: sysdeps $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

## The same program as one file (slower start: it unpacks itself on every launch).
build-onefile: sysdeps $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec -- --onefile

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache

## Update the translation sources (.ts) from the code (every module the agent or a supervisor
## sees text from), fill in the Spanish (and the English plural forms) from
## tools/translations_es.py, then compile them (.qm) for the program.
TS_FILES := resources/translations/agent_assistant_en.ts resources/translations/agent_assistant_es.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate assistant/ui/*.py assistant/ui/editor/*.py assistant/app.py assistant/settings.py -no-obsolete -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/python tools/translations_es.py $$ts; done
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done
