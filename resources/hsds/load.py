"""Importing a package: all of it in one transaction, or (raising ImportFailed) none of it.

Rows whose id is already in the database are updated, with only the columns their file has;
the others are inserted through the bulk loader. Translations (Harbor's extension) are added or
updated by what they translate. The search tables are rebuilt in the same transaction.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData, bindparam, delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.schema import AddConstraint, DropConstraint

from resources import bulk, search_tables
from resources.db import create_schema
from resources.hsds import extension
from resources.hsds.check import check_package
from resources.hsds.package import ImportFailed, Package, RowError
from resources.hsds.read import read_package
from resources.hsds.schema import TABLE_ORDER
from resources.models import HSDS_MODELS, Base

# Show a progress bar, and load without secondary indexes, when an import has more rows.
PROGRESS_MIN_ROWS = 5000


@dataclass
class ImportReport:
    inserted: dict[str, int]
    updated: dict[str, int]
    warnings: list[str]


def validate_package(engine: Engine, path: str | Path) -> tuple[list[RowError], list[str]]:
    """Everything an import checks, without changing the database."""
    with _collector_paused():
        package, errors = read_package(path)
        if package.tables:
            create_schema(engine)
            with Session(engine, future=True) as session:
                errors += check_package(package, _existing_ids(session))
    return errors, package.warnings


def import_package(
    engine: Engine, path: str | Path, *, replace: bool = False, progress: bool | None = None
) -> ImportReport:
    """Import a package in one transaction: all of it, or (raising ImportFailed) none of it.

    Rows whose id is already in the database are updated; ``replace`` first removes every
    resource row (and every translation) so the database holds exactly the package.
    """
    with _collector_paused():
        package, errors = read_package(path)
        if not package.tables:
            raise ImportFailed(errors)
        create_schema(engine)
        with Session(engine, future=True) as session, session.begin():
            existing = {} if replace else _existing_ids(session)
            # Every problem at once: a reference is checked even when its row has others.
            errors += check_package(package, existing)
            if errors:
                raise ImportFailed(errors)
            show = progress if progress is not None else package.size > PROGRESS_MIN_ROWS
            return _write(session, package, existing, replace=replace, show=show)


@contextmanager
def _collector_paused():
    """Pause Python's cycle collector while a package is in memory.

    An import keeps a million small objects alive and makes no reference cycles; the
    collector would walk all of them again and again (a fifth of a 100k import).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _existing_ids(session: Session) -> dict[str, set[str]]:
    return {
        table: set(session.execute(select(model.id)).scalars())
        for table, model in HSDS_MODELS.items()
    }


def _write(session: Session, package: Package, existing: dict, *, replace: bool, show: bool):
    bar = _progress_bar(package.size, show)
    if replace:
        extension.clear(session)
        for table in reversed(TABLE_ORDER):
            session.execute(delete(HSDS_MODELS[table]))
    inserted: dict[str, int] = {}
    updated: dict[str, int] = {}
    with _without_indexes(session, big=package.size > PROGRESS_MIN_ROWS):
        for table in TABLE_ORDER:
            rows = package.tables.get(table, [])
            old = existing.get(table, set())
            new_rows = [r for r in rows if r["id"] not in old]
            changed = [r for r in rows if r["id"] in old]
            _insert(session, table, new_rows, bar)
            _update(session, table, changed, bar)
            inserted[table], updated[table] = len(new_rows), len(changed)
        translated = package.tables.get(extension.TABLE, [])
        inserted[extension.TABLE], updated[extension.TABLE] = extension.write(session, translated)
        bar.update(len(translated))
        # After an import into an empty database it holds exactly the package's rows.
        fresh = replace or not any(existing.values())
        search_tables.rebuild(session, package.tables if fresh else None)
    bar.close()
    return ImportReport(inserted, updated, package.warnings)


@contextmanager
def _without_indexes(session: Session, *, big: bool) -> Iterator[None]:
    """For a big import, drop the secondary indexes (and PostgreSQL's foreign keys) while the
    rows go in, and add them back after; a failure rolls the whole transaction back instead.

    Building an index over loaded rows is far cheaper than keeping it up to date through every
    insert; DDL is transactional in SQLite and PostgreSQL alike.
    """
    connection = session.connection()
    indexes = _secondary_indexes() if big else []
    # PostgreSQL checks a foreign key with a trigger per inserted row; adding the constraint
    # back checks every row in one query. (SQLite cannot drop a constraint, and its checks are
    # cheap.) check_package has already found any dangling key.
    foreign_keys = _foreign_keys() if big and connection.dialect.name == "postgresql" else []
    for constraint in foreign_keys:
        connection.execute(DropConstraint(constraint))
    for idx in indexes:
        idx.drop(bind=connection)
    yield
    for idx in indexes:
        idx.create(bind=connection)
    for constraint in foreign_keys:
        connection.execute(AddConstraint(constraint))


def _secondary_indexes() -> list:
    return [idx for table in Base.metadata.sorted_tables for idx in table.indexes]


def _foreign_keys() -> list:
    # Copies: AddConstraint and DropConstraint mark a constraint as not to be created with
    # its table, and the models must go on creating theirs.
    copies = MetaData()
    tables = [table.to_metadata(copies) for table in Base.metadata.sorted_tables]
    return [fk for table in tables for fk in table.foreign_key_constraints]


def _insert(session: Session, table: str, rows: list[dict], bar) -> None:
    # Rows read from one file share its header, so they go in as they are, with only the
    # columns the file has; the primary-key order lets the index grow at its end.
    if not rows:
        return
    rows.sort(key=lambda r: r["id"])
    columns = _all_columns(rows)
    for chunk in _chunks(rows, bulk.CHUNK):
        bulk.insert_rows(session.connection(), HSDS_MODELS[table].__table__, chunk, columns)
        bar.update(len(chunk))


def _all_columns(rows: list[dict]) -> list[str]:
    """The columns of the rows: their file's, and any a rule added to some (``extension``),
    which the rows without it get as NULL."""
    columns = list(rows[0])
    if any(len(row) != len(columns) for row in rows):
        columns = list(dict.fromkeys(column for row in rows for column in row))
        for row in rows:
            for column in columns:
                row.setdefault(column, None)
    return columns


def _update(session: Session, table: str, rows: list[dict], bar) -> None:
    # Only the columns each row has: a column left out of a spreadsheet is not a blank one.
    by_columns: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        by_columns.setdefault(tuple(c for c in row if c != "id"), []).append(row)
    target = HSDS_MODELS[table].__table__
    for columns, group in by_columns.items():
        statement = (
            update(target)
            .where(target.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in columns})
        )
        for chunk in _chunks(group, 5000):
            session.execute(
                statement, [{"_id": r["id"], **{c: r[c] for c in columns}} for r in chunk]
            )
            bar.update(len(chunk))


def _chunks(rows: list, size: int) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class _NoBar:
    def update(self, _n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, show: bool):
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="rows", desc="importing", file=sys.stderr)
