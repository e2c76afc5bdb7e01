"""Texts in another language, from Harbor's translation extension (the ``harbor_translation``
table; ``resources/hsds/EXTENSION.md``): which texts may be translated, and the ones a search
shows in a language.

English lives in the HSDS fields themselves. A text with no translation in the asked language
is shown in English, so a database imported from an English-only package still answers.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from resources import areas
from resources.models import SearchArea, ServiceArea, Translation

ENGLISH = "en"
# The languages a search speaks ("en" or "es"); a translation may be stored in any other.
LANGUAGES = (ENGLISH, "es")
# What may be translated: the texts a search shows (a service's description, or its
# eligibility when it has none, and the names of the areas it serves), and programs'
# descriptions.
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "service": ("description", "eligibility_description"),
    "program": ("description",),
    "service_area": ("name",),
}


def service_texts(session: Session, ids: Iterable[str], lang: str) -> dict[str, dict[str, str]]:
    """For each service with a translation into ``lang``: field -> text. Empty for English."""
    ids = list(ids)
    if lang == ENGLISH or not ids:
        return {}
    found: dict[str, dict[str, str]] = {}
    for link_id, field, value in session.execute(
        select(Translation.link_id, Translation.field, Translation.value).where(
            Translation.link_entity == "service",
            Translation.language == lang,
            Translation.link_id.in_(ids),
        )
    ).all():
        found.setdefault(link_id, {})[field] = value
    return found


def area_names(session: Session, ids: Iterable[str], lang: str) -> dict[tuple[str, str], str]:
    """(service id, area name as stored) -> the name in ``lang``, for the services' areas."""
    ids = list(ids)
    if lang == ENGLISH or not ids:
        return {}
    link = and_(
        Translation.link_entity == "service_area",
        Translation.link_id == ServiceArea.id,
        Translation.field == "name",
        Translation.language == lang,
    )
    rows = session.execute(
        select(ServiceArea.service_id, ServiceArea.name, Translation.value)
        .join(Translation, link)
        .where(ServiceArea.service_id.in_(ids))
    ).all()
    return {(service_id, name): value for service_id, name, value in rows}


def area_name(row: SearchArea, lang: str, translated: dict[tuple[str, str], str]) -> str:
    """How the area a result serves is shown in ``lang``: its stored translation; else, when its
    name is the plain label Harbor gives such an area, that label in ``lang``; else its name."""
    name = row.area_name
    if lang == ENGLISH:
        return name
    if (row.service_id, name) in translated:
        return translated[(row.service_id, name)]
    area = areas.Area(row.scope, row.state, row.county, row.city, row.postal_code, row.radius_miles)
    if row.scope == "radius" and row.city and name == area.label_near(row.city, row.state):
        return area.label_near(row.city, row.state, lang)
    national = row.scope == "national" and name.strip().lower() in areas.NATIONAL_NAMES
    if name == area.label or national:
        return area.label_in(lang)
    return name


def description(service, texts: dict[str, str]) -> str:
    """A service's description in the language of ``texts`` (its translations), falling back
    to English field by field: the description, else the eligibility description."""
    return (
        texts.get("description")
        or service.description
        or texts.get("eligibility_description")
        or service.eligibility_description
        or ""
    )
