"""Checking a package as a whole: references between rows, Harbor's facet terms and the
service areas search reads. (Each value on its own was checked as it was read.)"""

from __future__ import annotations

from collections.abc import Iterator

from resources import areas, facets
from resources.hsds import extension
from resources.hsds.package import DANGLING, Package, RowError
from resources.hsds.schema import schema
from resources.models import HSDS_MODELS


def check_package(package: Package, existing: dict[str, set[str]]) -> list[RowError]:
    """Foreign keys, facet terms and service areas, against the package plus ``existing`` ids.

    Service areas written as a place name get their canonical ``extent`` filled in. A
    reference into a file that could not be read is not checked: nothing can say it dangles.
    Translations (Harbor's extension) are checked the same way.
    """
    ids = {
        table: existing.get(table, set())
        | {r["id"] for r in package.tables.get(table, [])}
        | package.ids_in_bad_rows.get(table, set())
        for table in HSDS_MODELS
    }
    for table in package.unread:
        ids[table] = _Everything()
    errors: list[RowError] = []
    for table in package.tables:
        if table in HSDS_MODELS:
            errors += _check_references(package, table, ids)
    errors += _check_terms(package)
    errors += _check_links(package, ids)
    errors += _check_areas(package)
    errors += extension.check(package, ids)
    return errors


class _Everything:
    """The ids of a table that could not be read: any id might be among them."""

    def __contains__(self, _id: object) -> bool:
        return True


def _rows(package: Package, table: str) -> Iterator[tuple[str, int, dict]]:
    """(file name, spreadsheet row number, row) of each row of a table in the package."""
    filename = schema()[table]["path"]
    for row, line in zip(package.tables.get(table, []), package.lines.get(table, []), strict=True):
        yield filename, line, row


def _check_references(package: Package, table: str, ids: dict) -> list[RowError]:
    errors = []
    for fk in schema()[table]["schema"].get("foreignKeys", []):
        column, target = fk["fields"], fk["reference"]["resource"]
        if target not in HSDS_MODELS:
            continue
        known = ids[target]
        for filename, line, row in _rows(package, table):
            value = row.get(column)
            if value is not None and value not in known:
                errors.append(RowError(filename, line, column, DANGLING.format(target, value)))
    return errors


def _check_terms(package: Package) -> list[RowError]:
    errors = []
    for filename, line, term in _rows(package, "taxonomy_term"):
        split = facets.split_code(term.get("code"))
        if split and split[1] not in facets.FACETS[split[0]].terms:
            facet, value = split
            known = ", ".join(facets.FACETS[facet].terms)
            reason = f"unknown {facet} id '{value}' (known: {known})"
            errors.append(RowError(filename, line, "code", reason))
    return errors


def _check_links(package: Package, ids: dict) -> list[RowError]:
    # HSDS links an attribute to any table through link_entity; Harbor reads those of services
    # and organizations.
    errors = []
    linkable = {"service": ids["service"], "organization": ids["organization"]}
    for filename, line, attribute in _rows(package, "attribute"):
        entity, link_id = attribute.get("link_entity"), attribute.get("link_id")
        if entity in linkable and link_id is not None and link_id not in linkable[entity]:
            errors.append(RowError(filename, line, "link_id", DANGLING.format(entity, link_id)))
    return errors


def _check_areas(package: Package) -> list[RowError]:
    errors = []
    for filename, line, row in _rows(package, "service_area"):
        if row.get("extent_type") not in (None, "text"):
            # Polygons (geojson, kml) are kept and exported but not searched.
            continue
        try:
            area = areas.parse_area(row.get("extent"), row.get("name"))
        except areas.AreaError as exc:
            errors.append(RowError(filename, line, "extent", str(exc)))
            continue
        row["extent"], row["extent_type"] = area.extent, "text"
        row["name"] = row.get("name") or area.label
    return errors
