"""HSDS 3.0 CSV packages: read and check them, import them in one transaction, export them.

The rules come from the official ``datapackage.json`` (kept in ``resources/hsds/``): field
types and formats, required fields, enums, primary and foreign keys. On top of those, Harbor
checks what its search depends on: service areas it can read and facet terms it knows.

Every problem is reported as a :class:`RowError` naming the file, the spreadsheet row (the
header is row 1), the field and the reason; an import with any error changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from math import isfinite
from pathlib import Path

from sqlalchemy import MetaData, bindparam, delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.schema import AddConstraint, DropConstraint

from resources import areas, bulk, facets
from resources.db import create_schema
from resources.models import HSDS_MODELS, Base

DATAPACKAGE = Path(__file__).resolve().parent / "hsds" / "datapackage.json"
# Insert order: every table after the tables it points at.
TABLE_ORDER = [
    "organization", "program", "service", "location", "service_at_location", "address",
    "phone", "schedule", "service_area", "language", "taxonomy", "taxonomy_term", "attribute",
]  # fmt: skip
NOT_UTF8 = "is not UTF-8 text: save it from the spreadsheet as 'CSV UTF-8'"
# Show a progress bar when an import has more rows than this.
PROGRESS_MIN_ROWS = 5000

UUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@dataclass(frozen=True)
class RowError:
    """One problem in a package, precise enough for a staff member to fix in a spreadsheet."""

    file: str
    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" if self.row else self.file
        return f"{where}, {self.field}: {self.reason}" if self.field else f"{where}: {self.reason}"


class ImportFailed(Exception):
    """The package has errors; nothing was changed."""

    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} problem(s) found; nothing was imported")
        self.errors = errors


@dataclass
class Package:
    """The rows of a package by table, each a dict of typed values, and why any were skipped."""

    tables: dict[str, list[dict]] = field(default_factory=dict)
    # (table, id) -> spreadsheet row number, for error messages about references.
    rows: dict[tuple[str, str], int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


@dataclass
class ImportReport:
    inserted: dict[str, int]
    updated: dict[str, int]
    warnings: list[str]


@lru_cache(maxsize=1)
def schema() -> dict[str, dict]:
    """The HSDS 3.0 resources (tables) by name, from the official datapackage.json."""
    package = json.loads(DATAPACKAGE.read_text(encoding="utf-8"))
    return {resource["name"]: resource for resource in package["resources"]}


# ---- reading ----------------------------------------------------------------------------


def read_package(path: str | Path) -> tuple[Package, list[RowError]]:
    """Read every HSDS CSV in a folder (or beside a datapackage.json) and check each value."""
    folder = Path(path)
    if folder.is_file() and folder.name.endswith(".json"):
        folder = folder.parent
    if not folder.is_dir():
        return Package(), [RowError(str(path), 0, "", "no such folder")]
    package, errors = Package(), []
    known = {resource["path"] for resource in schema().values()}
    for name, resource in schema().items():
        file = folder / resource["path"]
        if not file.exists():
            continue
        if name not in HSDS_MODELS:
            count = _count_rows(file)
            if count:
                package.warnings.append(
                    f"skipped {resource['path']} ({count} rows): Harbor does not use this table"
                )
            continue
        package.tables[name] = _read_table(file, resource, package, errors)
    for file in sorted(folder.glob("*.csv")):
        if file.name not in known:
            package.warnings.append(f"skipped {file.name}: not an HSDS 3.0 table")
    if not package.tables and not errors:
        errors.append(RowError(str(path), 0, "", "no HSDS CSV files found (services.csv, …)"))
    return package, errors


def _count_rows(file: Path) -> int:
    with file.open(newline="", encoding="utf-8-sig") as handle:
        return max(0, sum(1 for _ in csv.reader(handle)) - 1)


def _read_table(file: Path, resource: dict, package: Package, errors: list[RowError]):
    name, filename = resource["name"], resource["path"]
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    converters = {fname: _converter(f) for fname, f in fields.items()}
    required = [f for f, spec in fields.items() if spec.get("constraints", {}).get("required")]
    unique = [
        f for f, spec in fields.items() if spec.get("constraints", {}).get("unique") and f != "id"
    ]
    rows: list[dict] = []
    try:
        handle = file.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        errors.append(RowError(filename, 0, "", f"cannot be read ({exc.strerror})"))
        return rows
    with handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader, [])]
        except UnicodeDecodeError:
            errors.append(RowError(filename, 1, "", NOT_UTF8))
            return rows
        except csv.Error as exc:
            errors.append(RowError(filename, 1, "", f"is not a readable CSV file ({exc})"))
            return rows
        missing = [f for f in required if f not in header]
        for column in missing:
            errors.append(RowError(filename, 1, column, "required column is missing"))
        for column in header:
            if column not in fields:
                errors.append(
                    RowError(filename, 1, column, "is not an HSDS 3.0 field of this table")
                )
        if missing or len(set(header)) != len(header):
            if len(set(header)) != len(header):
                errors.append(RowError(filename, 1, "", "a column name appears twice"))
            return rows
        seen: dict[str, dict[str, int]] = {f: {} for f in ["id", *unique] if f in header}
        # Plain text columns need no converting: only the typed ones are visited per row.
        typed = [(column, converters[column]) for column in header if converters.get(column)]
        row_number = 1
        try:
            for values in reader:
                row_number += 1
                texts = [value.strip() or None for value in values]
                if not any(texts):
                    continue
                if len(values) != len(header):
                    errors.append(
                        RowError(
                            filename,
                            row_number,
                            "",
                            f"has {len(values)} values but the header has {len(header)} columns",
                        )  # fmt: skip
                    )
                    continue
                row = dict(zip(header, texts, strict=True))
                bad: tuple[str, ...] = ()
                for column, convert in typed:
                    text = row[column]
                    if text is not None:
                        try:
                            row[column] = convert(text)
                        except ValueError as exc:
                            errors.append(RowError(filename, row_number, column, str(exc)))
                            row[column] = None
                            bad += (column,)
                for column in required:
                    if row[column] is None and column not in bad:
                        errors.append(RowError(filename, row_number, column, "is required"))
                for column, values_seen in seen.items():
                    value = row[column]
                    if value is None:
                        continue
                    if value in values_seen:
                        what = "id" if column == "id" else f"value '{value}'"
                        errors.append(
                            RowError(
                                filename,
                                row_number,
                                column,
                                f"duplicate {what} (also on row {values_seen[value]})",
                            )  # fmt: skip
                        )
                    else:
                        values_seen[value] = row_number
                if row.get("id"):
                    package.rows[(name, row["id"])] = row_number
                rows.append(row)
        except UnicodeDecodeError:
            errors.append(RowError(filename, row_number + 1, "", NOT_UTF8))
        except csv.Error as exc:
            errors.append(RowError(filename, row_number + 1, "", f"is not valid CSV ({exc})"))
    return rows


def _converter(spec: dict) -> Callable[[str], object] | None:
    """A function turning a CSV cell into its typed value, raising ValueError with a reason.

    None for plain text, which is kept as it is. Each field type gets its own small function:
    an import calls them a few million times.
    """
    kind, fmt = spec["type"], spec.get("format")
    enum = spec.get("constraints", {}).get("enum")
    if kind == "number":
        return _number_converter(spec["name"])
    if kind in ("date", "time", "datetime"):
        return {"date": _date, "time": _time, "datetime": _datetime}[kind]
    if fmt == "uuid":
        return _uuid
    if fmt in ("email", "uri"):
        pattern, reason = {
            "email": (EMAIL_RE, "is not an email address"),
            "uri": (URI_RE, "is not a web address (start it with https://)"),
        }[fmt]

        def checked(text: str) -> str:
            if not pattern.match(text):
                raise ValueError(f"'{text}' {reason}")
            return text

        return checked
    if enum:
        allowed = frozenset(enum)

        def one_of(text: str) -> str:
            if text not in allowed:
                raise ValueError(f"'{text}' is not one of {', '.join(enum)}")
            return text

        return one_of
    return None


def _number_converter(name: str) -> Callable[[str], float]:
    bounds = {
        "latitude": (-90, 90, "latitude {} is outside -90..90"),
        "longitude": (-180, 180, "longitude {} is outside -180..180"),
        "minimum_age": (0, 120, "age {} is outside 0..120"),
        "maximum_age": (0, 120, "age {} is outside 0..120"),
    }.get(name, (float("-inf"), float("inf"), ""))
    low, high, message = bounds

    def number(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a number") from None
        if not isfinite(value):
            raise ValueError(f"'{text}' is not a number")
        if not low <= value <= high:
            raise ValueError(message.format(text))
        return value

    return number


def _uuid(text: str) -> str:
    if not UUID_RE.match(text):
        raise ValueError(f"'{text}' is not a valid uuid")
    return text.lower()


def _date(text: str) -> str:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date like 2024-01-31") from None
    return text


def _time(text: str) -> str:
    try:
        # Table Schema's default time is HH:MM:SS; accept the HH:MM people type.
        return dt.time.fromisoformat(text).replace(microsecond=0).isoformat()
    except ValueError:
        raise ValueError(f"'{text}' is not a time like 09:00") from None


def _datetime(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{text}' is not a date and time like 2024-01-31T09:00:00Z") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


# ---- checking references ----------------------------------------------------------------


def check_package(package: Package, existing: dict[str, set[str]]) -> list[RowError]:
    """Foreign keys, facet terms and service areas, against the package plus ``existing`` ids."""
    errors: list[RowError] = []
    ids = {
        table: existing.get(table, set()) | {r["id"] for r in package.tables.get(table, [])}
        for table in HSDS_MODELS
    }
    for table, rows in package.tables.items():
        resource = schema()[table]
        filename = resource["path"]
        for fk in resource["schema"].get("foreignKeys", []):
            column, target = fk["fields"], fk["reference"]["resource"]
            if target not in HSDS_MODELS:
                continue
            for row in rows:
                value = row.get(column)
                if value is not None and value not in ids[target]:
                    errors.append(
                        RowError(
                            filename,
                            package.rows.get((table, row["id"]), 0),
                            column,
                            f"points at {target} '{value}', "
                            "which is not in the package or database",
                        )  # fmt: skip
                    )
    errors += _check_terms(package, ids)
    errors += _check_areas(package)
    return errors


def _check_terms(package: Package, ids: dict[str, set[str]]) -> list[RowError]:
    errors = []
    for term in package.tables.get("taxonomy_term", []):
        split = facets.split_code(term.get("code"))
        if split and split[1] not in facets.FACETS[split[0]].terms:
            facet, value = split
            known = ", ".join(facets.FACETS[facet].terms)
            errors.append(
                RowError(
                    "taxonomy_terms.csv",
                    package.rows.get(("taxonomy_term", term["id"]), 0),
                    "code",
                    f"unknown {facet} id '{value}' (known: {known})",
                )  # fmt: skip
            )
    linkable = {"service": ids["service"], "organization": ids["organization"]}
    for attribute in package.tables.get("attribute", []):
        entity = attribute.get("link_entity")
        if entity in linkable and attribute.get("link_id") not in linkable[entity]:
            errors.append(
                RowError(
                    "attributes.csv",
                    package.rows.get(("attribute", attribute["id"]), 0),
                    "link_id",
                    f"points at {entity} '{attribute.get('link_id')}', which is not "
                    "in the package or database",
                )  # fmt: skip
            )
    return errors


def _check_areas(package: Package) -> list[RowError]:
    errors = []
    for row in package.tables.get("service_area", []):
        if row.get("extent_type") not in (None, "text"):
            # Polygons (geojson, kml) are kept and exported but not searched.
            continue
        try:
            area = areas.parse_area(row.get("extent"), row.get("name"))
        except areas.AreaError as exc:
            errors.append(
                RowError(
                    "service_areas.csv",
                    package.rows.get(("service_area", row["id"]), 0),
                    "extent",
                    str(exc),
                )  # fmt: skip
            )
            continue
        row["extent"], row["extent_type"] = area.extent, "text"
        row["name"] = row.get("name") or area.label
    return errors


# ---- importing --------------------------------------------------------------------------


def validate_package(engine: Engine, path: str | Path) -> tuple[list[RowError], list[str]]:
    """Everything an import checks, without changing the database."""
    with _collector_paused():
        package, errors = read_package(path)
    if not errors:
        create_schema(engine)
        with Session(engine, future=True) as session:
            errors = check_package(package, _existing_ids(session))
    return errors, package.warnings


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


def import_package(
    engine: Engine, path: str | Path, *, replace: bool = False, progress: bool | None = None
) -> ImportReport:
    """Import a package in one transaction: all of it, or (raising ImportFailed) none of it.

    Rows whose id is already in the database are updated; ``replace`` first removes every
    resource row so the database holds exactly the package.
    """
    with _collector_paused():
        return _import_package(engine, path, replace=replace, progress=progress)


def _import_package(engine: Engine, path: str | Path, *, replace: bool, progress: bool | None):
    from resources import index

    package, errors = read_package(path)
    if errors:
        raise ImportFailed(errors)
    create_schema(engine)
    show = progress if progress is not None else package.size > PROGRESS_MIN_ROWS
    bar = _progress_bar(package.size, show)
    inserted: dict[str, int] = {}
    updated: dict[str, int] = {}
    with Session(engine, future=True) as session, session.begin():
        existing = {} if replace else _existing_ids(session)
        errors = check_package(package, existing)
        if errors:
            raise ImportFailed(errors)
        if replace:
            for table in reversed(TABLE_ORDER):
                session.execute(delete(HSDS_MODELS[table]))
        # Building an index over loaded rows is far cheaper than keeping it up to date through
        # every insert; DDL is transactional in SQLite and PostgreSQL alike.
        big = package.size > PROGRESS_MIN_ROWS
        indexes = _secondary_indexes() if big else []
        # PostgreSQL checks a foreign key with a trigger per inserted row; adding the
        # constraint back checks every row in one query. (SQLite cannot drop a constraint,
        # and its checks are cheap.) check_package has already found any dangling key.
        foreign_keys = _foreign_keys() if big and engine.dialect.name == "postgresql" else []
        connection = session.connection()
        for constraint in foreign_keys:
            connection.execute(DropConstraint(constraint))
        for idx in indexes:
            idx.drop(bind=connection)
        for table in TABLE_ORDER:
            rows = package.tables.get(table, [])
            old = existing.get(table, set())
            new_rows = [r for r in rows if r["id"] not in old]
            changed = [r for r in rows if r["id"] in old]
            _insert(session, table, new_rows, bar)
            _update(session, table, changed, bar)
            inserted[table], updated[table] = len(new_rows), len(changed)
        # After an import into an empty database it holds exactly the package's rows.
        fresh = replace or not any(existing.values())
        index.rebuild(session, package.tables if fresh else None)
        for idx in indexes:
            idx.create(bind=connection)
        for constraint in foreign_keys:
            connection.execute(AddConstraint(constraint))
    bar.close()
    return ImportReport(inserted, updated, package.warnings)


def _secondary_indexes() -> list:
    return [idx for table in Base.metadata.sorted_tables for idx in table.indexes]


def _foreign_keys() -> list:
    # Copies: AddConstraint and DropConstraint mark a constraint as not to be created with
    # its table, and the models must go on creating theirs.
    copies = MetaData()
    tables = [table.to_metadata(copies) for table in Base.metadata.sorted_tables]
    return [fk for table in tables for fk in table.foreign_key_constraints]


def _existing_ids(session: Session) -> dict[str, set[str]]:
    return {
        table: set(session.execute(select(model.id)).scalars())
        for table, model in HSDS_MODELS.items()
    }


def _columns(table: str) -> list[str]:
    return [f["name"] for f in schema()[table]["schema"]["fields"]]


def _insert(session: Session, table: str, rows: list[dict], bar) -> None:
    # Rows read from one file share its header, so they go in as they are, with only the
    # columns the file has; the primary-key order lets the index grow at its end.
    if not rows:
        return
    rows.sort(key=lambda r: r["id"])
    columns = list(rows[0])
    for chunk in _chunks(rows, bulk.CHUNK):
        bulk.insert_rows(session.connection(), HSDS_MODELS[table].__table__, chunk, columns)
        bar.update(len(chunk))


def _update(session: Session, table: str, rows: list[dict], bar) -> None:
    if not rows:
        return
    model = HSDS_MODELS[table]
    # Only the columns the file has: a column left out of a spreadsheet is not a blank one.
    columns = [c for c in rows[0] if c != "id"]
    statement = (
        update(model.__table__)
        .where(model.__table__.c.id == bindparam("_id"))
        .values({c: bindparam(c) for c in columns})
    )
    for chunk in _chunks(rows, 5000):
        session.execute(
            statement, [{"_id": r["id"], **{c: r.get(c) for c in columns}} for r in chunk]
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


# ---- exporting --------------------------------------------------------------------------


def export_package(engine: Engine, folder: str | Path) -> dict[str, int]:
    """Write every HSDS 3.0 table as CSV, with the official datapackage.json beside them.

    Tables Harbor does not keep are written with their header only, so the package is
    complete and validates against the standard.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with Session(engine, future=True) as session:
        for name, resource in schema().items():
            columns = _columns(name)
            model = HSDS_MODELS.get(name)
            rows = []
            if model is not None:
                rows = session.execute(select(model).order_by(model.id)).scalars().all()
            with (folder / resource["path"]).open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow([_cell(getattr(row, c)) for c in columns])
            counts[name] = len(rows)
    shutil.copyfile(DATAPACKAGE, folder / "datapackage.json")
    return counts


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
