"""Typed answers to the bot's follow-up questions, read without the NLU model.

Buttons send exact values; these tables let "im 16", "for girls" or "juvie" work as well.
Each reader returns the slot value, or None when the words do not answer the question.
"""

from __future__ import annotations

import re

from resources import facets, places

AGE_RANGES = ("under_18", "18_to_24")
POPULATIONS = tuple(facets.POPULATIONS)
SYSTEMS = (*facets.SYSTEMS, "none")

_AGE = (
    ("under_18", r"under\s*18|minor|not 18|\b1[0-7]\b|teen|high school|middle school|kid"),
    ("18_to_24", r"\b18\b|\b19\b|\b2[0-4]\b|over\s*18|adult|college|young adult"),
)
_POPULATION = (
    ("girls", r"\bgirls?\b|young wom[ae]n|\bfemale|\bwom[ae]n\b|\bshe\b|\bher\b"),
    ("boys", r"\bboys?\b|young m[ae]n|\bmale\b|\bguys?\b|\bdude\b|\bm[ae]n\b|\bhe\b|\bhim\b"),
    ("all", r"every|any(one|body)|\ball\b|\bboth\b|non.?binary|\bnb\b|\btrans\b|doesn.?t matter"),
)
_SYSTEM = (
    ("probation", r"probation|\bp\.?o\.?\b|parole"),
    ("custody", r"juvie|juvenile hall|detention|locked up|custody|\bjail\b|lock ?up"),
    ("court", r"court|judge|\bcase\b|lawyer|public defender"),
    ("child_welfare", r"foster|\bcps\b|\bdcfs\b|child welfare|group home|social worker|caseworker"),
    ("none", r"^\s*(no|nope|nah|none|neither|not really|no one|nobody)\b|not involved|none of"),
)


def _first(table, text: str | None) -> str | None:
    if not text:
        return None
    lowered = " ".join(str(text).lower().split())[:500]
    for value, pattern in table:
        if re.search(pattern, lowered):
            return value
    return None


def age_range(text: str | None) -> str | None:
    return _first(_AGE, text)


def population(text: str | None) -> str | None:
    return _first(_POPULATION, text)


def system(text: str | None) -> str | None:
    return _first(_SYSTEM, text)


def place_choice(text: str | None, options: list[str]) -> str | None:
    """Which of the offered place keys the words pick ("oregon", "OR", "the one in maine")."""
    if not text or not options:
        return None
    if text in options:
        return text
    lowered = " " + " ".join(str(text).lower().replace(",", " ").split()) + " "
    for key in options:
        place = places.from_key(key)
        if place is None:
            continue
        if f" {place.state.lower()} " in lowered or place.state_name.lower() in lowered:
            return key
        if place.county and place.county.lower() in lowered:
            return key
    return None
