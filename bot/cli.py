"""The ``harbor`` command: one front door for staff and testers.

``harbor resources …`` manages the resource database (see ``resources/cli.py``);
``harbor telegram`` runs the Telegram gateway alone (see ``bot/telegram/gateway.py``);
``harbor replay`` replays conversations against the bot (see ``bot/replay/``);
``harbor serve`` runs the Rasa server with its API token kept off the command line;
``harbor actions`` runs the action server, locked with a shared secret;
``harbor chat`` talks to the running bot in a terminal.
"""

from __future__ import annotations

import sys

USAGE = """usage: harbor COMMAND …

commands:
  resources   build, import, export, validate, inspect and search the resource database
  telegram    run the Telegram gateway (needs TELEGRAM_BOT_TOKEN and a running Rasa)
  replay      replay conversations (Rasa test stories) against the bot, or record one
  serve       run the Rasa server, HTTP API on, token from HARBOR_API_TOKEN
              (other options go to `rasa run`)
  actions     run the action server, secret from HARBOR_ACTIONS_TOKEN
  chat        talk to the running bot in a terminal (what `make shell` runs)
"""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "resources":
        from resources.cli import main as resources_main

        return resources_main(rest)
    if command == "replay":
        from bot.replay.cli import main as replay_main

        return replay_main(rest)
    if command == "serve":
        from bot.rasa.serve import main as serve_main

        return serve_main(rest)
    if command == "actions":
        from actions.server import main as actions_main

        return actions_main(rest)
    if command == "chat":
        from bot.chat import main as chat_main

        return chat_main(rest)
    if command == "telegram":
        from bot.telegram.gateway import run

        run()
        return 0
    print(f"harbor: unknown command '{command}'\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
