# Quick start: `make demo` and `make test`. Each target builds .venv on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= flowfacts.db

.PHONY: demo test gate bench model lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch must be installed before anything that depends on torch.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check extractor tests scripts benchmarks cli.py
	$(BIN)/mypy extractor
	$(BIN)/python -m pytest -q -p no:cacheprovider

# Dev-set quality gate: fails when any dev-set metric drops below its acceptance target.
gate: $(STAMP)
	$(BIN)/python scripts/dev_gate.py

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_throughput.py

# Retrain the learned flow scorer on the corpus (deterministic; rerun after rule changes, see models/README.md).
model: $(STAMP)
	$(BIN)/python scripts/train_flow_model.py

lint: $(STAMP)
	$(BIN)/ruff check extractor tests scripts benchmarks cli.py
	$(BIN)/mypy extractor

clean:
	rm -rf $(VENV) build *.egg-info
