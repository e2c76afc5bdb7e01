"""Why a result matched, in the plain words the bot shows: in English ("helps with a safe place
to stay", "serves San Francisco, CA", "open 24/7") or in Spanish ("ayuda con un lugar seguro
para quedarte", "atiende en San Francisco, CA", "abierto 24/7")."""

from __future__ import annotations

from resources import areas, facets
from resources.models import SearchService

SYSTEM_PHRASES = {
    "probation": "works with young people on probation",
    "court": "works with young people in court",
    "child_welfare": "works with young people in foster care or child welfare",
    "custody": "works with young people in custody",
}
SYSTEM_PHRASES_ES = {
    "probation": "trabaja con jóvenes en libertad condicional",
    "court": "trabaja con jóvenes que tienen un caso en la corte",
    "child_welfare": "trabaja con jóvenes en cuidado de crianza o protección infantil",
    "custody": "trabaja con jóvenes bajo custodia",
}

# Every other phrase of a reason, by language.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "helps": "helps with {}",
        "and": " and ",
        "serves": "serves {}",
        "anyone": "open to anyone in the US",
        "for": "for {}",
        "prevention": "a prevention program",
        "open_24_7": "open 24/7",
    },
    "es": {
        "helps": "ayuda con {}",
        "and": " y ",
        "serves": "atiende en {}",
        "anyone": "abierto a cualquier persona en EE. UU.",
        "for": "para {}",
        "prevention": "un programa de prevención",
        "open_24_7": "abierto 24/7",
    },
}


def _said(lang: str) -> dict[str, str]:
    return PHRASES.get(lang, PHRASES["en"])


def joined(words: list[str], lang: str = "en") -> str:
    """Words as a list in a sentence: "a, b and c" ("a, b y c")."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + _said(lang)["and"] + words[-1]


def reasons(query, facet: SearchService, met: list[str], area: str, national: bool) -> list[str]:
    """Why one result matched ``query`` (whose ``lang`` says the language): the needs it
    meets, where it serves (``area``, as shown), who it is for, and when it is open."""
    lang = query.lang
    said = _said(lang)
    found = []
    if met:
        found.append(said["helps"].format(joined([facets.need_label(n, lang) for n in met], lang)))
    if national:
        whole = areas.Area("national").label_in(lang)
        found.append(said["serves"].format(area) if area and area != whole else said["anyone"])
    elif area:
        found.append(said["serves"].format(area))
    found += _who(query, facet, lang)
    if facet.open_24_7:
        found.append(said["open_24_7"])
    return found


def _who(query, facet: SearchService, lang: str) -> list[str]:
    """The reasons about whom a program is for: girls or boys, a system, prevention."""
    found = []
    populations = facet.populations.strip("|").split("|") if facet.populations != "|" else []
    if query.population in ("girls", "boys") and query.population in populations:
        found.append(_said(lang)["for"].format(facets.population_label(query.population, lang)))
    phrases = SYSTEM_PHRASES_ES if lang == "es" else SYSTEM_PHRASES
    if query.system in phrases and f"|{query.system}|" in facet.systems:
        found.append(phrases[query.system])
    if query.kind == "prevention" and facet.kind == "prevention":
        found.append(_said(lang)["prevention"])
    return found
