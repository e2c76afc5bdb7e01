"""`harbor serve`: Rasa's server with its HTTP API on, and the API token off the command line.

`rasa run --auth-token TOKEN` shows the token to anyone on the machine who lists processes.
Here the token comes from ``HARBOR_API_TOKEN`` in the environment (readable by the same
user only) and is handed to Rasa inside the process. Other options go to `rasa run` as
they are.
"""

from __future__ import annotations

import os
import sys

TOKEN_VARIABLE = "HARBOR_API_TOKEN"


def rasa_arguments(options: list[str], token: str) -> list[str]:
    """The `rasa` arguments for the server. The token is joined to its flag: one that
    starts with "-" would otherwise be read as another option."""
    return ["run", "--enable-api", f"--auth-token={token}", *options]


def main(options: list[str]) -> int:
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        print(
            f"harbor serve: set {TOKEN_VARIABLE} (`make run` keeps one in var/api-token)",
            file=sys.stderr,
        )
        return 2
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *rasa_arguments(options, token)]
    rasa_main()
    return 0
