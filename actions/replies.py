"""What the bot says about search results, built from slots without Rasa.

Each reply is a dict ready for ``dispatcher.utter_message(**reply)``: one idea per message,
plain words, and always a 24-hour contact. Nothing here invents a contact: every number comes
from the resource database or the vetted list in ``resources.contacts``.
"""

from __future__ import annotations

import json
from typing import Any

from resources import contacts, facets, places
from resources.search import Match, Query, Reach, Results

AGE_LIMITS = {"under_18": (None, 17), "18_to_24": (18, 24)}
SKIPPED = "skip"
LANGUAGES = ("en", "es")

NEXT_BUTTONS = (
    {"title": "Change place", "payload": "/change_location"},
    {"title": "Change what I need", "payload": "/change_need"},
    {"title": "Stop and clear chat", "payload": "/stop"},
)
MORE_BUTTON = {"title": "Show more", "payload": "/more"}
_HOTLINE = contacts.BY_KEY["trafficking"]
_HOTLINE_ES = contacts.SPANISH_BY_KEY["trafficking"]
FOR_SOMEONE_ELSE = (
    "Thank you for looking out for them. If they are in danger now, call 911. The trafficking "
    f"hotline helps people who worry about someone, 24/7: {_HOTLINE.how}."
)
# The same things in Spanish: tú, plain words (CONVERSATION.md).
_SPANISH = {
    "next": (
        {"title": "Cambiar el lugar", "payload": "/change_location"},
        {"title": "Cambiar lo que necesito", "payload": "/change_need"},
        {"title": "Parar y borrar el chat", "payload": "/stop"},
    ),
    "more": {"title": "Ver más", "payload": "/more"},
    "for_someone_else": (
        "Gracias por cuidar a esa persona. Si está en peligro ahora, llama al 911. La línea "
        f"contra la trata ayuda 24/7 a quien se preocupa por alguien: {_HOTLINE_ES.how}."
    ),
}


def lang_of(slots: dict[str, Any]) -> str:
    """The conversation's language from its slots: "es" or "en"."""
    return "es" if slots.get("language") == "es" else "en"


def next_buttons(lang: str = "en") -> list[dict[str, str]]:
    return list(_SPANISH["next"] if lang == "es" else NEXT_BUTTONS)


def for_someone_else(lang: str = "en") -> str:
    return _SPANISH["for_someone_else"] if lang == "es" else FOR_SOMEONE_ELSE


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
        lang=lang_of(slots),
    )


def _joined(words: list[str], lang: str = "en") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + (" y " if lang == "es" else " and ") + words[-1]


# The first line of an answer, in each language the bot speaks.
_OPENING = {
    "en": {
        "local": "{what} for {label}.",
        "missing_there": " I don't have a program for {needs} there yet.",
        "from_anywhere": "These work from anywhere.", "lines": "These 24/7 lines can help.",
        "missing_in": "I don't have a program for {needs} in {label} yet. {then}",
        "nothing_in": "I don't know of a program in {label} yet. {then}",
        "nothing_fits": "I don't have a program that fits. These 24/7 lines can help.",
        "anywhere": "{what} that {verb} anywhere in the US.", "verbs": ("works", "work"),
        "prevention": "Here are prevention programs", "help": "Here is help",
        "help_them": "Here is help for them", "with": " with {needs}",
    },
    "es": {
        "local": "{what} en {label}.",
        "missing_there": " Todavía no tengo un programa de {needs} allí.",
        "from_anywhere": "Estos sirven desde cualquier lugar.",
        "lines": "Estas líneas 24/7 te pueden ayudar.",
        "missing_in": "Todavía no tengo un programa de {needs} en {label}. {then}",
        "nothing_in": "Todavía no conozco un programa en {label}. {then}",
        "nothing_fits": "No tengo un programa que encaje. Estas líneas 24/7 te pueden ayudar.",
        "anywhere": "{what} que {verb} en todo EE. UU.", "verbs": ("sirve", "sirven"),
        "prevention": "Aquí hay programas de prevención", "help": "Aquí hay ayuda",
        "help_them": "Aquí hay ayuda para esa persona", "with": " con {needs}",
    },
}  # fmt: skip


