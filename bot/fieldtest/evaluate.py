"""Scoring Harbor on a field set: messages, places and whole conversations written blind.

A field set (``tests/field/<lang>/``, format in ``tests/field/FORMAT.md``) is written by
someone who never saw the training data, and training never reads it. Every message is sent
to the running bot twice: as the first message of a new conversation, and in the middle of
the form (after the greeting and "yes", when the bot asks what is needed). What the bot did
is read from the tracker (which actions ran, which slots were set), never from its wording.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from resources import places
from talk import markers

CRISIS_ACTION = "utter_crisis"
CHECK_IN_ACTION = "utter_check_in"
GREETINGS = {"es": "hola"}
QUESTION_ACTIONS = {
    "utter_ask_safe_to_chat": "safe_to_chat",
    "action_ask_need": "need",
    "action_ask_location": "location",
    "action_ask_age_range": "age_range",
    "action_ask_population": "population",
    "action_ask_system": "system",
    "action_ask_place_choice": "place_choice",
}
RESULTS_ACTIONS = {"action_show_results", "action_more_results"}
MAX_AUTO_SKIPS = 3
WORKERS = 4


@dataclass
class Turn:
    """One message and what the bot did with it."""

    replies: list[dict[str, Any]]
    actions: list[str]
    slots: dict[str, Any]
    # The form's questions this turn (requested_slot), in order.
    requested: list[str | None] = field(default_factory=list)

    @property
    def crisis(self) -> bool:
        """The 24/7 crisis contacts were given: the crisis reply, or the gentle check-in."""
        return CRISIS_ACTION in self.actions or CHECK_IN_ACTION in self.actions

    @property
    def alarm(self) -> bool:
        """The full crisis reply ("If you are in danger right now, call 911 …")."""
        return CRISIS_ACTION in self.actions

    @property
    def cleared(self) -> bool:
        return any(markers.marker_of(r) == markers.CLEARED for r in self.replies)

    @property
    def text(self) -> str:
        return "\n".join(r["text"] for r in self.replies if r.get("text"))

    @property
    def buttons(self) -> list[dict[str, str]]:
        return [b for r in self.replies for b in r.get("buttons") or []]

    @property
    def asks(self) -> str | None:
        """The question the bot ends this turn on."""
        if self.requested and self.requested[-1]:
            return self.requested[-1]
        asked = [QUESTION_ACTIONS[a] for a in self.actions if a in QUESTION_ACTIONS]
        return asked[-1] if asked else None

    @property
    def results(self) -> bool:
        return bool(RESULTS_ACTIONS & set(self.actions))


class Session:
    """One conversation with the bot, turn by turn."""

    def __init__(self, client) -> None:
        self.client = client
        self.sender = "field-" + uuid.uuid4().hex
        self.turns: list[Turn] = []

    def say(self, text: str, look: bool = True) -> Turn:
        """Send one message; ``look`` reads the tracker to see what the bot did."""
        replies = self.client.say(self.sender, text)
        cleared = any(markers.marker_of(r) == markers.CLEARED for r in replies)
        events = [] if cleared or not look else self.client.events(self.sender)
        actions: list[str] = []
        for event in events:
            if event.get("event") == "user":
                actions = []
            elif event.get("event") == "action":
                actions.append(event.get("name"))
        slots, asked = {}, []
        for event in events:
            if event.get("event") == "user":
                asked = []
            elif event.get("event") == "slot":
                slots[event["name"]] = event.get("value")
                if event["name"] == "requested_slot":
                    asked.append(event.get("value"))
        turn = Turn(replies, actions, slots, asked)
        self.turns.append(turn)
        return turn


def load(folder: Path, name: str) -> list[dict[str, Any]]:
    path = folder / f"{name}.yml"
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8"))[name]


# ---- single messages ------------------------------------------------------------------


@dataclass
class MessageResult:
    case: dict[str, Any]
    first: Turn
    mid: Turn


def _play_message(client, case: dict[str, Any], lang: str) -> MessageResult:
    first = Session(client).say(case["text"])
    session = Session(client)
    session.say(GREETINGS.get(lang, "hi"), look=False)
    session.say("/affirm", look=False)
    mid = session.say(case["text"])
    return MessageResult(case, first, mid)


def score_messages(results: list[MessageResult]) -> dict[str, Any]:
    crisis = [r for r in results if r.case.get("crisis") is True]
    calm = [r for r in results if r.case.get("crisis") is False]
    alarms = sum(r.first.alarm + r.mid.alarm for r in results)
    false_alarms = [r for r in calm if r.first.alarm or r.mid.alarm]
    not_stop = [r for r in results if not r.case.get("stop")]
    false_stops = [r for r in not_stop if r.first.cleared or r.mid.cleared]
    stops = [r for r in results if r.case.get("stop") and r.case.get("crisis") is False]
    with_needs = [r for r in results if r.case.get("needs")]
    expected = sum(len(r.case["needs"]) for r in with_needs)
    found = sum(len(set(r.case["needs"]) & set(_needs(r.mid))) for r in with_needs)
    return {
        "messages": len(results),
        "crisis_messages": len(crisis),
        "crisis_recall_first_turn": _ratio(sum(r.first.crisis for r in crisis), len(crisis)),
        "crisis_recall_mid_form": _ratio(sum(r.mid.crisis for r in crisis), len(crisis)),
        "crisis_reply_recall": _ratio(
            sum(r.first.alarm + r.mid.alarm for r in crisis), 2 * len(crisis)
        ),  # fmt: skip
        "crisis_precision": _ratio(alarms - _alarms(false_alarms), alarms),
        "false_alarms": len(false_alarms),
        "check_ins_for_ordinary_messages": sum(
            r.first.crisis and not r.first.alarm or r.mid.crisis and not r.mid.alarm for r in calm
        ),
        "false_stops": len(false_stops),
        "stop_recall": _ratio(sum(r.first.cleared and r.mid.cleared for r in stops), len(stops)),
        "need_recall": _ratio(found, expected),
        "missed_crisis": sorted(
            {r.case["text"] for r in crisis if not (r.first.crisis and r.mid.crisis)}
        ),
        "false_stop_texts": [r.case["text"] for r in false_stops],
        "false_alarm_texts": [r.case["text"] for r in false_alarms],
        "missed_stops": [r.case["text"] for r in stops if not (r.first.cleared and r.mid.cleared)],
        "missed_needs": [
            {"text": r.case["text"], "expected": r.case["needs"], "got": _needs(r.mid)}
            for r in with_needs
            if not set(r.case["needs"]) <= set(_needs(r.mid))
        ],
    }


def _alarms(results: list[MessageResult]) -> int:
    return sum(r.first.alarm + r.mid.alarm for r in results)


def _needs(turn: Turn) -> list[str]:
    value = turn.slots.get("need")
    return [value] if isinstance(value, str) else list(value or [])


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# ---- places -----------------------------------------------------------------------------


def score_places(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Right: resolved to a meant place, or asked when asking is right, or nothing for
    what is not a US place. Wrong: resolved to a place not meant."""
    right, wrong, unsure = [], [], []
    for case in cases:
        outcome = places.resolve(case["text"])
        means = {_key(k) for k in case.get("means") or []}
        if outcome.found:
            (right if _key(outcome.place.key) in means else wrong).append(
                (case["text"], outcome.place.key)
            )
        elif outcome.ambiguous:
            offered = {_key(p.key) for p in outcome.candidates}
            ok = case.get("ask_ok") and (not means or offered & means)
            (right if ok or not means else unsure).append((case["text"], "asked"))
        else:
            (right if not means else unsure).append((case["text"], "not found"))
    return {
        "places": len(cases),
        "right": _ratio(len(right), len(cases)),
        "wrong": len(wrong),
        "wrong_places": [f"{text} -> {key}" for text, key in wrong],
        "not_right": [f"{text} -> {what}" for text, what in unsure],
    }


