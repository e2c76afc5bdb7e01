"""Rebuilds the search tables from the HSDS tables, inside the caller's transaction.

``search_service`` holds each active service's facets (from ``attribute`` rows that point at
Harbor taxonomy terms); ``search_area`` holds each area it covers (from ``service_area``). A
service with no readable service area is covered around its locations (their city); one with
neither cannot be found by place, and ``unplaced`` says how many there are.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from resources import areas, facets, places
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


def rebuild(session: Session) -> None:
    """Replace the search tables with what the HSDS tables now say."""
    session.execute(delete(SearchArea))
    session.execute(delete(SearchService))
    gaz = places.gazetteer()
    centres: dict[tuple, tuple[float, float] | None] = {}

    # Plain Core rows on the session's connection: no ORM bookkeeping for 100k-row reads.
    run = session.connection().execute
    services = run(
        select(Service.id, Service.name, Service.minimum_age, Service.maximum_age).where(
            Service.status == "active"
        )
    ).all()
    tags: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    only: dict[str, set[str]] = defaultdict(set)
    for link_id, code, value in run(
        select(Attribute.link_id, TaxonomyTerm.code, Attribute.value)
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .where(Attribute.link_entity == "service")
    ):
        split = facets.split_code(code)
        if split is None:
            continue
        tags[link_id][split[0]].add(split[1])
        if split[0] == "system" and (value or "").strip().lower() == facets.SYSTEM_ONLY:
            only[link_id].add(split[1])

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for service_id, lat, lon in run(
        select(ServiceAtLocation.service_id, Location.latitude, Location.longitude)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .where(Location.latitude.is_not(None), Location.longitude.is_not(None))
        .order_by(ServiceAtLocation.service_id, ServiceAtLocation.id)
    ):
        points[service_id].append((lat, lon))

    service_areas: dict[str, list[tuple[str, areas.Area]]] = defaultdict(list)
    for service_id, name, extent, extent_type in run(
        select(
            ServiceArea.service_id, ServiceArea.name, ServiceArea.extent, ServiceArea.extent_type
        )
        .where(ServiceArea.service_id.is_not(None))
        .order_by(ServiceArea.service_id, ServiceArea.id)
    ):
        if extent_type not in (None, "text"):
            continue
        try:
            area = areas.parse_area(extent, name)
        except areas.AreaError:
            continue  # the import refuses these; a hand-edited database may still hold one
        service_areas[service_id].append((name or area.label, area))

    service_rows, area_rows = [], []
    for service_id, name, minimum_age, maximum_age in services:
        facet = tags.get(service_id, {})
        covered = service_areas.get(service_id) or _areas_from_points(points.get(service_id, []))
        for area_name, area in covered:
            if area.scope == "radius":
                for lat, lon in points.get(service_id, []):
                    near = places.nearest_zip(lat, lon)
                    label = f"{area.label} of {near.city}, {near.state}" if near else area.label
                    area_rows.append(
                        _area_row(service_id, area, label, near, radius_centre=(lat, lon))
                    )
            else:
                area_rows.append(_area_row(service_id, area, area_name))
        anchor = (points.get(service_id) or [None])[0]
        if anchor is None and covered:
            anchor = _centre(gaz, covered[0][1], centres)
        needs = facet.get("need", set())
        service_rows.append(
            {
                "service_id": service_id,
                "name": name,
                "kind": min(facet.get("kind", {None}), key=lambda k: k or ""),
                "needs": _set_text(needs),
                "need_count": len(needs),
                "populations": _set_text(facet.get("population", set())),
                "systems": _set_text(facet.get("system", set())),
                "systems_only": _set_text(only.get(service_id, set())),
                "minimum_age": minimum_age,
                "maximum_age": maximum_age,
                "open_24_7": "24_7" in facet.get("availability", set()),
                "latitude": anchor[0] if anchor else None,
                "longitude": anchor[1] if anchor else None,
            }
        )
    for start in range(0, len(service_rows), 5000):
        run(insert(SearchService), service_rows[start : start + 5000])
    for start in range(0, len(area_rows), 5000):
        run(insert(SearchArea), area_rows[start : start + 5000])


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


def _areas_from_points(points: list[tuple[float, float]]) -> list[tuple[str, areas.Area]]:
    found = []
    for lat, lon in points:
        near = places.nearest_zip(lat, lon)
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
