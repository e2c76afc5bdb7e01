"""The HSDS 3.0 standard as its official ``datapackage.json`` (beside this file) states it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATAPACKAGE = Path(__file__).resolve().parent / "datapackage.json"
# Insert order: every table after the tables it points at.
TABLE_ORDER = [
    "organization", "program", "service", "location", "service_at_location", "address",
    "phone", "schedule", "service_area", "language", "taxonomy", "taxonomy_term", "attribute",
]  # fmt: skip


@lru_cache(maxsize=1)
def schema() -> dict[str, dict]:
    """The HSDS 3.0 resources (tables) by name, from the official datapackage.json."""
    package = json.loads(DATAPACKAGE.read_text(encoding="utf-8"))
    return {resource["name"]: resource for resource in package["resources"]}


def fields(table: str) -> dict[str, dict]:
    """A table's field specs by name, in the standard's order."""
    return {spec["name"]: spec for spec in schema()[table]["schema"]["fields"]}


def columns(table: str) -> list[str]:
    """A table's column names, in the standard's order."""
    return list(fields(table))
