# xlt: `make run` and `make test` set everything up on a fresh machine (Python 3.11, no GPU needed).
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch, installed before the lock (which holds torch's own dependencies, not torch): the CPU build, from the wheel
# in TORCH_WHEELS where that folder has it (this machine's disk), else from PyTorch's CPU index (PyPI's Linux torch is
# the CUDA build, GBs of CUDA libraries). On a GPU machine:
#   make setup TORCH=torch==2.13.0 TORCH_WHEELS= TORCH_INDEX=https://pypi.org/simple
TORCH ?= torch==2.13.0+cpu
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
ARGS ?=
# where `make lock` finds the CPU torch wheel it resolves against (this machine's disk; elsewhere a folder holding
# torch-2.13.0+cpu, e.g. downloaded from PyTorch's CPU wheel index)
TORCH_WHEELS ?= /opt/wheels
PYTEST_ARGS ?=

.PHONY: help setup lock run test test-fast lint clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}'
	@echo "  variables: ARGS='model=xlmr lang=sw ...' for run, PYTEST_ARGS='-m \"not slow\"' for test"

$(BIN)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	if [ -n "$(TORCH_WHEELS)" ] && ls $(TORCH_WHEELS)/torch-* >/dev/null 2>&1; then \
	  $(BIN)/pip install --quiet --no-deps --no-index --find-links $(TORCH_WHEELS) "$(TORCH)"; \
	else $(BIN)/pip install --quiet --index-url $(TORCH_INDEX) "$(TORCH)"; fi
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/pip check
	touch $@

setup: $(BIN)/.installed ## create .venv: CPU torch, then the locked dependencies (requirements.lock), then xlt (editable)

lock: ## re-resolve requirements.lock from pyproject.toml (stable releases only, with hashes); then `make setup`
	$(PYTHON) -m venv .cache/lock-venv
	.cache/lock-venv/bin/pip install --quiet "uv==0.13.9"
	.cache/lock-venv/bin/uv pip compile --quiet pyproject.toml --extra dev --python-version 3.11 \
	  --python-platform x86_64-unknown-linux-gnu --generate-hashes --prerelease disallow \
	  --find-links $(TORCH_WHEELS) -c requirements.constraints.txt --no-emit-package torch -o requirements.lock

run: setup ## one transfer cell on the embedded offline default (override with ARGS='...')
	$(BIN)/python -m xlt.run $(ARGS)

test: setup ## the whole test suite (offline, CPU), slow integration tests included
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

test-fast: setup ## the tests without the slow ones
	$(BIN)/python -m pytest -q -m "not slow" $(PYTEST_ARGS)

lint: setup ## ruff on the package and the tests
	$(BIN)/ruff check xlt tests

clean: ## remove run outputs and caches inside the repo (not the model cache in ~/.cache/xlt)
	rm -rf outputs multirun .pytest_cache .ruff_cache