def opening(results: Results, query: Query, helper: bool = False) -> str:
    """The first line of an answer: what was searched, and honestly what is missing.

    When the place has programs but none for a need asked, it names that need ("I don't have
    a program for food, clothes and basics in Portland, OR yet."); when it has none at all,
    it says so of the place.
    """
    said = _OPENING[query.lang if query.lang in _OPENING else "en"]
    if query.place is None:
        return _opening_anywhere(results, query, helper, said)
    label = query.place.label
    missing = [n for n in query.needs if n in results.missing_needs]
    needs = _needs_text(missing, query.lang)
    if results.local:
        met = [n for n in query.needs if n not in missing]
        text = said["local"].format(what=_what(query, met, helper), label=label)
        return text + (said["missing_there"].format(needs=needs) if missing else "")
    then = said["from_anywhere"] if results.services else said["lines"]
    if missing and results.has_local_programs:
        return said["missing_in"].format(needs=needs, label=label, then=then)
    return said["nothing_in"].format(label=label, then=then)


def _opening_anywhere(results: Results, query: Query, helper: bool, said: dict) -> str:
    if not results.services:
        return said["nothing_fits"]
    verb = said["verbs"][query.kind == "prevention"]
    return said["anywhere"].format(what=_what(query, list(query.needs), helper), verb=verb)


def _what(query: Query, needs: list[str], helper: bool = False) -> str:
    said = _OPENING[query.lang if query.lang in _OPENING else "en"]
    if query.kind == "prevention":
        return said["prevention"]
    # Asked for someone else: the answer is worded for the helper.
    who = said["help_them"] if helper else said["help"]
    return who + (said["with"].format(needs=_needs_text(needs, query.lang)) if needs else "")


def _needs_text(needs: list[str], lang: str = "en") -> str:
    return _joined([facets.need_label(n, lang) for n in needs], lang)


# How a way of reaching a program reads in Spanish ("call 555" → "llama al 555").
_REACH_ES = {
    "call": "llama al",
    "text": "envía un texto al",
    "call or text": "llama o envía un texto al",
}


def _reach_text(reach: Reach, lang: str) -> str:
    if lang != "es":
        return str(reach)
    how = _REACH_ES.get(reach.how.lower(), reach.how)
    return f"{how} {reach.number}" + (f" ({reach.note})" if reach.note else "")


def how_to_reach(match: Match, lang: str = "en") -> str:
    spanish = lang == "es"
    ways = [_reach_text(r, lang) for r in match.reach]
    if match.url:
        ways.append(f"web {match.url}")
    if match.email:
        ways.append(f"{'correo' if spanish else 'email'} {match.email}")
    if ways:
        return ("Cómo contactarlos: " if spanish else "Reach them: ") + "; ".join(ways) + "."
    if spanish:
        return f"Contáctalos con la línea contra la trata: {_HOTLINE_ES.how}."
    return f"Reach them through the trafficking hotline: {contacts.DEFAULT.how}."


def service_message(match: Match, lang: str = "en") -> str:
    spanish = lang == "es"
    lines = [match.name, match.description, how_to_reach(match, lang)]
    if match.hours:
        lines.append(f"{'Horario' if spanish else 'Hours'}: {match.hours}.")
    if match.reasons:
        lines.append(("Por qué: " if spanish else "Why: ") + "; ".join(match.reasons) + ".")
    return "\n".join(line for line in lines if line)


def contacts_message(results: Results, query: Query | None = None) -> str:
    if query is not None and query.lang == "es":
        return _contacts_message_es(results, query)
    lines = ["24/7 help, free:"]
    for contact in results.contacts:
        lines.append(f"- {contact.name}: {' or '.join(contact.reach)}")
    return "\n".join(lines)


_NATIONAL_NAMES = {c.name for c in contacts.NATIONAL_CONTACTS}


def _contacts_message_es(results: Results, query: Query) -> str:
    """The local 24-hour services of the results, then the national lines as
    CONVERSATION.md lists them in Spanish: emergencies, the trafficking hotline, 988 in
    Spanish, then 211 for a place to stay or food (else Crisis Text Line in Spanish) when
    the message still keeps to 60 words."""
    lines = ["Ayuda 24/7, gratis:"]
    for contact in results.contacts:
        if contact.name not in _NATIONAL_NAMES:
            lines.append(f"- {contact.name}: {' o '.join(_reach_es(r) for r in contact.reach)}")
    basics = {"housing", "basic_needs"} & set(query.needs)
    for key in ("emergency", "trafficking", "suicide", "two_one_one" if basics else "text_line"):
        line = contacts.SPANISH_BY_KEY[key]
        said = f"- {line.name}: {line.how}"
        if key in ("emergency", "trafficking") or len(" ".join([*lines, said]).split()) <= 60:
            lines.append(said)
    return "\n".join(lines)


