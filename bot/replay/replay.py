"""Replaying stories against a running Harbor and comparing what happened, turn by turn.

Each story gets a fresh sender id. After each user message the tracker
(``GET /conversations/{id}/tracker``) shows that turn: the intent, the actions, the slots
set, the loops and what the bot said. The story's steps for the turn must match: actions
exactly and in order (as ``rasa test`` wants them), intents where given, and the slots, loops
and bot texts it lists (a story lists only the slots and bot lines it cares about, as the
format allows). A turn that ends in ``action_restart`` leaves nothing in the tracker (Harbor
forgets at stop); its bot lines are checked against the REST reply.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from bot.rasa_client import Rasa, RasaError
from bot.replay.stories import Step, Story

IGNORED_ACTIONS = {"action_listen", "action_session_start", "action_extract_slots"}


# The replay tool talks to Harbor through the one REST client; any of its errors is a bot
# the tool cannot use (unreachable, or refusing the token), reported in one line.
Unreachable = RasaError


class Client(Rasa):
    """The REST client as a testers' tool: with the API token it plays at machine speed."""

    def __init__(self, url: str, token: str | None = None, timeout: float = 30) -> None:
        super().__init__(url, token, timeout, tool="replay")


@dataclass
class Turn:
    """What happened after one user message."""

    intent: str | None = None
    actions: list[str] = field(default_factory=list)
    slots: list[tuple[str, Any]] = field(default_factory=list)
    loops: list[str | None] = field(default_factory=list)
    bot: list[str] = field(default_factory=list)
    forgotten: bool = False


@dataclass
class Outcome:
    story: Story
    seconds: float = 0.0
    step: Step | None = None
    expected: str = ""
    actual: str = ""
    bot_said: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.step is None


def turn_from(events: list[dict[str, Any]], replies: list[dict[str, Any]]) -> Turn:
    """The latest turn in a tracker's events (after its last user message)."""
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=None)
    if last_user is None:
        return Turn(bot=[r["text"] for r in replies if r.get("text")], forgotten=True)
    user = events[last_user]
    turn = Turn(intent=((user.get("parse_data") or {}).get("intent") or {}).get("name"))
    for event in events[last_user + 1 :]:
        kind = event.get("event")
        if kind == "action" and event.get("name") not in IGNORED_ACTIONS:
            turn.actions.append(event["name"])
        elif kind == "slot":
            turn.slots.append((event["name"], event.get("value")))
        elif kind == "active_loop":
            turn.loops.append(event.get("name"))
        elif kind == "bot" and event.get("text"):
            turn.bot.append(event["text"])
    return turn


Difference = tuple[Step, str, str]


def compare(steps: list[Step], turn: Turn) -> Difference | None:
    """The first of a turn's steps that did not happen: (step, expected, actual), or None."""
    user, rest = steps[0], steps[1:]
    if user.intent and not turn.forgotten and user.intent != turn.intent:
        return user, f"intent {user.intent}", f"intent {turn.intent}"
    return (
        _actions_differ(user, rest, turn) or _state_differs(rest, turn) or _bot_differs(rest, turn)
    )


def _actions_differ(user: Step, rest: list[Step], turn: Turn) -> Difference | None:
    actions = [s for s in rest if s.kind == "action"]
    if turn.forgotten:
        if not actions or actions[-1].name != "action_restart":
            step = actions[0] if actions else user
            return step, "the turn in the tracker", "nothing: the conversation was forgotten"
        return None
    for index, step in enumerate(actions):
        got = turn.actions[index] if index < len(turn.actions) else "no further action"
        if got != step.name:
            return step, f"action {step.name}", f"action {got}"
    if len(turn.actions) > len(actions):
        extra = turn.actions[len(actions)]
        step = actions[-1] if actions else user
        return step, "no further action", f"action {extra}"
    return None


def _state_differs(rest: list[Step], turn: Turn) -> Difference | None:
    """Slots and loops; a forgotten turn has neither to check."""
    if turn.forgotten:
        return None
    for step in rest:
        if step.kind == "slot":
            values = [v for name, v in turn.slots if name == step.name]
            if not values or (step.value is not ... and step.value not in values):
                got = json.dumps(values[-1]) if values else "not set"
                return step, step.describe(), f"slot {step.name} = {got}"
        if step.kind == "active_loop" and step.name not in turn.loops:
            return step, step.describe(), f"active_loop {turn.loops or 'unchanged'}"
    return None


def _bot_differs(rest: list[Step], turn: Turn) -> Difference | None:
    said = list(turn.bot)
    for step in (s for s in rest if s.kind == "bot"):
        if step.text not in said:
            actual = " | ".join(turn.bot or ["nothing"])
            return step, f"bot says {step.text!r}", f"bot says {actual}"
        said = said[said.index(step.text) + 1 :]
    return None


def replay(client: Client, story: Story) -> Outcome:
    """Play one story with a fresh sender and compare it turn by turn."""
    outcome = Outcome(story)
    started = time.monotonic()
    sender = "replay-" + uuid.uuid4().hex
    turns = _turn_steps(story.steps)
    for steps in turns:
        replies = client.say(sender, steps[0].text or "")
        turn = turn_from(client.events(sender), replies)
        difference = compare(steps, turn)
        if difference is not None:
            outcome.step, outcome.expected, outcome.actual = difference
            outcome.bot_said = turn.bot or [r["text"] for r in replies if r.get("text")]
            break
    outcome.seconds = time.monotonic() - started
    return outcome


def _turn_steps(steps: list[Step]) -> list[list[Step]]:
    turns: list[list[Step]] = []
    for step in steps:
        if step.kind == "user":
            turns.append([step])
        elif turns:
            turns[-1].append(step)
    return turns
