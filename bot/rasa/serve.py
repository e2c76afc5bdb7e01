"""`harbor serve`: Rasa's server with its HTTP API on, bound to loopback, quiet in its logs.

`rasa run --auth-token TOKEN` shows the token to anyone on the machine who lists processes.
Here the token comes from ``HARBOR_API_TOKEN`` in the environment (readable by the same
user only) and is handed to Rasa inside the process. The server listens on 127.0.0.1
unless ``HARBOR_BIND`` names another interface (a cluster behind a balancer); request bodies
over ``SANIC_REQUEST_MAX_SIZE`` (4 MiB unless set) are refused by Sanic before they are
read. Every log record is scrubbed (``talk.quiet_logs``). Other options go to `rasa run`.
"""

from __future__ import annotations

import os
import sys

TOKEN_VARIABLE = "HARBOR_API_TOKEN"
BIND_VARIABLE = "HARBOR_BIND"
DEFAULT_BIND = "127.0.0.1"
MAX_REQUEST_BYTES = 4 * 1024 * 1024


def rasa_arguments(options: list[str], token: str, bind: str = DEFAULT_BIND) -> list[str]:
    """The `rasa` arguments for the server. The token is joined to its flag: one that
    starts with "-" would otherwise be read as another option."""
    return ["run", "--enable-api", f"--auth-token={token}", f"--interface={bind}", *options]


def main(options: list[str]) -> int:
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        print(
            f"harbor serve: set {TOKEN_VARIABLE} (`make run` keeps one in var/api-token)",
            file=sys.stderr,
        )
        return 2
    from talk import quiet_logs

    quiet_logs.install(quiet_logs.names_in_domain())
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_REQUEST_BYTES))
    from rasa.__main__ import main as rasa_main

    from bot.rasa import action_replies

    action_replies.install()
    bind = os.environ.get(BIND_VARIABLE, "").strip() or DEFAULT_BIND
    sys.argv = ["rasa", *rasa_arguments(options, token, bind)]
    rasa_main()
    return 0