def _reach_es(text: str) -> str:
    """A reach written in English ("call 503-…", "text 233733") in Spanish."""
    for how, spanish in sorted(_REACH_ES.items(), key=lambda item: -len(item[0])):
        if text.lower().startswith(how + " "):
            return f"{spanish} {text[len(how) + 1 :]}"
    if text.startswith("ask the "):  # the warm referral through the hotline
        return f"pide a la línea contra la trata que te conecte ({_HOTLINE_ES.how})"
    return text


def answer(results: Results, query: Query, helper: bool = False) -> list[dict[str, Any]]:
    """Every message of one page of results, ending with the next choices."""
    lang = query.lang
    messages: list[dict[str, Any]] = [{"text": opening(results, query, helper)}]
    messages += [{"text": service_message(m, lang)} for m in results.services]
    more = _SPANISH["more"] if lang == "es" else MORE_BUTTON
    buttons = ([more] if results.has_more else []) + next_buttons(lang)
    messages.append({"text": contacts_message(results, query), "buttons": buttons})
    return messages


def no_more(results: Results, query: Query | None = None) -> list[dict[str, Any]]:
    """The reply to "more" when every result has been shown."""
    lang = query.lang if query else "en"
    said = "Eso es todo lo que tengo para esta búsqueda." if lang == "es" else (
        "That's all I have for this search.")  # fmt: skip
    return [
        {"text": said},
        {"text": contacts_message(results, query), "buttons": next_buttons(lang)},
    ]


def offline_contacts(lang: str = "en") -> dict[str, Any]:
    """The reply when the resource database cannot answer: the vetted national lines."""
    if lang == "es":
        # Two lines, not three: the Spanish names are long, and a message keeps to 60 words.
        lines = ["Ahora no puedo buscar programas. Estas líneas 24/7 te pueden ayudar:"]
        lines += [f"- {c.name}: {c.how}" for c in (contacts.SPANISH_BY_KEY[k] for k in
                  ("trafficking", "suicide"))]  # fmt: skip
        lines.append("¿Estás en peligro? Llama al 911.")
        return {"text": "\n".join(lines), "buttons": next_buttons(lang)}
    lines = ["I can't look up programs right now. These 24/7 lines can help:"]
    for key in ("trafficking", "suicide", "text_line"):
        contact = contacts.BY_KEY[key]
        lines.append(f"- {contact.name}: {contact.how}")
    lines.append("In danger now? Call 911.")
    return {"text": "\n".join(lines), "buttons": list(NEXT_BUTTONS)}


def place_question(options: list[str], lang: str = "en") -> dict[str, Any]:
    """Which of the candidate places, with one button per place and a skip.

    Same-named places: "Portland in Oregon or in Maine?". One place: "Did you mean
    Vancouver, WA?". Places of different names (a region): "Which place do you mean?".
    """
    found = [p for p in (places.from_key(k) for k in options) if p is not None]
    buttons = [{"title": p.label, "payload": inform_payload("place_choice", p.key)} for p in found]
    return {"text": _place_question_text(found, lang), "buttons": buttons + [_skip(lang)]}


def _place_question_text(found: list[places.Place], lang: str = "en") -> str:
    spanish = lang == "es"
    if len(found) == 1:
        return f"¿Quieres decir {found[0].label}?" if spanish else f"Did you mean {found[0].label}?"
    names = {p.city or p.county or p.state_name for p in found}
    if len(names) != 1:
        return "¿Qué lugar quieres decir?" if spanish else "Which place do you mean?"
    states = _joined_or([p.state_name for p in found], lang)
    return f"¿{names.pop()} en {states}?" if spanish else f"{names.pop()} in {states}?"


def _joined_or(words: list[str], lang: str = "en") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + (" o en " if lang == "es" else " or in ") + words[-1]


def _skip(lang: str = "en") -> dict[str, str]:
    return {"title": "Saltar" if lang == "es" else "Skip", "payload": "/skip"}
