"""Reading an HSDS CSV package from a folder: every file Harbor keeps, every cell checked
against its field's type, format, enum and constraints.

Only plain files directly in the folder are read (``files``); text a Harbor export escaped
against spreadsheet formulas is read back as it was (``formulas``). Harbor's translation
extension (``harbor_translations.csv``, see ``extension``) is read the same way when present.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from resources.hsds import extension, files, formulas, rules, values
from resources.hsds.package import Package, RowError
from resources.hsds.schema import schema
from resources.models import HSDS_MODELS

NOT_UTF8 = "is not UTF-8 text: save it from the spreadsheet as 'CSV UTF-8'"


def read_package(path: str | Path) -> tuple[Package, list[RowError]]:
    """Read every HSDS CSV in a folder (or beside a datapackage.json) and check each value."""
    folder, refused = files.package_folder(path)
    if folder is None:
        return Package(), [refused]
    package, errors = Package(), []
    for resource in [*schema().values(), extension.RESOURCE]:
        name, file = resource["name"], folder / resource["path"]
        if not (file.exists() or file.is_symlink()):
            continue
        reason = files.refusal(folder, file)
        if reason:
            errors.append(RowError(resource["path"], 0, "", reason))
            package.unread.add(name)
        elif name in HSDS_MODELS or name == extension.TABLE:
            _read_table(file, _Table.of(resource), package, errors)
        else:
            _skip_unused(file, resource, package)
    _skip_unknown(folder, package, errors)
    if not package.tables and not errors:
        errors.append(RowError(str(path), 0, "", "no HSDS CSV files found (services.csv, …)"))
    return package, errors


def _skip_unused(file: Path, resource: dict, package: Package) -> None:
    text = files.read_bytes(file).decode("utf-8-sig", errors="replace")
    try:
        count = max(0, sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1)
    except csv.Error:
        count = 1
    if count:
        package.warnings.append(
            f"skipped {resource['path']} ({count} rows): Harbor does not use this table"
        )


def _skip_unknown(folder: Path, package: Package, errors: list[RowError]) -> None:
    known = {resource["path"] for resource in schema().values()} | {extension.FILE}
    for file in sorted(folder.glob("*.csv")):
        if file.name in known:
            continue
        if file.is_symlink():
            errors.append(RowError(file.name, 0, "", files.LINKED_FILE))
        else:
            package.warnings.append(f"skipped {file.name}: not an HSDS 3.0 table")


@dataclass(frozen=True)
class _Table:
    """What reading one table's file needs to know of its fields."""

    name: str
    filename: str
    fields: dict[str, dict]
    converters: dict[str, values.Converter | None]
    required: list[str]
    unique: list[str]

    @classmethod
    def of(cls, resource: dict) -> _Table:
        fields = {spec["name"]: spec for spec in resource["schema"]["fields"]}
        constraint = {name: spec.get("constraints", {}) for name, spec in fields.items()}
        return cls(
            name=resource["name"],
            filename=resource["path"],
            fields=fields,
            converters={name: values.converter(spec) for name, spec in fields.items()},
            required=[name for name, c in constraint.items() if c.get("required")],
            unique=[name for name, c in constraint.items() if c.get("unique") and name != "id"],
        )


def _read_table(file: Path, table: _Table, package: Package, errors: list[RowError]) -> None:
    text = _text(file, table, errors)
    reader = csv.reader(io.StringIO(text or "", newline=""))
    header = None if text is None else _header(reader, table, errors)
    if header is None:
        package.unread.add(table.name)
        return
    read_row = _RowReader(header, table, errors, escaped=formulas.may_hold_escapes(text))
    if not _read_rows(reader, read_row):
        package.unread.add(table.name)
    package.tables[table.name] = read_row.rows
    package.lines[table.name] = read_row.lines
    if read_row.bad_ids:
        package.ids_in_bad_rows[table.name] = read_row.bad_ids


