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


def inform_payload(entity: str, value: str) -> str:
    """A button payload that sets one entity: ``/inform{"need": "housing"}``."""
    return "/inform" + json.dumps({entity: value})


def query_from_slots(slots: dict[str, Any]) -> Query:
    """The search a conversation's slots ask for. Skipped or odd values widen the search."""
    need = slots.get("need") or []
    if isinstance(need, str):
        need = [need]
    age_min, age_max = AGE_LIMITS.get(slots.get("age_range"), (None, None))
    population = slots.get("population")
    system = slots.get("system")
    kind = slots.get("program_kind")
    return Query(
        place=places.from_key(slots.get("place")),
        needs=tuple(n for n in need if n in facets.NEEDS),
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


def opening(results: Results, query: Query) -> str:
    """The first line of an answer: what was searched, and honestly whether anything is local."""
    if query.kind == "prevention":
        what = "Here are prevention programs"
    else:
        what = "Here is help"
        if query.needs:
            what += " with " + _joined([facets.need_label(n) for n in query.needs])
    if query.place is None:
        if not results.services:
            return "I don't have a program that fits. These 24/7 lines can help."
        verb = "work" if query.kind == "prevention" else "works"
        return f"{what} that {verb} anywhere in the US."
    label = query.place.label
    if results.local:
        return f"{what} for {label}."
    if results.services:
        return f"I don't know of a program in {label} yet. These work from anywhere."
    return f"I don't know of a program in {label} yet. These 24/7 lines can help."


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


def answer(results: Results, query: Query) -> list[dict[str, Any]]:
    """Every message of one page of results, ending with the next choices."""
    messages: list[dict[str, Any]] = [{"text": opening(results, query)}]
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
    """ "Portland in Oregon or in Maine?" with one button per place and a skip."""
    found = [p for p in (places.from_key(k) for k in options) if p is not None]
    if not found:
        return {"text": "Which place do you mean?", "buttons": [_skip()]}
    name = found[0].city or found[0].county or found[0].state_name
    states = [p.state_name for p in found]
    text = f"{name} in {_joined_or(states)}?"
    buttons = [{"title": p.label, "payload": inform_payload("place_choice", p.key)} for p in found]
    return {"text": text, "buttons": buttons + [_skip()]}


def _joined_or(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " or in " + words[-1]


def _skip() -> dict[str, str]:
    return {"title": "Skip", "payload": "/skip"}
