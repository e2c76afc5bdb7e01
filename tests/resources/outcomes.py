"""What an import did to the database, for tests that check a failed one changed nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from resources import hsds, places
from resources.models import HSDS_MODELS, SearchService
from resources.search import Query, search


def snapshot(engine) -> dict:
    """Everything a failed import must leave as it was: row counts and what search shows."""
    with Session(engine, future=True) as session:
        counts = {
            t: session.execute(select(func.count()).select_from(m)).scalar_one()
            for t, m in HSDS_MODELS.items()
        }
        counts["search_service"] = session.execute(
            select(func.count()).select_from(SearchService)
        ).scalar_one()
    sf = search(engine, Query(places.resolve("San Francisco").place, ("housing",)))
    return {"counts": counts, "sf": [m.name for m in sf.services]}


def failed_import(engine, package) -> list[str]:
    """The problems an import of ``package`` reports, after checking it changed nothing."""
    before = snapshot(engine)
    with pytest.raises(hsds.ImportFailed) as failure:
        hsds.import_package(engine, package)
    assert snapshot(engine) == before, "a failed import changed the database"
    return [str(e) for e in failure.value.errors]
