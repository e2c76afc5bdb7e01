"""What the bot says about search results, built from slots without Rasa.

Each reply is a dict ready for ``dispatcher.utter_message(**reply)``: one idea per message,
plain words, and always a 24-hour contact. Nothing here invents a contact: every number comes
from the resource database or the vetted list in ``resources.contacts``.
"""

from __future__ import annotations

import json
from typing import Any

from resources import contacts, facets, places
from resources.search import Match, Query, Results

AGE_LIMITS = {"under_18": (None, 17), "18_to_24": (18, 24)}
SKIPPED = "skip"

NEXT_BUTTONS = (
    {"title": "Change place", "payload": "/change_location"},
    {"title": "Change what I need", "payload": "/change_need"},
    {"title": "Stop and clear chat", "payload": "/stop"},
)
MORE_BUTTON = {"title": "Show more", "payload": "/more"}
_HOTLINE = contacts.BY_KEY["trafficking"]
FOR_SOMEONE_ELSE = (
    "Thank you for looking out for them. If they are in danger now, call 911. The trafficking "
    f"hotline helps people who worry about someone, 24/7: {_HOTLINE.how}."
)


def inform_payload(entity: str, value: str) -> str:
    """A button payload that sets one entity: ``/inform{"need": "housing"}``."""
    return "/inform" + json.dumps({entity: value})


def _text(slots: dict[str, Any], name: str) -> str | None:
    """A slot's value when it is text; anything else a client slipped in counts as unset."""
    value = slots.get(name)
    return value if isinstance(value, str) else None


def query_from_slots(slots: dict[str, Any]) -> Query:
    """The search a conversation's slots ask for. Skipped or odd values widen the search."""
    need = slots.get("need") or []
    if not isinstance(need, list):
        need = [need]
    age_min, age_max = AGE_LIMITS.get(_text(slots, "age_range"), (None, None))
    population = _text(slots, "population")
    system = _text(slots, "system")
    kind = _text(slots, "program_kind")
    return Query(
        place=places.from_key(_text(slots, "place")),
        needs=tuple(n for n in need if isinstance(n, str) and n in facets.NEEDS),
        age_min=age_min,
        age_max=age_max,
        population=population if population in facets.POPULATIONS else None,
        system=system if system in facets.SYSTEMS or system == "none" else None,
        kind=kind if kind in ("intervention", "prevention") else None,
    )


def _joined(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def opening(results: Results, query: Query, helper: bool = False) -> str:
    """The first line of an answer: what was searched, and honestly what is missing.

    When the place has programs but none for a need asked, it names that need ("I don't have
    a program for food, clothes and basics in Portland, OR yet."); when it has none at all,
    it says so of the place.
    """
    if query.place is None:
        return _opening_anywhere(results, query, helper)
    label = query.place.label
    missing = [n for n in query.needs if n in results.missing_needs]
    if results.local:
        met = [n for n in query.needs if n not in missing]
        text = f"{_what(query, met, helper)} for {label}."
        if missing:
            text += f" I don't have a program for {_needs_text(missing)} there yet."
        return text
    then = "These work from anywhere." if results.services else "These 24/7 lines can help."
    if missing and results.has_local_programs:
        return f"I don't have a program for {_needs_text(missing)} in {label} yet. {then}"
    return f"I don't know of a program in {label} yet. {then}"


def _opening_anywhere(results: Results, query: Query, helper: bool) -> str:
    if not results.services:
        return "I don't have a program that fits. These 24/7 lines can help."
    verb = "work" if query.kind == "prevention" else "works"
    return f"{_what(query, list(query.needs), helper)} that {verb} anywhere in the US."


def _what(query: Query, needs: list[str], helper: bool = False) -> str:
    if query.kind == "prevention":
        return "Here are prevention programs"
    # Asked for someone else: the answer is worded for the helper.
    who = "Here is help for them" if helper else "Here is help"
    return who + (f" with {_needs_text(needs)}" if needs else "")


def _needs_text(needs: list[str]) -> str:
    return _joined([facets.need_label(n) for n in needs])


def how_to_reach(match: Match) -> str:
    ways = [str(r) for r in match.reach]
    if match.url:
        ways.append(f"web {match.url}")
    if match.email:
        ways.append(f"email {match.email}")
    if ways:
        return "Reach them: " + "; ".join(ways) + "."
    hotline = contacts.DEFAULT
    return f"Reach them through the trafficking hotline: {hotline.how}."


def service_message(match: Match) -> str:
    lines = [match.name, match.description, how_to_reach(match)]
    if match.hours:
        lines.append(f"Hours: {match.hours}.")
    if match.reasons:
        lines.append("Why: " + "; ".join(match.reasons) + ".")
    return "\n".join(line for line in lines if line)


def contacts_message(results: Results) -> str:
    lines = ["24/7 help, free:"]
    for contact in results.contacts:
        lines.append(f"- {contact.name}: {' or '.join(contact.reach)}")
    return "\n".join(lines)


def answer(results: Results, query: Query, helper: bool = False) -> list[dict[str, Any]]:
    """Every message of one page of results, ending with the next choices."""
    messages: list[dict[str, Any]] = [{"text": opening(results, query, helper)}]
    messages += [{"text": service_message(m)} for m in results.services]
    buttons = ([MORE_BUTTON] if results.has_more else []) + list(NEXT_BUTTONS)
    messages.append({"text": contacts_message(results), "buttons": buttons})
    return messages


def no_more(results: Results) -> list[dict[str, Any]]:
    """The reply to "more" when every result has been shown."""
    return [
        {"text": "That's all I have for this search."},
        {"text": contacts_message(results), "buttons": list(NEXT_BUTTONS)},
    ]


def offline_contacts() -> dict[str, Any]:
    """The reply when the resource database cannot answer: the vetted national lines."""
    lines = ["I can't look up programs right now. These 24/7 lines can help:"]
    for key in ("trafficking", "suicide", "text_line"):
        contact = contacts.BY_KEY[key]
        lines.append(f"- {contact.name}: {contact.how}")
    lines.append("In danger now? Call 911.")
    return {"text": "\n".join(lines), "buttons": list(NEXT_BUTTONS)}


def place_question(options: list[str]) -> dict[str, Any]:
    """Which of the candidate places, with one button per place and a skip.

    Same-named places: "Portland in Oregon or in Maine?". One place: "Did you mean
    Vancouver, WA?". Places of different names (a region): "Which place do you mean?".
    """
    found = [p for p in (places.from_key(k) for k in options) if p is not None]
    buttons = [{"title": p.label, "payload": inform_payload("place_choice", p.key)} for p in found]
    return {"text": _place_question_text(found), "buttons": buttons + [_skip()]}


def _place_question_text(found: list[places.Place]) -> str:
    if len(found) == 1:
        return f"Did you mean {found[0].label}?"
    names = {p.city or p.county or p.state_name for p in found}
    if len(names) != 1:
        return "Which place do you mean?"
    return f"{names.pop()} in {_joined_or([p.state_name for p in found])}?"


def _joined_or(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " or in " + words[-1]


def _skip() -> dict[str, str]:
    return {"title": "Skip", "payload": "/skip"}
