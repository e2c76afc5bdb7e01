"""Rasa's API token reaches Rasa whatever characters it holds, and never the process list."""

import shlex
import string
from pathlib import Path

import pytest
import requests
from rasa.__main__ import create_argument_parser

from bot import launch
from bot.rasa import serve

ROOT = Path(__file__).resolve().parents[2]

# A token may begin with "-" (token_urlsafe does one time in 64, and so may one set by hand);
# argparse then reads it as an option unless it is joined to its flag.
TOKENS = ["-uUEkrzg2JP5kEdMdSVK4w", "--x", "plain0123", "a-b_c"]


@pytest.mark.parametrize("token", TOKENS)
def test_harbor_serve_hands_any_token_to_rasa(token):
    options = ["--model", "models/harbor.tar.gz", "--port", "5999"]
    args = create_argument_parser().parse_args(serve.rasa_arguments(options, token))
    assert args.auth_token == token
    assert args.enable_api and args.port == 5999 and args.model == "models/harbor.tar.gz"


def test_the_procfile_and_the_launcher_keep_the_token_off_the_command_line():
    line = next(
        line.split(":", 1)[1]
        for line in (ROOT / "Procfile").read_text().splitlines()
        if line.startswith("rasa:")
    )
    command = shlex.split(string.Template(line).substitute(HARBOR_PORT="5005"))
    assert command[:2] == [".venv/bin/harbor", "serve"]
    assert not any("token" in part.lower() for part in command)
    launched = launch.rasa_command(5999, ROOT / "credentials.yml")
    assert launched[1] == "serve" and not any("token" in p.lower() for p in launched)


def test_harbor_serve_without_a_token_says_so(monkeypatch, capsys):
    monkeypatch.delenv(serve.TOKEN_VARIABLE, raising=False)
    assert serve.main(["--port", "5999"]) == 2
    assert serve.TOKEN_VARIABLE in capsys.readouterr().err


def test_the_running_server_wants_the_token_and_no_one_can_read_it_in_ps(harbor):
    process = harbor.processes["rasa"]
    command_line = Path(f"/proc/{process.pid}/cmdline").read_bytes().decode()
    assert "serve" in command_line and harbor.token not in command_line
    assert requests.get(f"{harbor.url}/status", timeout=10).status_code == 401
    ok = requests.get(f"{harbor.url}/status", params={"token": harbor.token}, timeout=10)
    assert ok.status_code == 200
