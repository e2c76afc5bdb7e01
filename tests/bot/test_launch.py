"""The commands that start Rasa must hand it the API token whatever characters it holds."""

import shlex
import string
from pathlib import Path

import pytest
from rasa.__main__ import create_argument_parser

from bot import launch

ROOT = Path(__file__).resolve().parents[2]

# A token may begin with "-" (token_urlsafe does one time in 64, and so may one set by hand);
# argparse then reads it as an option unless it is joined to its flag.
TOKENS = ["-uUEkrzg2JP5kEdMdSVK4w", "--x", "plain0123", "a-b_c"]


@pytest.mark.parametrize("token", TOKENS)
def test_the_launcher_passes_any_token_to_rasa(token):
    command = launch.rasa_command(token, 5999, ROOT / "credentials.yml")
    args = create_argument_parser().parse_args(command[1:])
    assert args.auth_token == token
    assert args.enable_api and args.port == 5999


@pytest.mark.parametrize("token", TOKENS)
def test_the_procfile_passes_any_token_to_rasa(token):
    line = next(
        line.split(":", 1)[1]
        for line in (ROOT / "Procfile").read_text().splitlines()
        if line.startswith("rasa:")
    )
    expanded = string.Template(line).substitute(HARBOR_API_TOKEN=token, HARBOR_PORT="5005")
    args = create_argument_parser().parse_args(shlex.split(expanded)[1:])
    assert args.auth_token == token
    assert args.enable_api and args.port == 5005
