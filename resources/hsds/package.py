"""A package in memory: its rows by table, and the problems found in it."""

from __future__ import annotations

from dataclasses import dataclass, field

DANGLING = "points at {} '{}', which is not in the package or database"


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
    # The spreadsheet row number of each row of ``tables``, for errors about references.
    lines: dict[str, list[int]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Tables whose file could not be read, wholly or partly: nothing can say that a reference
    # into them dangles.
    unread: set[str] = field(default_factory=set)
    # The ids of rows refused whole (a wrong number of values): they are there, if broken.
    ids_in_bad_rows: dict[str, set[str]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(len(rows) for rows in self.tables.values())
