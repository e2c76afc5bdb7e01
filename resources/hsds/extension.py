"""Harbor's HSDS extension: texts in another language, in ``harbor_translations.csv``.

HSDS 3.0 has no field for a translation. Its conformance rules let a publication use terms
from outside the standard where the standard's own are insufficient, so Harbor keeps the
Spanish (or any other language's) text of a row in one extra table, written beside the HSDS
files. The official ``datapackage.json`` does not list it and stays the standard's own, so an
exported package still validates against HSDS 3.0 with zero errors; HSDS tools ignore the
file. ``EXTENSION.md`` (beside this module) is the staff-facing description.

Columns, every one required; one row per (link_entity, link_id, field, language):

- ``link_entity``: the HSDS table of the translated row: ``service``, ``program`` or
  ``service_area`` (as HSDS's own ``attribute`` names the table it links to)
- ``link_id``: the ``id`` of that row, in the package or already in the database
- ``field``: the translated column (``translations.TRANSLATABLE``): a service's
  ``description`` or ``eligibility_description``, a program's ``description``, a service
  area's ``name``
- ``language``: the ISO 639-1 code of the translation, such as ``es``; never ``en``, since
  the English text is the HSDS field itself
- ``value``: the text in that language

A package without the file imports as before, and the search shows English where no
translation is stored. A merge import adds or updates the translations its file has and
keeps the others; ``replace`` leaves exactly the package's. An export writes every
translation, so importing it gives back the same texts.
"""

from __future__ import annotations

import re

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from resources import bulk
from resources.hsds.package import DANGLING, Package, RowError
from resources.models import Translation
from resources.translations import ENGLISH, TRANSLATABLE

TABLE = Translation.__tablename__
FILE = "harbor_translations.csv"
KEY = ("link_entity", "link_id", "field", "language")
# The extension's table in the form of an HSDS resource, so that it is read and written the
# way the standard's tables are.
RESOURCE: dict = {
    "name": TABLE,
    "path": FILE,
    "schema": {
        "fields": [
            {
                "name": "link_entity",
                "type": "string",
                "constraints": {"required": True, "enum": list(TRANSLATABLE)},
            },
            {
                "name": "link_id",
                "type": "string",
                "format": "uuid",
                "constraints": {"required": True},
            },
            {"name": "field", "type": "string", "constraints": {"required": True}},
            {"name": "language", "type": "string", "constraints": {"required": True}},
            {"name": "value", "type": "string", "constraints": {"required": True}},
        ],
        "primaryKey": list(KEY),
    },
}
FIELDS: dict[str, dict] = {spec["name"]: spec for spec in RESOURCE["schema"]["fields"]}
_LANGUAGE = re.compile(r"[a-z]{2}")


def check(package: Package, ids: dict) -> list[RowError]:
    """What is wrong with the package's translations: a field that cannot be translated, a
    language that is not a code, a row that is not there, the same text translated twice.

    ``ids``: the ids of each HSDS table, in the package or the database.
    """
    errors: list[RowError] = []
    seen: dict[tuple, int] = {}
    for row, line in zip(package.tables.get(TABLE, []), package.lines.get(TABLE, []), strict=True):
        errors += [RowError(FILE, line, column, reason) for column, reason in _problems(row, ids)]
        key = tuple(row.get(column) for column in KEY)
        if None in key:
            continue
        if key in seen:
            reason = f"translates the same text as row {seen[key]}"
            errors.append(RowError(FILE, line, "value", reason))
        else:
            seen[key] = line
    return errors


def _problems(row: dict, ids: dict) -> list[tuple[str, str]]:
    entity = row.get("link_entity")
    if entity is None:  # missing or not one of the tables: already reported
        return []
    problems = []
    field, link_id = row.get("field"), row.get("link_id")
    if field is not None and field not in TRANSLATABLE[entity]:
        known = ", ".join(TRANSLATABLE[entity])
        problems.append(("field", f"'{field}' of a {entity} is not translated (only {known})"))
    if row.get("language") is not None:
        row["language"] = language = row["language"].lower()
        if not _LANGUAGE.fullmatch(language):
            problems.append(("language", f"'{language}' is not a language code such as es"))
        elif language == ENGLISH:
            problems.append(("language", "English is the HSDS field itself: no row needed"))
    if link_id is not None and link_id not in ids[entity]:
        problems.append(("link_id", DANGLING.format(entity, link_id)))
    return problems


def clear(session: Session) -> None:
    """Remove every translation (a ``replace`` import starts from none)."""
    session.execute(delete(Translation))


def write(session: Session, rows: list[dict]) -> tuple[int, int]:
    """Add the package's translations, replacing any stored for the same text and language.

    Returns how many were inserted and how many updated.
    """
    if not rows:
        return 0, 0
    stored = _stored_keys(session, [tuple(row[c] for c in KEY) for row in rows])
    new = [row for row in rows if tuple(row[c] for c in KEY) not in stored]
    changed = [row for row in rows if tuple(row[c] for c in KEY) in stored]
    bulk.insert_rows(session.connection(), Translation.__table__, new, [*KEY, "value"])
    table = Translation.__table__
    for row in changed:
        session.execute(
            update(table)
            .where(*(table.c[column] == row[column] for column in KEY))
            .values(value=row["value"])
        )
    return len(new), len(changed)


def _stored_keys(session: Session, keys: list[tuple]) -> set[tuple]:
    """Which of ``keys`` are stored already (read by link id: portable, and one index)."""
    wanted = set(keys)
    link_ids = sorted({key[1] for key in keys})
    columns = [Translation.__table__.c[column] for column in KEY]
    stored: set[tuple] = set()
    for start in range(0, len(link_ids), 500):
        chunk = link_ids[start : start + 500]
        rows = session.execute(select(*columns).where(Translation.link_id.in_(chunk)))
        stored |= {tuple(row) for row in rows} & wanted
    return stored


def stored(session: Session) -> list[Translation]:
    """Every translation, in a stable order, for an export."""
    order = [getattr(Translation, column) for column in KEY]
    return list(session.execute(select(Translation).order_by(*order)).scalars())
