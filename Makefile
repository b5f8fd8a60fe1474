# Argus OTA — the single entry point for developer commands. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml setup.py native/*.c | cksum | cut -d' ' -f1)
PYTEST_ARGS ?=

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk -F':.*?## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml setup.py $(wildcard native/*.c)  # the C accelerator is rebuilt when it changes
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
	$(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

test-unit: install ## unit tests only (no sockets)
	$(PY) -m pytest tests/unit $(PYTEST_ARGS)

lint: install ## ruff, and the layers' import contracts (import-linter, [tool.importlinter] in pyproject.toml)
	$(VENV)/bin/ruff check functions argus infra tests bench
	$(VENV)/bin/lint-imports --no-logo

# Each benchmark prints "SKIPPED ..." when its data is missing; the loop repeats those lines at the end.
BENCH_RUN = log=$$(mktemp); for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b $(1) | tee -a $$log; \
	test $${PIPESTATUS[0]} -eq 0 || exit 1; done; \
	if grep -q '^SKIPPED' $$log; then echo; echo "Skipped (no sample data):"; grep '^SKIPPED' $$log; fi; rm -f $$log

bench: install ## benchmarks at full size (data from $$ARGUS_DATA_DIR, default ../shared/data; several minutes)
	@$(call BENCH_RUN,)

bench-quick: install ## the same benchmarks, short runs
	@$(call BENCH_RUN,--quick)

synth: install ## vendor Lambda deps, then synthesize the CDK app offline into cdk.out (pinned CDK CLI)
	$(PY) -m infra.build synth

package: install ## vendor each function's dependencies for the Lambda platform into build/lambda
	$(PY) -m infra.build package

bootstrap: install ## `cdk bootstrap` the current AWS account and region once (runs the app with the venv's Python)
	$(PY) -m infra.build bootstrap

deploy: install ## package and `cdk deploy` to the current AWS account and region (docs/operations.md)
	$(PY) -m infra.build deploy

destroy: install ## `cdk destroy` the stack (table and buckets are retained unless argus:retainData=false)
	$(PY) -m infra.build destroy

localstack-up: ## start LocalStack + Valkey with docker compose (needs Docker and LOCALSTACK_AUTH_TOKEN)
	docker compose -f deploy/localstack/compose.yaml up -d --wait

localstack-deploy: install ## package for the host and deploy to LocalStack with cdklocal (needs Docker; not in CI)
	$(PY) -m infra.build localstack-deploy

.PHONY: package bootstrap deploy destroy localstack-up localstack-deploy

clean: ## remove build outputs
	rm -rf build cdk.out .pytest_cache

.PHONY: help install demo local test test-unit lint bench bench-quick synth clean
