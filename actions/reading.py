"""Everything a message says about the search, whatever the bot asked.

``read`` runs on every message (through ``action_read_message``, the custom slot mapping
Rasa runs after each user turn): needs, a place, an age, girls/boys, probation, court or
child welfare, a prevention program, or that the person asks for someone else. What the bot
asked only widens the reading (a bare "16" answers "how old?"); it never narrows it, so a
place typed at the needs question is kept. A value that does not resolve never erases one
that did, and a changed value after results marks the search ``refined``.

Plain functions, tested without Rasa; the slot names are the domain's.
"""

from __future__ import annotations

import re
from typing import Any

from actions import typed_answers
from resources import facets, places
from talk import needs
from talk.crisis import crisis_needs
from talk.reading import fold

SKIPPED = "skip"
SEARCH_SLOTS = ("need", "place", "age_range", "population", "system", "program_kind")
MAX_PLACE_OPTIONS = 5
_YES = re.compile(
    r"^(?:yes|yeah|yep|yup|ya|ye|si|correct|right|thats it|that one|exactly|uh huh)\b"
)
_NO = re.compile(r"(?:no|nope|nah|not that|not that one|wrong|neither|no thats wrong)")
# "also food", "y alguien con quien hablar?": a need added to the one given.
_ALSO = re.compile(r"\b(?:also|too|as well|plus|and also|tambien|ademas)\b|^(?:and|y|e|n) ")
_OTHER_PERSON = (
    r"(?:my|a|our|this|her|his) (?:friend|best friend|bff|bestie|sister|brother|cousin|"
    r"daughter|son|niece|nephew|student|kid|child|girlfriend|boyfriend|roommate|client|"
    r"little sister|little brother|lil sis|lil bro|granddaughter|grandson|stepdaughter|"
    r"stepson|foster daughter|foster son|youth|mentee|neighbor|teammate|classmate)|"
    r"(?:a|one of my|some of my) (?:students|kids|friends|girls|clients|youth)|"
    r"someone i know|somebody i know|a kid at my school|a girl at my school|"
    r"mi (?:amiga|amigo|hermana|hermano|prima|primo|hija|hijo|sobrina|sobrino|estudiante|"
    r"alumna|alumno|novia)"
)
_FOR_OTHER = re.compile(
    rf"\b(?:for|about|helping|help|worried about|asking for|on behalf of|para|por) "
    rf"(?:{_OTHER_PERSON})\b|\b(?:{_OTHER_PERSON}) (?:is|was|has|needs|keeps|got|might|says|said|"
    r"told me|texted|wants|cant|doesnt|isnt|ran|just|esta|tiene|necesita|dice|me dijo)\b|"
    r"\bim (?:a|her|his) (?:teacher|counselor|counsellor|coach|mom|mother|dad|father|aunt|"
    r"youth worker|social worker|caseworker|foster parent|school counselor)\b|"
    r"\basking for a friend\b|\bsoy (?:su )?(?:maestra|maestro|mama|papa|tia|consejera)\b"
)
_PREVENTION = re.compile(
    r"\b(?:prevention|curriculum|workshop|presentation|assembly|training) (?:for|program|about|"
    r"on)\b|\bfor (?:my|our) (?:students|class|classes|school|group|youth group|team|girls|boys|"
    r"kids)\b|\b(?:teach|teaching) (?:kids|students|youth|teens)\b|\bprevention\b|"
    r"\bmy life my choice\b|\bproject prevent\b|\bman up\b|\bprevencion\b|\btaller\b|"
    r"\b(?:para|a) (?:mis|nuestros|nuestras|los|las) (?:estudiantes|alumnos|alumnas)\b|"
    r"\bcurricul\w*"
)


def read(text: str | None, entities: list[dict[str, Any]], slots: dict[str, Any]) -> dict[str, Any]:
    """Slot changes this message brings (only changes: a slot it does not touch is absent)."""
    asked = slots.get("requested_slot")
    payload = (text or "").startswith("/")
    words = "" if payload else (text or "")
    found: dict[str, Any] = {}
    found.update(_needs(words, entities, slots, asked))
    found.update(_place(words, entities, slots, asked))
    for slot, reader in (
        ("age_range", typed_answers.age_range),
        ("population", typed_answers.population),
        ("system", typed_answers.system),
    ):
        # After results a bare "15" can only be a refined age: nothing else is being asked.
        answers = asked == slot or (slot == "age_range" and slots.get("results_page") is not None)
        value = _entity(entities, slot) or (words and reader(words, answers))
        if value and value != slots.get(slot):
            found[slot] = value
    if words and _PREVENTION.search(fold(words)) and slots.get("program_kind") != "prevention":
        found["program_kind"] = "prevention"
    if words and _FOR_OTHER.search(fold(words)) and not slots.get("for_other"):
        found["for_other"] = True
    changed = any(slot in found for slot in SEARCH_SLOTS)
    if slots.get("results_page") is not None and changed:
        found.update(refined=True, results_page=None)
    elif slots.get("refined"):
        found["refined"] = False
    return found


def _entity(entities: list[dict[str, Any]], name: str) -> Any:
    values = [e.get("value") for e in entities or [] if e.get("entity") == name]
    return values[0] if values else None


