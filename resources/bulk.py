"""Loading many rows into one table fast, inside the caller's transaction.

An import writes close to a million rows, and SQLAlchemy's executemany spends more time
building each row's parameters than the database spends storing it. So rows go through
the driver's own bulk path, with SQL that SQLAlchemy writes:

- PostgreSQL (psycopg2): ``COPY … FROM STDIN`` through ``cursor.copy_from``, which skips
  parsing and planning an INSERT per row;
- SQLite: ``cursor.executemany`` with the INSERT that SQLAlchemy compiles for the table;
- any other database: SQLAlchemy's own executemany.

Values are bound exactly as SQLAlchemy would bind them (each column type's bind processor
runs first), so the stored rows are the same whichever path wrote them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from operator import itemgetter

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

# Rows per round trip: big enough to amortise it, small enough to keep memory flat.
CHUNK = 10_000
# COPY's text format: these characters in a value must be written as escapes.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def insert_rows(
    connection: Connection, table: Table, rows: Sequence[dict], columns: Sequence[str]
) -> None:
    """Insert ``rows`` (dicts holding at least ``columns``) into ``table``.

    Columns left out get what SQLAlchemy's own insert would give them: their default, else
    the database's default or NULL.
    """
    if not rows:
        return
    given = list(columns)
    left_out = [c for c in table.columns if c.key not in given and c.default is not None]
    load = _driver_loader(connection.dialect)
    if load is None or not all(c.default.is_scalar for c in left_out):
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            connection.execute(insert(table), [{c: r[c] for c in given} for r in chunk])
        return
    columns = given + [c.key for c in left_out]
    processors = _processors(table, columns, connection.dialect)
    # itemgetter and zip keep the per-value work in C: a million rows make it count.
    getter = itemgetter(*given) if len(given) > 1 else lambda row: (row[given[0]],)
    for start in range(0, len(rows), CHUNK):
        values = list(map(getter, rows[start : start + CHUNK]))
        if processors or left_out:
            values = _bound(values, processors, left_out)
        try:
            load(connection, table, columns, values)
        except connection.dialect.dbapi.Error as exc:
            # The same exception SQLAlchemy raises for its own inserts (IntegrityError, …).
            raise DBAPIError.instance(
                f"bulk insert into {table.name}", None, exc, connection.dialect.dbapi.Error
            ) from exc


def _driver_loader(dialect) -> Callable | None:
    """The driver's bulk path for this database, or None for SQLAlchemy's own executemany."""
    if dialect.name == "postgresql" and dialect.driver == "psycopg2":
        return _copy
    if dialect.name == "sqlite":
        return _executemany
    return None


def _processors(table: Table, columns: list[str], dialect) -> list[tuple[int, Callable]]:
    """(position, bind processor) of each column whose type converts its values."""
    found = []
    for number, column in enumerate(columns):
        processor = table.c[column].type._cached_bind_processor(dialect)
        if processor is not None:
            found.append((number, processor))
    return found


def _bound(values: list[tuple], processors: list, left_out: list) -> list[tuple]:
    """Rows of values with the left-out columns' defaults added and every bind processor run,
    a column at a time."""
    by_column = list(zip(*values, strict=True))
    by_column += [(column.default.arg,) * len(values) for column in left_out]
    for number, processor in processors:
        by_column[number] = list(map(processor, by_column[number]))
    return list(zip(*by_column, strict=True))


def _executemany(connection: Connection, table: Table, columns, values) -> None:
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
    # The compiled INSERT binds positionally, in its own column order.
    order = [columns.index(name) for name in compiled.positiontup]
    if order != list(range(len(columns))):
        values = [tuple(row[i] for i in order) for row in values]
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(str(compiled), values)
    finally:
        cursor.close()


def _copy(connection: Connection, table: Table, columns, values) -> None:
    # Formatted a column at a time, so that text needing no escapes is not visited per value.
    texts = [_copy_column(column) for column in zip(*values, strict=True)]
    lines = map("\t".join, zip(*texts, strict=True))
    buffer = io.StringIO("\n".join(lines) + "\n")
    cursor = connection.connection.cursor()
    try:
        # psycopg2 quotes the table and column names itself.
        cursor.copy_from(buffer, table.name, columns=list(columns))
    finally:
        cursor.close()


def _copy_column(column: Sequence) -> list[str]:
    """A column's values in COPY's text format."""
    present = [value for value in column if value is not None]
    try:
        joined = "".join(present)
    except TypeError:  # numbers or booleans
        return [_copy_text(value) for value in column]
    if any(special in joined for special in "\\\t\n\r"):
        return ["\\N" if value is None else value.translate(_COPY_ESCAPES) for value in column]
    return ["\\N" if value is None else value for value in column]


def _copy_text(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, float):
        return repr(value)
    return str(value).translate(_COPY_ESCAPES)
