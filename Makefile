# The two commands a newcomer runs: `make generate` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)

SPEC := spec/friendli-container.yaml
CONFIG := spec/friendli-container.config.yaml
GENERATE_PY := $(BIN)/python -m generator generate $(SPEC) --config $(CONFIG) --out generated/python
GENERATE_TS := $(BIN)/python -m generator generate $(SPEC) --config $(CONFIG) --target typescript --out generated/typescript

NODE_TOOLS := tests/node/node_modules/.installed

.PHONY: setup generate check test lint goldens update clean bench bench-record realspecs

setup: $(STAMP)

# requirements.txt pins the generator's dependencies and the tools its tests use; then the
# generator itself, editable (the sdkgen command; python -m generator works either way).
$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-input -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-input --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

# Both targets from one spec: the Python SDK and the TypeScript SDK.
generate: $(STAMP)
	$(GENERATE_PY)
	$(GENERATE_TS)

# Both targets are checked, whichever is stale first.
check: $(STAMP)
	@status=0; \
	$(GENERATE_PY) --check || status=$$?; \
	$(GENERATE_TS) --check || status=$$?; \
	exit $$status

# Node test tools (Prism, the contract referee; GitHub's API description) from the npm registry,
# pinned by tests/node/package-lock.json.
$(NODE_TOOLS): tests/node/package-lock.json
	cd tests/node && SCARF_ANALYTICS=false npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# The official openai package, the oracle tests/test_openai_calls.py compares the wire with,
# in a venv of its own (pinned by tests/oracle/requirements.txt).
ORACLE_STAMP := .venv-oracle/.installed-$(shell cat tests/oracle/requirements.txt | cksum | cut -d' ' -f1)

$(ORACLE_STAMP): tests/oracle/requirements.txt
	test -x .venv-oracle/bin/python || $(PYTHON) -m venv .venv-oracle
	.venv-oracle/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r tests/oracle/requirements.txt
	rm -f .venv-oracle/.installed-*
	touch $@

# Every public API description of the APIs.guru directory (2,639), generated one by one: no
# spec may crash the generator. About half an hour on 2 cores; not part of make test.
CORPUS := tests/corpus/node_modules/.installed

$(CORPUS): tests/corpus/package-lock.json
	cd tests/corpus && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

realspecs: $(STAMP) $(CORPUS)
	$(BIN)/python -m tests.corpus.run --report tests/corpus/report.jsonl

test: $(STAMP) $(NODE_TOOLS) $(ORACLE_STAMP)
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

# The runtimes are checked as the SDKs carry them: the Python one by mypy --strict on the
# generator and on the generated SDK, the TypeScript one by tsc --strict on the generated package.
lint: $(STAMP) $(NODE_TOOLS)
	$(BIN)/python -m black --check --quiet generator mockserver tests
	$(BIN)/python -m mypy generator mockserver
	cd generated/python && ../../$(BIN)/python -m mypy --strict src/friendli
	node tests/node/node_modules/typescript/bin/tsc -p generated/typescript/tsconfig.json --noEmit --typeRoots tests/node/node_modules/@types

# Rewrites the wire goldens, the broken-spec snapshots and the fixtures' golden trees
# (tests/golden/trees) from what the code does now: read the diff before committing.
goldens: $(STAMP)
	SDKGEN_UPDATE_GOLDENS=1 $(BIN)/python -m pytest -q tests/test_wire_goldens.py tests/test_broken_specs.py tests/test_golden_trees.py tests/test_config_file.py

# After a spec or template change: regenerate generated/ (with its API-change report, version and
# changelog) and every snapshot the tests compare with. Read the diff before committing.
update: generate goldens

clean:
	rm -rf $(VENV) .venv-oracle .mypy_cache .pytest_cache tests/node/node_modules

# Benchmarks (bench/run.py): the peer, openapi-python-client, lives in a venv of its own.
BENCH_STAMP := .venv-bench/.installed-$(shell cat bench/requirements.txt | cksum | cut -d' ' -f1)

$(BENCH_STAMP): bench/requirements.txt
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r bench/requirements.txt
	rm -f .venv-bench/.installed-*
	touch $@

bench: $(STAMP) $(NODE_TOOLS) $(BENCH_STAMP)
	$(BIN)/python bench/run.py

bench-record: $(STAMP) $(NODE_TOOLS) $(BENCH_STAMP)
	$(BIN)/python bench/run.py --record
