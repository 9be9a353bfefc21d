# The two commands a newcomer runs: `make generate` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)

SPEC := spec/friendli-container.yaml
CONFIG := spec/friendli-container.config.yaml
OUT := generated/python
GENERATE := $(BIN)/python -m generator generate $(SPEC) --config $(CONFIG) --out $(OUT)

.PHONY: setup generate check test lint clean

setup: $(STAMP)

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-input -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

generate: $(STAMP)
	$(GENERATE)

check: $(STAMP)
	$(GENERATE) --check

test: $(STAMP)
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

lint: $(STAMP)
	$(BIN)/python -m black --check --quiet generator tests
	$(BIN)/python -m mypy generator
	cd $(OUT) && ../../$(BIN)/python -m mypy --strict src/friendli

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache
