"""The ``harbor`` command: one front door for staff and testers.

``harbor resources …`` manages the resource database (see ``resources/cli.py``). Later commands
(the Telegram gateway, conversation replay) join here.
"""

from __future__ import annotations

import sys

USAGE = """usage: harbor COMMAND …

commands:
  resources   build, import, export, validate, inspect and search the resource database
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
    print(f"harbor: unknown command '{command}'\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
