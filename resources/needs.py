"""Words young people use for what they need, mapped to the twelve need ids (CONVERSATION.md).

The NLU model tags needs and maps its synonyms; this table is the second line, for a value the
model did not normalise ("a bed tonight") or a message it did not tag at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from resources.facets import NEEDS

# Phrases per need id. Single words match whole words only; a trailing * matches any ending.
NEED_WORDS: dict[str, tuple[str, ...]] = {
    "safety": ("safe", "safety", "unsafe", "protect*", "safety plan*", "get away", "escape"),
    "housing": (
        "housing",
        "shelter*",
        "place to stay",
        "somewhere to stay",
        "place to sleep",
        "somewhere to sleep",
        "sleep",
        "bed",
        "homeless",
        "house",
        "room",
        "crash",
        "kicked out",
        "a roof",
        "apartment",
        "stay tonight",
    ),
    "emotional_support": (
        "talk",
        "someone to talk to",
        "counsel*",
        "therap*",
        "support",
        "lonely",
        "sad",
        "mental health",
        "feelings",
        "stress*",
        "anxiety",
        "depress*",
        "mentor*",
        "vent",
    ),
    "health": (
        "health",
        "healthcare",
        "doctor",
        "clinic",
        "medical",
        "hospital",
        "sick",
        "pregnan*",
        "std",
        "sti",
        "birth control",
        "nurse",
        "medicine",
        "meds",
    ),
    "family": ("family", "mom", "dad", "parent*", "my kid*", "my baby", "sibling*", "reunite"),
    "life_skills": ("life skills", "budget*", "cooking", "skills", "adulting"),
    "education": (
        "school",
        "education",
        "ged",
        "college",
        "tutor*",
        "diploma",
        "classes",
        "homework",
    ),
    "job": ("job*", "work", "employment", "career", "hired", "hiring", "money", "income"),
    "legal": (
        "legal",
        "lawyer*",
        "attorney*",
        "court",
        "immigration",
        "record",
        "charges",
        "case",
        "rights",
    ),
    "substance_use": (
        "drug*",
        "alcohol",
        "drinking",
        "sober",
        "rehab",
        "addict*",
        "weed",
        "using again",
        "high all the time",
    ),
    "basic_needs": (
        "food",
        "hungry",
        "clothes",
        "clothing",
        "shower",
        "toiletries",
        "basics",
        "basic needs",
        "eat",
        "phone charger",
    ),
    "prevention": (
        "prevention",
        "prevent*",
        "workshop*",
        "curriculum",
        "training for students",
        "learn about",
        "teach*",
        "awareness",
    ),
}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for need, phrases in NEED_WORDS.items():
        parts = [re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in phrases]
        found.append((need, re.compile(r"\b(?:" + "|".join(parts) + r")\b")))
    return found


def needs_in(text: str | None) -> list[str]:
    """Need ids mentioned in free text, in the order of the twelve ids, without repeats."""
    if not text:
        return []
    lowered = " ".join(str(text).lower().replace("_", " ").split())[:2000]
    return [need for need, pattern in _patterns() if pattern.search(lowered)]


def normalise(values: Iterable[str] | str | None) -> list[str]:
    """Need ids for entity values: ids pass through, other words go through the table."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    found: list[str] = []
    for value in values:
        if not isinstance(value, str):
            continue
        key = value.strip().lower().replace(" ", "_")
        for need in [key] if key in NEEDS else needs_in(value):
            if need not in found:
                found.append(need)
    return found