def _text(file: Path, table: _Table, errors: list[RowError]) -> str | None:
    """The whole file as text, or None (with the reason in ``errors``)."""
    try:
        data = files.read_bytes(file)
    except OSError as exc:
        errors.append(RowError(table.filename, 0, "", f"cannot be read ({exc.strerror})"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        errors.append(RowError(table.filename, row, "", NOT_UTF8))
        return None


def _header(reader: Iterator[list[str]], table: _Table, errors: list[RowError]):
    """The file's column names, or None (with the reasons in ``errors``) if it cannot be read."""
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        errors.append(RowError(table.filename, 1, "", f"is not a readable CSV file ({exc})"))
        return None
    separator = _other_separator(header)
    if separator:
        hint = f"this file uses {separator} between values: save it as CSV with commas"
        errors.append(RowError(table.filename, 1, "", hint))
        return None
    missing = [f for f in table.required if f not in header]
    for column in missing:
        errors.append(RowError(table.filename, 1, column, "required column is missing"))
    unknown = "is not an HSDS 3.0 field of this table"
    if table.name == extension.TABLE:
        unknown = f"is not a column of {extension.FILE} (see resources/hsds/EXTENSION.md)"
    for column in header:
        if column not in table.fields:
            errors.append(RowError(table.filename, 1, column, unknown))
    twice = len(set(header)) != len(header)
    if twice:
        errors.append(RowError(table.filename, 1, "", "a column name appears twice"))
    return None if missing or twice else header


def _other_separator(header: list[str]) -> str | None:
    """How the values of a file saved with another separator are separated, else None."""
    for mark, name in ((";", "';'"), ("\t", "tabs")):
        if any(mark in column for column in header):
            return name
    return None


def _read_rows(reader: Iterator[list[str]], read_row: _RowReader) -> bool:
    """Read every row; False when the rest of the file could not be read."""
    row_number = 1
    try:
        for cells in reader:
            row_number += 1
            read_row(cells, row_number)
    except csv.Error as exc:
        read_row.problem(row_number + 1, "", f"is not valid CSV ({exc})")
        return False
    return True


class _RowReader:
    """Turns each row of one file into a dict of typed values, noting what is wrong with it."""

    def __init__(self, header: list[str], table: _Table, errors: list[RowError], *, escaped):
        self.header, self.table, self.errors = header, table, errors
        self.typed = _typed_columns(header, table, escaped)
        self.required = table.required
        self.rule = rules.RULES.get(table.name)
        self.seen: dict[str, dict] = {f: {} for f in ["id", *table.unique] if f in header}
        self.rows: list[dict] = []
        self.lines: list[int] = []
        self.bad_ids: set[str] = set()

    def problem(self, row_number: int, column: str, reason: str) -> None:
        self.errors.append(RowError(self.table.filename, row_number, column, reason))

    def __call__(self, cells: list[str], row_number: int) -> None:
        texts = [cell.strip() or None for cell in cells]
        if not any(texts):
            return
        if len(cells) != len(self.header):
            self._refuse_row(cells, row_number)
            return
        row = dict(zip(self.header, texts, strict=True))
        bad: tuple[str, ...] = ()
        for column, convert in self.typed:
            text = row[column]
            if text is not None:
                try:
                    row[column] = convert(text)
                except ValueError as exc:
                    self.problem(row_number, column, str(exc))
                    row[column] = None
                    bad += (column,)
        for column in self.required:
            if row[column] is None and column not in bad:
                self.problem(row_number, column, "is required")
        if self.rule is not None:
            for column, reason in self.rule(row):
                self.problem(row_number, column, reason)
        self._check_unique(row, row_number)
        self.rows.append(row)
        self.lines.append(row_number)

    def _refuse_row(self, cells: list[str], row_number: int) -> None:
        width = f"has {len(cells)} values but the header has {len(self.header)} columns"
        self.problem(row_number, "", width)
        if "id" in self.header and len(cells) > self.header.index("id"):
            self.bad_ids.add(cells[self.header.index("id")].strip().lower())

    def _check_unique(self, row: dict, row_number: int) -> None:
        for column, seen in self.seen.items():
            value = row[column]
            if value is None:
                continue
            if value in seen:
                what = "id" if column == "id" else f"value '{value}'"
                self.problem(row_number, column, f"duplicate {what} (also on row {seen[value]})")
            else:
                seen[value] = row_number


def _typed_columns(header: list[str], table: _Table, escaped: bool) -> list:
    """(column, converter) for each column whose cells need more than keeping as text."""
    typed = []
    for column in header:
        convert = table.converters.get(column)
        if escaped and table.fields.get(column, {}).get("type") == "string":
            convert = formulas.unescaping(convert)
        if convert is not None:
            typed.append((column, convert))
    return typed