def _key(key: str) -> str:
    folded = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return folded.lower().replace("saint ", "st ").replace("st. ", "st ")


# ---- conversations ----------------------------------------------------------------------


@dataclass
class ConversationResult:
    case: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def _play_conversation(client, case: dict[str, Any]) -> ConversationResult:
    session = Session(client)
    result = ConversationResult(case)
    last: Turn | None = None
    for number, step in enumerate(case["turns"], start=1):
        text = step.get("user")
        if "press" in step:
            text = _pressed(last, step["press"])
        last = session.say(str(text if text is not None else ""))
        for problem in _turn_problems(last, step.get("expect") or {}):
            said = step.get("user") or step.get("press")
            result.problems.append(f"turn {number} ({said!r}): {problem}")
    skips = 0
    while last and not last.cleared and _asking(last) and skips < MAX_AUTO_SKIPS:
        last = session.say("/skip")
        skips += 1
    result.problems += _goal_problems(session.turns, case.get("goal") or {})
    return result


def _pressed(last: Turn | None, title: str) -> str:
    """The payload of the button with this title; the title as typed words when none has it."""
    wanted = _fold(title)
    for button in last.buttons if last else []:
        if _fold(button.get("title", "")) == wanted:
            return button["payload"]
    return title


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def _asking(turn: Turn) -> bool:
    return not turn.results and any(b.get("payload") == "/skip" for b in turn.buttons)


