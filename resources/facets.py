"""Harbor's facet vocabularies: the taxonomies whose terms are attached to services.

Facets are attached the HSDS way, through ``attribute`` rows that point a service at a
``taxonomy_term``. A term is recognised by its ``code``, written ``<facet>:<id>`` (for example
``need:housing``), because HSDS requires term codes to be unique across every taxonomy and
``prevention`` is both a need and a kind of program. Need ids are a public contract
(CONVERSATION.md): testers, staff and the bot depend on them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# Fixed namespace so every Harbor term has the same uuid in every database and export.
HARBOR_NAMESPACE = uuid.UUID("6f1c3c52-6a35-4d8e-9d0b-3f3d0c7f2a11")

NEEDS: dict[str, str] = {
    "safety": "staying safe",
    "housing": "a safe place to stay",
    "emotional_support": "someone to talk to",
    "health": "health care",
    "family": "family",
    "life_skills": "life skills",
    "education": "school",
    "job": "jobs and training",
    "legal": "court and legal help",
    "substance_use": "drugs or alcohol",
    "basic_needs": "food, clothes and basics",
    "prevention": "learning about exploitation and staying safe",
}

KINDS: dict[str, str] = {
    "intervention": "support for young people who are being exploited or leaving it",
    "prevention": "programs that help young people stay safe before harm happens",
    "crisis_line": "a 24-hour line to call or text",
}

POPULATIONS: dict[str, str] = {
    "girls": "girls and young women",
    "boys": "boys and young men",
    "all": "everyone",
}

SYSTEMS: dict[str, str] = {
    "probation": "probation",
    "court": "court",
    "child_welfare": "child welfare",
    "custody": "custody or juvenile hall",
}

AVAILABILITY: dict[str, str] = {"24_7": "open 24 hours, 7 days a week"}

# Attribute value on a system term meaning "only for youth involved in this system".
SYSTEM_ONLY = "only"


@dataclass(frozen=True)
class Facet:
    """One Harbor taxonomy: its name in HSDS and its terms (id -> plain-words label)."""

    key: str
    taxonomy_name: str
    description: str
    terms: dict[str, str]

    def term_code(self, term: str) -> str:
        return f"{self.key}:{term}"

    def term_id(self, term: str) -> str:
        return str(uuid.uuid5(HARBOR_NAMESPACE, f"term:{self.term_code(term)}"))


FACETS: dict[str, Facet] = {
    facet.key: facet
    for facet in (
        Facet("need", "Harbor needs", "What a young person needs help with.", NEEDS),
        Facet("kind", "Harbor program kinds", "What kind of program a service is.", KINDS),
        Facet("population", "Harbor populations", "Who a service is for.", POPULATIONS),
        Facet(
            "system",
            "Harbor system involvement",
            "Systems a service works with; value 'only' means only youth involved in it.",
            SYSTEMS,
        ),
        Facet(
            "availability", "Harbor availability", "When a service can be reached.", AVAILABILITY
        ),
    )
}


def split_code(code: str | None) -> tuple[str, str] | None:
    """Return (facet, term) for a Harbor term code such as ``need:housing``, else None."""
    if not code or ":" not in code:
        return None
    facet, _, term = code.partition(":")
    return (facet, term) if facet in FACETS else None


# The same labels in Spanish, for young people: plain words, tú. Each reads after "ayuda
# con" ("ayuda con un lugar seguro para quedarte").
NEEDS_ES: dict[str, str] = {
    "safety": "estar a salvo",
    "housing": "un lugar seguro para quedarte",
    "emotional_support": "alguien con quien hablar",
    "health": "salud",
    "family": "tu familia",
    "life_skills": "habilidades para la vida",
    "education": "la escuela",
    "job": "trabajo y capacitación",
    "legal": "la corte y temas legales",
    "substance_use": "drogas o alcohol",
    "basic_needs": "comida, ropa y cosas básicas",
    "prevention": "aprender a estar a salvo",
}

POPULATIONS_ES: dict[str, str] = {
    "girls": "chicas y mujeres jóvenes",
    "boys": "chicos y hombres jóvenes",
    "all": "todos",
}

SYSTEMS_ES: dict[str, str] = {
    "probation": "libertad condicional",
    "court": "la corte",
    "child_welfare": "protección infantil o cuidado de crianza",
    "custody": "custodia o centro de detención juvenil",
}

_LABELS = {
    "need": (NEEDS, NEEDS_ES),
    "population": (POPULATIONS, POPULATIONS_ES),
    "system": (SYSTEMS, SYSTEMS_ES),
}


def _label(facet: str, term: str, lang: str) -> str:
    english, spanish = _LABELS[facet]
    labels = spanish if lang == "es" else english
    return labels.get(term) or english.get(term) or term.replace("_", " ")


def need_label(need: str, lang: str = "en") -> str:
    """A need in plain words, in ``lang`` ("en" or "es"): "a safe place to stay"."""
    return _label("need", need, lang)


def population_label(population: str, lang: str = "en") -> str:
    """Who a program is for, in plain words, in ``lang``: "girls and young women"."""
    return _label("population", population, lang)


def system_label(system: str, lang: str = "en") -> str:
    """A system a young person may be involved in, in plain words, in ``lang``: "probation"."""
    return _label("system", system, lang)


# Age ranges a young person can pick, as (youngest, oldest) ages they stand for.
AGE_RANGES: dict[str, tuple[int | None, int | None]] = {
    "under_18": (None, 17),
    "18_to_24": (18, 24),
}
