"""Turning a conversation someone just had with the bot into a story file to replay."""

from __future__ import annotations

import json
from typing import Any

import yaml

from bot.replay.replay import IGNORED_ACTIONS, Client

# Bot lines worth keeping in a story: what the actions found (programs, contacts, places),
# not the fixed wording of the domain's responses, which a story follows by action name.
KEPT_LINES_FROM = {"action_show_results", "action_more_results"}
# Slots that say what the young person told the bot; the rest is bookkeeping.
KEPT_SLOTS = {
    "need", "place", "age_range", "population", "system", "program_kind", "language",
}  # fmt: skip


def record(client: Client, sender: str, name: str | None = None) -> str | None:
    """A story (YAML text) of the sender's conversation, or None when there is none."""
    events = client.events(sender)
    if not any(e.get("event") == "user" for e in events):
        return None
    steps: list[dict[str, Any]] = []
    last_action = None
    for event in events:
        kind = event.get("event")
        if kind == "user":
            steps.append(_user_step(event))
        elif kind == "action" and event.get("name") not in IGNORED_ACTIONS:
            last_action = event["name"]
            steps.append({"action": last_action})
        elif kind == "slot" and event.get("name") in KEPT_SLOTS and steps:
            steps.append({"slot_was_set": [{event["name"]: event.get("value")}]})
        elif kind == "active_loop" and steps:
            steps.append({"active_loop": event.get("name")})
        elif kind == "bot" and last_action in KEPT_LINES_FROM and event.get("text"):
            steps.append({"bot": event["text"]})
    story = {"story": name or f"recorded conversation {sender}", "steps": steps}
    text = yaml.dump(
        {"version": "3.1", "stories": [story]},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    note = "# Recorded with `harbor replay --record`. Name the story; trim what you like.\n"
    return note + text


def _user_step(event: dict[str, Any]) -> dict[str, Any]:
    text = event.get("text") or ""
    intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
    if text.startswith("/"):  # a button: replay the intent and entities it carried
        step: dict[str, Any] = {"intent": intent or text[1:].split("{")[0]}
        brace = text.find("{")
        if brace > 0:
            try:
                entities = json.loads(text[brace:])
                step["entities"] = [{k: v} for k, v in entities.items()]
            except ValueError:
                pass
        return step
    return {"user": text, "intent": intent}


class _Dumper(yaml.SafeDumper):
    """Writes several-line bot messages as literal blocks, as a person would."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)
