# Harbor's front door. `make run` and `make test` work on a fresh machine: they install uv if
# it is missing, sync the locked environment, build the resource database, and train.

# pyenv and uv both read .python-version (3.10); a pyenv shim for `uv` fails under it, so uv
# is always called through the interpreter.
PYTHON ?= python3
UV := $(PYTHON) -m uv
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/harbor.tar.gz
# What the model is trained from; a change to any of them retrains.
TRAINING := config.yml domain.yml $(shell find data -name '*.yml') bot/rasa/crisis_policy.py
export UV_PYTHON_DOWNLOADS := never
export RASA_TELEMETRY_ENABLED := false
# Rasa's own code trips SQLAlchemy's 2.0 and setuptools' deprecation notices at every start.
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore::DeprecationWarning
export HARBOR_PORT ?= 5005
export ACTIONS_PORT ?= 5055
export ACTION_SERVER_URL ?= http://127.0.0.1:$(ACTIONS_PORT)/webhook

.PHONY: run test test-resources bench lint format setup db train validate stories replay nlu-gate clean shell

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --locked
	@touch $@

db: setup
	$(BIN)/harbor resources build --if-missing

train: $(MODEL)

# Rasa keeps the old file when nothing it fingerprints changed; touch it so Make agrees.
$(MODEL): $(TRAINING) | $(VENV)/.synced
	$(BIN)/rasa train --fixed-model-name harbor --out models
	@touch $@

# The Telegram gateway joins when a bot token is set.
PROCESSES := actions rasa $(if $(TELEGRAM_BOT_TOKEN),telegram)

# The HTTP API's token (HARBOR_API_TOKEN when set) and the action server's shared secret
# (HARBOR_ACTIONS_TOKEN when set): else generated here on first run.
var/api-token var/actions-token:
	@mkdir -p var
	@umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_hex(32))" > $@

run: db train var/api-token var/actions-token
	@echo ""
	@echo "Harbor is starting (Ctrl-C stops it)."
	@echo "  REST channel:  POST http://localhost:$(HARBOR_PORT)/webhooks/rest/webhook"
	@echo "                 body {\"sender\": \"any-id\", \"message\": \"hi\"}"
	@echo "  Web chat demo: http://localhost:$(HARBOR_PORT)/webhooks/webchat/demo"
	@echo "  HTTP API:      http://localhost:$(HARBOR_PORT)/status?token=<var/api-token or HARBOR_API_TOKEN>"
	@echo "  In a terminal: make shell  (in another terminal, with this running)"
	@echo "  Telegram:      $(if $(TELEGRAM_BOT_TOKEN),the gateway starts too,set TELEGRAM_BOT_TOKEN to start the gateway)"
	@echo ""
	@HARBOR_API_TOKEN=$${HARBOR_API_TOKEN:-$$(cat var/api-token)} \
	 HARBOR_ACTIONS_TOKEN=$${HARBOR_ACTIONS_TOKEN:-$$(cat var/actions-token)} \
	 $(BIN)/honcho start -f Procfile $(PROCESSES)

# Talk to the bot `make run` started, in this terminal (starts nothing itself).
shell: setup
	$(BIN)/harbor chat --url http://127.0.0.1:$(HARBOR_PORT)

validate: setup
	$(BIN)/rasa data validate --fail-on-warnings

# The test stories of tests/: NLU and dialogue predictions must all match.
stories: train
	$(BIN)/rasa test core --model $(MODEL) --stories tests/test_stories.yml \
		--fail-on-prediction-errors --out results/stories

# Held-out NLU: reports in results/nlu/; fails below crisis recall 1.0 or macro-F1 0.90.
nlu-gate: train
	$(BIN)/python bench/nlu_bench.py

# The testers' conversations, replayed against a bot started for the run.
replay: db train
	$(BIN)/harbor replay --start tests/conversations --junit test-results/replay.xml

test: setup db train
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MAKE) --no-print-directory validate
	$(BIN)/pytest
	$(MAKE) --no-print-directory stories
	$(MAKE) --no-print-directory replay
	$(MAKE) --no-print-directory nlu-gate

test-resources: setup
	$(BIN)/pytest tests/resources

bench: setup db train
	$(BIN)/python bench/conversation_bench.py --train
	$(BIN)/python bench/resources_bench.py
	$(BIN)/python bench/field_bench.py
	$(BIN)/python bench/hardening_bench.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf var bench/data test-results results models
