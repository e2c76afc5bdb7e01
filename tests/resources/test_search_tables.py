"""The search tables come out the same whether an import hands its rows to the rebuild or the
rebuild reads them back from the database."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from resources import facets, hsds, search_tables
from resources.models import SearchArea, SearchService
from tests.resources.csvfiles import add_rows

NEED, KIND, SYSTEM = facets.FACETS["need"], facets.FACETS["kind"], facets.FACETS["system"]


def _new_id() -> str:
    return str(uuid.uuid4())


def _service(package, org, name, *, status="active", areas=(), points=(), terms=(), only=()):
    """One service with its areas (extent or name), locations and facet terms."""
    service = _new_id()
    add_rows(
        package,
        "service",
        {"id": service, "organization_id": org, "name": name, "status": status},
    )
    for area in areas:
        add_rows(package, "service_area", {"id": _new_id(), "service_id": service, **area})
    for lat, lon in points:
        location = _new_id()
        add_rows(
            package,
            "location",
            {"id": location, "location_type": "physical", "latitude": lat, "longitude": lon},
        )
        add_rows(
            package,
            "service_at_location",
            {"id": _new_id(), "service_id": service, "location_id": location},
        )
    for term_id in terms:
        add_rows(
            package,
            "attribute",
            {
                "id": _new_id(),
                "link_id": service,
                "taxonomy_term_id": term_id,
                "link_entity": "service",
                "value": "only" if term_id in only else "",
            },
        )
    return service


def _varied(package) -> None:
    """The seed plus every shape of service the rebuild treats differently."""
    org = _new_id()
    add_rows(package, "organization", {"id": org, "name": "Index test", "description": "test"})
    probation = SYSTEM.term_id("probation")
    _service(
        package,
        org,
        "Radius around two places, one at sea",
        areas=[{"extent": "radius:25", "extent_type": "text"}],
        points=[("37.8044", "-122.2712"), ("0", "-150")],
        terms=[NEED.term_id("housing"), KIND.term_id("intervention")],
    )
    _service(
        package, org, "No area, two locations", points=[("45.52", "-122.68"), ("45.5", "-122.6")]
    )
    _service(package, org, "No area, no location", terms=[NEED.term_id("job")])
    _service(
        package,
        org,
        "Inactive",
        status="inactive",
        areas=[{"extent": "national", "extent_type": "text"}],
    )
    _service(
        package,
        org,
        "Named area only, system only",
        areas=[{"name": "Multnomah County, OR"}, {"extent": "zip:97211", "extent_type": "text"}],
        terms=[probation, NEED.term_id("legal"), facets.FACETS["availability"].term_id("24_7")],
        only=[probation],
    )
    _service(
        package,
        org,
        "Polygon area kept but not searched",
        areas=[{"extent": '{"type": "Point", "coordinates": [0, 0]}', "extent_type": "geojson"}],
        points=[("34.05", "-118.24")],
    )


def _search_tables(engine) -> tuple[list, list]:
    with Session(engine) as session:
        services = [tuple(r) for r in session.execute(select(SearchService.__table__)).all()]
        columns = [c for c in SearchArea.__table__.columns if c.key != "id"]
        area_rows = [tuple(r) for r in session.execute(select(*columns)).all()]
    return sorted(services, key=repr), sorted(area_rows, key=repr)


@pytest.fixture
def read_back(monkeypatch) -> list:
    """One entry for each time the rebuild reads the HSDS tables back from the database."""
    reads = []
    database_rows = search_tables._database_rows
    monkeypatch.setattr(
        search_tables,
        "_database_rows",
        lambda connection: reads.append(1) or database_rows(connection),
    )
    return reads


def test_an_import_into_an_empty_database_builds_what_a_rebuild_reads_back(
    empty_engine, seed_copy, read_back
):
    _varied(seed_copy)
    hsds.import_package(empty_engine, seed_copy)
    assert read_back == [], "an import into an empty database should not read its rows back"
    from_package = _search_tables(empty_engine)

    with Session(empty_engine) as session, session.begin():
        search_tables.rebuild(session)
    assert read_back == [1]
    assert _search_tables(empty_engine) == from_package

    services, area_rows = from_package
    names = {row[1] for row in services}
    assert "Inactive" not in names and "No area, two locations" in names
    scopes = {row[1] for row in area_rows}
    assert {"radius", "city", "county", "zip", "national", "state"} <= scopes


def test_an_import_into_a_database_with_rows_reads_them_back(engine, seed_copy, read_back):
    _varied(seed_copy)
    hsds.import_package(engine, seed_copy)
    assert read_back == [1]