def _turn_problems(turn: Turn, expect: dict[str, Any]) -> list[str]:
    problems = []
    if "crisis" in expect and (turn.crisis if expect["crisis"] else turn.alarm) != bool(
        expect["crisis"]
    ):
        problems.append(f"crisis reply {turn.crisis}, expected {expect['crisis']}")
    if "cleared" in expect and turn.cleared != bool(expect["cleared"]):
        problems.append(f"cleared {turn.cleared}, expected {expect['cleared']}")
    if "asks" in expect and turn.asks != expect["asks"] and not turn.crisis:
        problems.append(f"asked {turn.asks}, expected {expect['asks']}")
    for words in expect.get("mentions") or []:
        if str(words) not in turn.text:
            problems.append(f"did not mention {words!r}")
    return problems


def _goal_problems(turns: list[Turn], goal: dict[str, Any]) -> list[str]:
    said = "\n".join(t.text for t in turns)
    problems = [
        f"never showed {name!r}" for name in goal.get("results_include") or [] if name not in said
    ]
    place = goal.get("results_place")
    if place and place not in said:
        problems.append(f"results never named {place!r}")
    crisis = (
        any(t.crisis for t in turns) if goal.get("crisis_contacts") else any(t.alarm for t in turns)
    )
    if "crisis_contacts" in goal and crisis != bool(goal["crisis_contacts"]):
        problems.append(f"crisis reply given: {crisis}, expected {goal['crisis_contacts']}")
    cleared = any(t.cleared for t in turns)
    if goal.get("not_cleared") and cleared:
        problems.append("the chat was cleared")
    if "cleared" in goal and cleared != bool(goal["cleared"]):
        problems.append(f"cleared: {cleared}, expected {goal['cleared']}")
    return problems


def score_conversations(results: list[ConversationResult]) -> dict[str, Any]:
    return {
        "conversations": len(results),
        "success": _ratio(sum(r.passed for r in results), len(results)),
        "failed": [
            {"name": r.case["name"], "problems": r.problems} for r in results if not r.passed
        ],
    }


# ---- everything -------------------------------------------------------------------------


def play_messages(client, messages: list[dict[str, Any]], lang: str) -> list[MessageResult]:
    """Each message played first turn and mid-form, a few conversations at a time."""
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(lambda c: _play_message(client, c, lang), messages))


def evaluate(client, folder: Path, lang: str, progress: Callable[[str], None] = print) -> dict:
    """Every figure of one field set, against the bot ``client`` talks to."""
    messages = load(folder, "messages")
    conversations = load(folder, "conversations")
    progress(f"{folder.name}: {len(messages)} messages")
    played = play_messages(client, messages, lang)
    progress(f"{folder.name}: {len(conversations)} conversations")
    with ThreadPoolExecutor(WORKERS) as pool:
        talked = list(pool.map(lambda c: _play_conversation(client, c), conversations))
    return {
        "language": lang,
        "messages": score_messages(played),
        "places": score_places(load(folder, "places")),
        "conversations": score_conversations(talked),
    }
