"""Editing a package's CSV files in tests, as a staff member would in a spreadsheet."""

import csv
from pathlib import Path

from resources import hsds


def read(package: Path, file: str) -> tuple[list[str], list[dict]]:
    with (package / file).open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames), list(reader)


def write(package: Path, file: str, header: list[str], rows: list[dict]) -> None:
    with (package / file).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(rows)


def add_rows(package: Path, table: str, *rows: dict) -> None:
    """Append rows to a table's file, creating it with the full HSDS header if it is missing."""
    resource = hsds.schema()[table]
    file = resource["path"]
    if (package / file).exists():
        header, existing = read(package, file)
    else:
        header, existing = [f["name"] for f in resource["schema"]["fields"]], []
    write(package, file, header, [*existing, *rows])
