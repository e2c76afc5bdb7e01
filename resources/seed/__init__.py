"""The seed package: Harbor's own HSDS 3.0 CSV files (in this folder) with the Spanish texts of
its programs in ``harbor_translations.csv`` (Harbor's extension, ``hsds/EXTENSION.md``), and a
database built from them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from resources import hsds
from resources.db import create_schema

# The folder holding the seed's CSV files.
SEED = Path(__file__).resolve().parent


def build(engine: Engine) -> hsds.ImportReport:
    """Create the schema and import the seed package, replacing whatever resources were there.

    Raises hsds.ImportFailed, changing nothing, when the seed has errors.
    """
    create_schema(engine)
    return hsds.import_package(engine, SEED, replace=True)
