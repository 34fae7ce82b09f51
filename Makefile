# followup: `make drafts` and `make test` set everything up on a machine with python3 and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PROFILES ?= profiles
OUT      ?= drafts
# The day the golden files are written for; tests pin the same day.
GOLDEN_TODAY := 2026-11-20

.DEFAULT_GOAL := help
.PHONY: help drafts check preview test lint golden docs bench screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# The package's bytecode, written ahead as a regular install does. An editable install leaves it
# to the first import, which never writes it under PYTHONDONTWRITEBYTECODE (set in many container
# images): every run would then compile the whole package again, a quarter of an everyday run.
$(VENV)/.compiled: $(VENV)/.installed $(shell find generator -name "*.py")
	$(BIN)/python -m compileall -q generator
	touch $@

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

drafts: $(VENV)/.compiled ## write drafts for every interview folder in profiles/ into drafts/
	$(BIN)/followup drafts $(PROFILES) --out $(OUT)

check: $(VENV)/.compiled ## etiquette and spelling checks on the drafts; fails on problems (suggestions pass)
	$(BIN)/followup check $(if $(wildcard $(OUT)/manifest.json),$(OUT),$(PROFILES)) --strict

preview: drafts ## open every draft, its checks and its date on one page in your browser
	$(BIN)/followup preview $(OUT)

test: $(VENV)/.installed-dev $(VENV)/.compiled ## run the test suite
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-dev ## ruff and mypy on the package
	$(BIN)/ruff check generator tests tools bench
	$(BIN)/mypy

PACKS := default formal brief es

golden: $(VENV)/.installed ## regenerate the golden drafts in tests/golden (review the diff!)
	for pack in $(PACKS); do \
	  rm -rf tests/golden/$$pack; \
	  $(BIN)/followup drafts tests/golden/profiles --out tests/golden/$$pack \
	    --today $(GOLDEN_TODAY) --pack $$pack -q || exit 1; \
	done
	$(BIN)/followup plan tests/golden/profiles --today $(GOLDEN_TODAY) > tests/golden/plan.txt

docs: $(VENV)/.installed ## regenerate the reference tables in docs/ from the code
	$(BIN)/python -m generator.docs docs/packs.md docs/fields.md

bench/.venv/.installed:
	$(PYTHON) -m venv bench/.venv
	bench/.venv/bin/python -m pip install --quiet --disable-pip-version-check mailmerge
	touch $@

bench: $(VENV)/.installed-dev $(VENV)/.compiled bench/.venv/.installed ## time followup against mailmerge (see bench/run.py)
	$(BIN)/python bench/run.py

screenshots: $(VENV)/.installed-dev ## the review page at 1280 and 390 px wide into docs/
	$(BIN)/python bench/page.py --screenshots docs

clean: ## remove the virtualenv and caches (never drafts/ or profiles/: those are yours)
	rm -rf $(VENV) bench/.venv .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
