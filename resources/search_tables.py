"""Rebuilds the search tables from the HSDS tables, inside the caller's transaction.

``search_service`` holds each active service's facets (from ``attribute`` rows that point at
Harbor taxonomy terms); ``search_area`` holds each area it covers (from ``service_area``). A
service with no readable service area is covered around its locations (their city); one with
neither cannot be found by place, and ``unplaced`` says how many there are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from resources import areas, bulk, facets, places
from resources.models import (
    Attribute,
    Location,
    SearchArea,
    SearchService,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)


@dataclass
class _Rows:
    """What the search tables are built from, wherever it was read."""

    # (id, name, minimum_age, maximum_age) of each active service.
    services: list[tuple]
    # taxonomy_term id -> code.
    term_codes: dict[str, str | None]
    # (link_id, taxonomy_term_id, value) of attributes linked to a service.
    attributes: Iterable[tuple]
    # (service_id, latitude, longitude) of located services, by service_id then
    # service_at_location id.
    points: Iterable[tuple]
    # (service_id, name, extent, extent_type) of service areas, by service_id then id.
    areas: Iterable[tuple]


def rebuild(session: Session, tables: dict[str, list[dict]] | None = None) -> None:
    """Replace the search tables with what the HSDS tables now say.

    ``tables``: the rows of every HSDS table, when the caller knows the database holds
    exactly these (an import into an empty database): they are used instead of being read
    back. The result is the same either way.
    """
    session.execute(delete(SearchArea))
    session.execute(delete(SearchService))
    connection = session.connection()
    rows = _database_rows(connection) if tables is None else _package_rows(tables)
    facts = _Facts.of(rows)
    service_rows, area_rows = [], []
    for service_id, name, minimum_age, maximum_age in rows.services:
        covered = facts.areas.get(service_id) or _areas_from_points(
            facts.points.get(service_id, []), facts.near
        )
        area_rows += _area_rows(service_id, covered, facts)
        service_rows.append(
            _service_row(service_id, name, minimum_age, maximum_age, covered, facts)
        )
    for model, new_rows in ((SearchService, service_rows), (SearchArea, area_rows)):
        if new_rows:
            bulk.insert_rows(connection, model.__table__, new_rows, list(new_rows[0]))


@dataclass
class _Facts:
    """What the rebuild knows of every service, gathered once from the rows."""

    # service_id -> facet -> terms, and the system terms it is only for.
    tags: dict[str, dict[str, set[str]]]
    only: dict[str, set[str]]
    # service_id -> (latitude, longitude) of its locations, in order.
    points: dict[str, list[tuple[float, float]]]
    # service_id -> (name, area) of its readable service areas.
    areas: dict[str, list[tuple[str, areas.Area]]]
    # The ZIP nearest each point that a radius, or a service with no area, is drawn around.
    near: dict[tuple[float, float], places.Place | None]
    gaz: places.Gazetteer
    centres: dict[tuple, tuple[float, float] | None]

    @classmethod
    def of(cls, rows: _Rows) -> _Facts:
        tags, only = _tags(rows)
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for service_id, lat, lon in rows.points:
            points[service_id].append((lat, lon))
        service_areas = _service_areas(rows)
        wanted = [
            point
            for service_id, located in points.items()
            if service_id not in service_areas
            or any(area.scope == "radius" for _, area in service_areas[service_id])
            for point in located
        ]
        # Looked up in one go: far cheaper than one at a time.
        near = dict(zip(wanted, places.nearest_zips(wanted), strict=True))
        return cls(tags, only, points, service_areas, near, places.gazetteer(), {})


def _tags(rows: _Rows) -> tuple[dict, dict]:
    # Harbor's facet of each taxonomy term, worked out once rather than per attribute.
    facet_of = {
        term_id: split
        for term_id, code in rows.term_codes.items()
        if (split := facets.split_code(code)) is not None
    }
    tags: dict[str, dict[str, set[str]]] = {}
    only: dict[str, set[str]] = defaultdict(set)
    for link_id, term_id, value in rows.attributes:
        split = facet_of.get(term_id)
        if split is None:
            continue
        facet, term = split
        found = tags.get(link_id)
        if found is None:
            found = tags[link_id] = defaultdict(set)
        found[facet].add(term)
        if value and facet == "system" and value.strip().lower() == facets.SYSTEM_ONLY:
            only[link_id].add(term)
    return tags, only


def _service_areas(rows: _Rows) -> dict[str, list[tuple[str, areas.Area]]]:
    found: dict[str, list[tuple[str, areas.Area]]] = defaultdict(list)
    for service_id, name, extent, extent_type in rows.areas:
        if extent_type not in (None, "text"):
            continue
        try:
            area = areas.parse_area(extent, name)
        except areas.AreaError:
            continue  # the import refuses these; a hand-edited database may still hold one
        found[service_id].append((name or area.label, area))
    return found


def _area_rows(service_id: str, covered: list, facts: _Facts) -> list[dict]:
    rows = []
    for area_name, area in covered:
        if area.scope != "radius":
            rows.append(_area_row(service_id, area, area_name))
            continue
        for lat, lon in facts.points.get(service_id, []):
            zip_place = facts.near[(lat, lon)]
            label = area.label_near(zip_place.city, zip_place.state) if zip_place else area.label
            rows.append(_area_row(service_id, area, label, zip_place, radius_centre=(lat, lon)))
    return rows


def _service_row(service_id, name, minimum_age, maximum_age, covered, facts: _Facts) -> dict:
    facet = facts.tags.get(service_id, {})
    anchor = (facts.points.get(service_id) or [None])[0]
    if anchor is None and covered:
        anchor = _centre(facts.gaz, covered[0][1], facts.centres)
    needs = facet.get("need", set())
    return {
        "service_id": service_id,
        "name": name,
        "kind": min(facet.get("kind", {None}), key=lambda k: k or ""),
        "needs": _set_text(needs),
        "need_count": len(needs),
        "populations": _set_text(facet.get("population", set())),
        "systems": _set_text(facet.get("system", set())),
        "systems_only": _set_text(facts.only.get(service_id, set())),
        "minimum_age": minimum_age,
        "maximum_age": maximum_age,
        "open_24_7": "24_7" in facet.get("availability", set()),
        "latitude": anchor[0] if anchor else None,
        "longitude": anchor[1] if anchor else None,
    }


def _database_rows(connection: Connection) -> _Rows:
    # Plain Core rows: no ORM bookkeeping for 100k-row reads.
    run = connection.execute
    return _Rows(
        services=run(
            select(Service.id, Service.name, Service.minimum_age, Service.maximum_age).where(
                Service.status == "active"
            )
        ).all(),
        term_codes=dict(run(select(TaxonomyTerm.id, TaxonomyTerm.code)).all()),
        attributes=run(
            select(Attribute.link_id, Attribute.taxonomy_term_id, Attribute.value).where(
                Attribute.link_entity == "service"
            )
        ),
        points=run(
            select(ServiceAtLocation.service_id, Location.latitude, Location.longitude)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .where(Location.latitude.is_not(None), Location.longitude.is_not(None))
            .order_by(ServiceAtLocation.service_id, ServiceAtLocation.id)
        ),
        areas=run(
            select(
                ServiceArea.service_id,
                ServiceArea.name,
                ServiceArea.extent,
                ServiceArea.extent_type,
            )
            .where(ServiceArea.service_id.is_not(None))
            .order_by(ServiceArea.service_id, ServiceArea.id)
        ),
    )


def _package_rows(tables: dict[str, list[dict]]) -> _Rows:
    # The same selections as _database_rows, made from the rows in memory.
    located = {
        row["id"]: (row["latitude"], row["longitude"])
        for row in tables.get("location", [])
        if row.get("latitude") is not None and row.get("longitude") is not None
    }
    links = sorted(
        (row["service_id"], row["id"], row["location_id"])
        for row in tables.get("service_at_location", [])
    )
    service_areas = sorted(
        (row["service_id"], row["id"], row.get("name"), row.get("extent"), row.get("extent_type"))
        for row in tables.get("service_area", [])
        if row.get("service_id") is not None
    )
    return _Rows(
        services=[
            (row["id"], row["name"], row.get("minimum_age"), row.get("maximum_age"))
            for row in tables.get("service", [])
            if row.get("status") == "active"
        ],
        term_codes={row["id"]: row.get("code") for row in tables.get("taxonomy_term", [])},
        attributes=[
            (row["link_id"], row["taxonomy_term_id"], row.get("value"))
            for row in tables.get("attribute", [])
            if row.get("link_entity") == "service"
        ],
        points=[
            (service_id, *located[location_id])
            for service_id, _, location_id in links
            if location_id in located
        ],
        areas=[(service_id, *rest) for service_id, _, *rest in service_areas],
    )


def unplaced(session: Session) -> int:
    """How many active services no place search can find (no readable area, no location)."""
    placed = select(SearchArea.service_id).distinct().subquery()
    total = session.execute(select(func.count()).select_from(SearchService)).scalar_one()
    found = session.execute(select(func.count()).select_from(placed)).scalar_one()
    return total - found


def _set_text(values: set[str]) -> str:
    return "|" + "".join(f"{v}|" for v in sorted(values))


def _area_row(service_id, area: areas.Area, name: str, near=None, radius_centre=None) -> dict:
    row = {
        "service_id": service_id,
        "scope": area.scope,
        "state": area.state,
        "county": area.county,
        "city": area.city,
        "postal_code": area.zip,
        "radius_miles": area.radius_miles,
        "latitude": None,
        "longitude": None,
        "area_name": name,
    }
    if radius_centre is not None:
        row["latitude"], row["longitude"] = radius_centre
        if near is not None:
            row.update(state=near.state, county=near.county, city=near.city)
    return row


def _areas_from_points(
    points: list[tuple[float, float]], near_zip: dict[tuple[float, float], places.Place | None]
) -> list[tuple[str, areas.Area]]:
    found = []
    for point in points:
        near = near_zip[point]
        if near is not None:
            area = areas.Area("city", state=near.state, city=near.city, county=near.county)
            if all(a != area for _, a in found):
                found.append((area.label, area))
    return found


def _centre(gaz: places.Gazetteer, area: areas.Area, cache: dict) -> tuple[float, float] | None:
    key = (area.scope, area.state, area.county, area.city, area.zip)
    if key not in cache:
        if area.scope == "zip":
            place = gaz.zip_place(area.zip)
        elif area.scope == "city":
            place = gaz.city_place(area.city, area.state)
        elif area.scope == "county":
            place = gaz.county_place(area.county, area.state)
        elif area.scope == "state":
            place = gaz.state_place(area.state)
        else:
            place = None
        cache[key] = (place.latitude, place.longitude) if place else None
    return cache[key]
