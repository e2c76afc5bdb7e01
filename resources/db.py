"""Where the resource database is, and how to connect to it.

``DATABASE_URL`` chooses the database (``postgresql://…`` for PostgreSQL); without it Harbor
uses a SQLite file under ``var/`` in the project. The same code runs on both.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from resources.models import Base

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = PROJECT_ROOT / "var" / "harbor.db"


def database_url(url: str | None = None) -> str:
    """The URL to use: the one given, else ``DATABASE_URL``, else the default SQLite file."""
    url = url or os.environ.get("DATABASE_URL")
    if url:
        # SQLAlchemy 1.4 no longer accepts the "postgres://" spelling many hosts hand out.
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://") :]
        return url
    return f"sqlite:///{DEFAULT_SQLITE}"


def make_engine(url: str | None = None) -> Engine:
    """An engine for the resource database, with its folder created for a SQLite file."""
    url = database_url(url)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the action server read while a staff import writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL makes NORMAL durable enough; a 64 MB page cache keeps big imports off the disk.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Create any missing tables."""
    Base.metadata.create_all(engine)


def is_built(engine: Engine) -> bool:
    """True when the database has Harbor's tables."""
    from sqlalchemy import inspect

    return inspect(engine).has_table("search_area")
