"""The action server, as `harbor actions` starts it: rasa_sdk's app, with three changes.

- It listens on 127.0.0.1 unless ``HARBOR_ACTIONS_BIND`` names another interface.
- It answers only requests carrying the shared secret ``HARBOR_ACTIONS_TOKEN`` (Rasa sends
  it: endpoints.yml's ``action_endpoint.token``), so no one else can run an action on a
  tracker they made up. Without the variable it refuses to start.
- An action that fails is answered with the failure's type only: rasa_sdk's own error reply
  holds the whole request, tracker and all, and Rasa would log it.
Every log record is scrubbed (``talk.quiet_logs``).
"""

from __future__ import annotations

import argparse
import hmac
import logging
import os
import sys

TOKEN_VARIABLE = "HARBOR_ACTIONS_TOKEN"
BIND_VARIABLE = "HARBOR_ACTIONS_BIND"
DEFAULT_BIND = "127.0.0.1"
logger = logging.getLogger(__name__)


def build_app(token: str):
    """rasa_sdk's Sanic app for the actions package, locked with ``token``."""
    from rasa_sdk.endpoint import create_app
    from sanic import response

    app = create_app("actions", cors_origins=None)

    @app.middleware("request")
    async def only_with_the_secret(request):
        if request.path == "/health":
            return None
        given = request.args.get("token") or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            return response.json({"error": "unauthorized"}, status=401)
        return None

    async def failed(request, exception: Exception):
        logger.error("an action failed: %s", type(exception).__name__, exc_info=exception)
        return response.json({"error": type(exception).__name__}, status=500)

    app.error_handler.add(Exception, failed)
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="harbor actions", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5055)
    args = parser.parse_args(argv)
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        print(f"harbor actions: set {TOKEN_VARIABLE} (`make run` keeps one in var/)",
              file=sys.stderr)  # fmt: skip
        return 2
    from rasa_sdk import utils

    from talk import quiet_logs

    quiet_logs.install(quiet_logs.names_in_domain())
    utils.configure_colored_logging("INFO")
    bind = os.environ.get(BIND_VARIABLE, "").strip() or DEFAULT_BIND
    logger.info("action server listening on %s:%s", bind, args.port)
    build_app(token).run(bind, args.port, workers=1, access_log=False)
    return 0
