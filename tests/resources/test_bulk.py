"""The bulk loader stores exactly what SQLAlchemy's own insert would, on either database."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from resources import bulk
from resources.models import Organization, SearchArea, SearchService

# Text that a naive COPY or CSV writer would mangle, and numbers at their edges.
AWKWARD = [
    "tab\there",
    "two\nlines",
    "carriage\rreturn",
    "back\\slash",
    "\\N",
    "\\.",
    'quote " and , comma',
    "emoji 🙂 and ñ",
    "'; DROP TABLE organization; --",
    " padded ",
]


def _organizations(prefix: str) -> list[dict]:
    return [
        {
            "id": f"{prefix}{n:07d}-0000-4000-8000-000000000000",
            "name": text,
            "description": text,
            "year_incorporated": [None, 0.0, 1999.0, 1e-7, -3.25, 12345678.125][n % 6],
            "email": None if n % 2 else text,
            # Text with nothing to escape, and a column of nothing but NULLs.
            "alternate_name": f"plain {n}" if n % 3 else None,
            "legal_status": None,
        }
        for n, text in enumerate(AWKWARD)
    ]


def _stored(session: Session, model, where) -> list[dict]:
    rows = session.execute(
        select(model.__table__).where(where).order_by(*model.__table__.primary_key)
    ).mappings()
    return [dict(row) for row in rows]


def test_bulk_rows_read_back_exactly_as_core_inserted_rows(empty_engine):
    columns = [
        "id",
        "name",
        "description",
        "year_incorporated",
        "email",
        "alternate_name",
        "legal_status",
    ]
    with Session(empty_engine) as session, session.begin():
        connection = session.connection()
        bulk.insert_rows(connection, Organization.__table__, _organizations("b"), columns)
        connection.execute(insert(Organization.__table__), _organizations("c"))
    with Session(empty_engine) as session:
        by_bulk = _stored(session, Organization, Organization.id.like("b%"))
        by_core = _stored(session, Organization, Organization.id.like("c%"))
    assert len(by_bulk) == len(AWKWARD)
    assert [r["name"] for r in by_bulk] == AWKWARD
    strip_ids = [{k: v for k, v in r.items() if k != "id"} for r in by_bulk]
    assert strip_ids == [{k: v for k, v in r.items() if k != "id"} for r in by_core]


def test_columns_left_out_get_their_defaults_and_booleans_survive(empty_engine):
    rows = [
        {"service_id": f"s{n}", "name": f"Service {n}", "open_24_7": n % 2 == 0, "need_count": n}
        for n in range(3)
    ]
    areas = [{"service_id": "s0", "scope": "national", "area_name": "the whole US"}] * 2
    with Session(empty_engine) as session, session.begin():
        connection = session.connection()
        bulk.insert_rows(connection, SearchService.__table__, rows, list(rows[0]))
        bulk.insert_rows(connection, SearchArea.__table__, areas, list(areas[0]))
    with Session(empty_engine) as session:
        stored = _stored(session, SearchService, SearchService.service_id.like("s%"))
        area_ids = session.execute(select(SearchArea.id)).scalars().all()
    assert [r["open_24_7"] for r in stored] == [True, False, True]
    assert [r["need_count"] for r in stored] == [0, 1, 2]
    # Python-side defaults, as insert() would apply them.
    assert {r["needs"] for r in stored} == {"|"} and {r["systems_only"] for r in stored} == {"|"}
    assert stored[0]["minimum_age"] is None
    # The autoincrement key is still the database's to give.
    assert len(set(area_ids)) == 2 and all(isinstance(i, int) for i in area_ids)


def test_more_rows_than_one_chunk_all_arrive(empty_engine, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 7)
    rows = [{"service_id": f"s{n:03d}", "name": "x"} for n in range(50)]
    with Session(empty_engine) as session, session.begin():
        bulk.insert_rows(
            session.connection(), SearchService.__table__, rows, ["service_id", "name"]
        )
    with Session(empty_engine) as session:
        ids = session.execute(select(SearchService.service_id).order_by(SearchService.service_id))
        assert ids.scalars().all() == [r["service_id"] for r in rows]


def test_a_failed_bulk_insert_raises_as_sqlalchemy_would_and_rolls_back(empty_engine):
    rows = [{"service_id": "same", "name": "a"}, {"service_id": "same", "name": "b"}]
    with pytest.raises(IntegrityError), Session(empty_engine) as session, session.begin():
        connection = session.connection()
        bulk.insert_rows(connection, SearchService.__table__, rows[:1], ["service_id", "name"])
        bulk.insert_rows(connection, SearchService.__table__, rows[1:], ["service_id", "name"])
    with Session(empty_engine) as session:
        assert session.execute(select(SearchService.service_id)).scalars().all() == []
