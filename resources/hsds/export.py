"""Exporting the database as an HSDS 3.0 CSV package, with the official datapackage.json, and
Harbor's translation extension beside it (``harbor_translations.csv``, see ``extension``)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from resources.db import create_schema
from resources.hsds import extension, files, formulas
from resources.hsds.schema import DATAPACKAGE, fields, schema
from resources.models import HSDS_MODELS


def export_package(engine: Engine, folder: str | Path) -> dict[str, int]:
    """Write every HSDS 3.0 table as CSV, with the official datapackage.json beside them.

    Tables Harbor does not keep are written with their header only, so the package is
    complete and validates against the standard. Every translation goes to
    ``harbor_translations.csv``, which the datapackage.json does not list (the header alone
    when there is none). Text a spreadsheet would run as a formula is written with a leading
    apostrophe, which import removes (see ``formulas``). Raises ExportRefused, writing
    nothing, when the folder or a file in it is a symbolic link.
    """
    folder = Path(folder)
    names = [r["path"] for r in schema().values()] + [extension.FILE, DATAPACKAGE.name]
    files.check_writable(folder, names)
    folder.mkdir(parents=True, exist_ok=True)
    create_schema(engine)  # a database built before the translation table gets it, empty
    counts: dict[str, int] = {}
    with Session(engine, future=True) as session:
        for name, resource in schema().items():
            model = HSDS_MODELS.get(name)
            rows = []
            if model is not None:
                rows = session.execute(select(model).order_by(model.id)).scalars().all()
            _write_table(folder / resource["path"], fields(name), rows)
            counts[name] = len(rows)
        translations = extension.stored(session)
        _write_table(folder / extension.FILE, extension.FIELDS, translations)
        counts[extension.TABLE] = len(translations)
    with files.open_for_writing(folder / DATAPACKAGE.name) as handle:
        handle.write(DATAPACKAGE.read_text(encoding="utf-8"))
    return counts


def _write_table(file: Path, specs: dict[str, dict], rows: list) -> None:
    columns = [(name, spec["type"] == "string") for name, spec in specs.items()]
    with files.open_for_writing(file) as handle:
        writer = csv.writer(handle)
        writer.writerow(specs)
        for row in rows:
            writer.writerow([_cell(getattr(row, name), is_text) for name, is_text in columns])


def _cell(value, is_text: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # Numbers stay numbers: a longitude of -122.4 is no formula.
    return formulas.escape(str(value)) if is_text else str(value)
