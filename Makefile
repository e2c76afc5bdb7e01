# Harbor's front door. `make run` and `make test` work on a fresh machine: they install uv if
# it is missing, sync the locked environment, and build what they need.

# pyenv and uv both read .python-version (3.10); a pyenv shim for `uv` fails under it, so uv
# is always called through the interpreter.
PYTHON ?= python3
UV := $(PYTHON) -m uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never

.PHONY: run test test-resources bench lint format setup db clean

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --locked
	@touch $@

db: setup
	$(BIN)/harbor resources build --if-missing

run: db
	@echo "Resource database ready (DATABASE_URL=$${DATABASE_URL:-var/harbor.db})."
	@echo "Try: $(BIN)/harbor resources search \"San Francisco\" --need housing"

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

test-resources: setup
	$(BIN)/pytest tests/resources

bench: setup
	$(BIN)/python bench/resources_bench.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf var bench/data test-results results