def _needs(words: str, entities, slots, asked) -> dict[str, Any]:
    tagged = [e for e in entities or [] if e.get("entity") == "need" and _meant(e, words, asked)]
    given = needs.normalise([e.get("value") for e in tagged])
    found = given + [n for n in needs.needs_in(words, asked=asked == "need") if n not in given]
    old = [n for n in slots.get("need") or [] if n in facets.NEEDS]
    # A crisis says its own need ("he's outside", "i want to die"): first, or added to a need
    # already given, never in place of it.
    implied = crisis_needs(words)
    if implied and not found and old:
        found = old + [n for n in implied if n not in old]
    elif implied:
        found = implied + [n for n in found if n not in implied]
    if not found:
        return {}
    # At the probation/court/foster care question, "i was in juvie" answers it: the words of a
    # system are not a new need for legal help in place of the one given.
    if old and asked == "system" and set(found) <= {"legal"} and typed_answers.system(words):
        return {}
    # In a search for prevention programs (asked for in words, or the "learn how to stay safe"
    # need chosen), a school or a family says who it is for: "pa un grupo de middle school".
    preventing = slots.get("program_kind") == "prevention" or "prevention" in old
    if preventing and set(found) <= {"education", "family"}:
        return {}
    if old and words and _ALSO.search(fold(words)):
        found = old + [n for n in found if n not in old]
    return {"need": found} if found != old else {}


def _meant(entity: dict[str, Any], words: str, asked: str | None) -> bool:
    """A need the model tagged on an everyday word ("talk" in "yes i can talk", "hablar" in
    "si puedo hablar") counts only when the bot asked for needs or the person asks for one."""
    start, end = entity.get("start"), entity.get("end")
    if asked == "need" or not words or not isinstance(start, int) or not isinstance(end, int):
        return True
    span = words[start:end]
    everyday = not needs.needs_in(span) and bool(needs.needs_in(span, asked=True))
    return not everyday or needs.is_asking(words)


def _place(words: str, entities, slots, asked) -> dict[str, Any]:
    """The place this message names, or the choice among places offered."""
    options = slots.get("place_options") or []
    typed = _entity(entities, "place_choice")
    if options and (typed or words):
        chosen = typed if typed in options else _choose(words, options, slots)
        if chosen:
            return {"place": chosen, "place_choice": chosen, "place_options": None}
        if len(options) == 1 and _NO.fullmatch(fold(words)):
            # "Did you mean …?" "no": ask for the place again.
            return {"place_options": None, "location": None, "place": None}
    text, resolution = _resolved(_entity(entities, "location"), words)
    if resolution is None:
        return {}
    if asked not in ("location", "place_choice") and not _confident(resolution, text):
        return {}
    if resolution.found:
        if resolution.place.key == slots.get("place"):
            return {}
        return {"location": text[:200], "place": resolution.place.key, "place_options": None,
                "place_choice": None, "location_tries": 0.0}  # fmt: skip
    keys = [p.key for p in resolution.candidates[:MAX_PLACE_OPTIONS]]
    return {"location": text[:200], "place": None, "place_options": keys, "place_choice": None}


def _resolved(entity: Any, words: str) -> tuple[str, places.Resolution | None]:
    """The place the whole message names, or else the one the model tagged (the model may tag
    "oregon" in "gresham oregon", or "tonight" in a message with a ZIP code)."""
    for text in (words, entity):
        if isinstance(text, str) and text.strip():
            resolution = places.resolve(text)
            if resolution.found or resolution.ambiguous:
                return text, resolution
    return "", None


def _choose(words: str, options: list[str], slots) -> str | None:
    """A typed answer to "which one?" or "did you mean …?": one of the options (by state,
    county or city name, or a yes to the only one), or the same city in a state the person
    names that was not among them ("springfield" then "oregon")."""
    if len(options) == 1 and _YES.search(fold(words)):
        return options[0]
    chosen = typed_answers.place_choice(words, options)
    if chosen:
        return chosen
    shared = places.resolve(slots.get("location") or "").name if slots.get("location") else None
    place = places.city_in_state(shared, words) if shared else None
    return place.key if place is not None else None


def _confident(resolution: places.Resolution, text: str) -> bool:
    """A place named in passing (not as an answer) counts only when it is unmistakable: a
    ZIP code, a county called one, a state by its name, a real city ("hi" is no Hawaii)."""
    if resolution.ambiguous:
        return len(resolution.candidates) > 1 and all(_big(p) for p in resolution.candidates[:2])
    place, words = resolution.place, fold(text)
    if place.kind == "zip":
        return bool(re.search(r"\b\d{5}\b", text))
    if place.kind == "county":
        return bool(re.search(r"\b(?:county|parish|borough|condado)\b", words))
    if place.kind == "state":
        return fold(place.state_name) in words
    # A spelling corrected into a city ("bitte" into Butte) counts only as an answer.
    written = not resolution.name or fold(resolution.name) in words
    return written and _big(place)


def _big(place: places.Place) -> bool:
    """A city the Census counts, or one with several ZIP codes: not a hamlet named like a word."""
    return place.kind != "city" or places.gazetteer().is_real((place.city, place.state))
