"""`harbor chat`: talk to the running bot in a terminal, as a young person would over REST.

Unlike `rasa shell`, it starts nothing: it talks to the Harbor that `make run` started (or
the one ``--url`` names). Buttons are listed with numbers; type a number to press one.
Markers (``talk/markers.py``) are shown in brackets. Ctrl-D or Ctrl-C leaves.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid

from bot.rasa_client import Rasa, RasaUnavailable


def show(replies: list[dict]) -> list[dict]:
    """Print the bot's replies; return the buttons offered, in order."""
    buttons: list[dict] = []
    for reply in replies:
        if reply.get("text"):
            print(f"harbor> {reply['text']}")
        if isinstance(reply.get("custom"), dict):
            print(f"harbor> [{reply['custom'].get('harbor', 'custom')}]")
        for button in reply.get("buttons") or []:
            buttons.append(button)
            print(f"   {len(buttons)}. {button.get('title')}")
    return buttons


def pressed(typed: str, buttons: list[dict]) -> str:
    """A typed number presses that button (its payload is sent); anything else is words."""
    if typed.isdigit() and 1 <= int(typed) <= len(buttons):
        return buttons[int(typed) - 1].get("payload") or typed
    return typed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="harbor chat", description=__doc__.splitlines()[0])
    port = os.environ.get("HARBOR_PORT", "5005")
    parser.add_argument("--url", default=f"http://127.0.0.1:{port}")
    args = parser.parse_args(argv)
    client = Rasa(args.url)
    sender = f"shell-{uuid.uuid4().hex[:12]}"
    print(f"Talking to Harbor at {args.url} as {sender}. Ctrl-D leaves.")
    buttons: list[dict] = []
    for line in sys.stdin:
        typed = line.strip()
        try:
            buttons = show(client.say(sender, pressed(typed, buttons)))
        except RasaUnavailable as error:
            print(f"harbor chat: {error}. Is `make run` running?", file=sys.stderr)
            return 1
    return 0
