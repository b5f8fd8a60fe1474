# Argus OTA — the single entry point for developer commands. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PYTEST_ARGS ?=

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk -F':.*?## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*; touch $(STAMP)

install: $(STAMP) ## create .venv and install the project with every extra

demo: install ## start the embedded local cloud and run a batch of sample logs through it
	$(VENV)/bin/argus demo

local: install ## run the embedded local cloud in the foreground (prints the API URL)
	$(VENV)/bin/argus local up

test: install ## run every test suite (unit, integration, infra, e2e)
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

test-unit: install ## unit tests only (no sockets)
	$(PY) -m pytest tests/unit $(PYTEST_ARGS)

lint: install ## ruff
	$(VENV)/bin/ruff check functions argus infra tests bench

bench: install ## benchmarks (they read ../shared/data when present)
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

synth: install ## synthesize the CDK app offline into cdk.out
	$(PY) -m infra.build --synth

clean: ## remove build outputs
	rm -rf build cdk.out .pytest_cache

.PHONY: help install demo local test test-unit lint bench synth clean
