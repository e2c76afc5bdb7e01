"""HSDS 3.0 CSV packages: read and check them, import them in one transaction, export them.

The rules come from the official ``datapackage.json`` beside these modules: field types and
formats, required fields, enums, primary and foreign keys. On top of those, Harbor checks what
a directory needs (numbers that can be dialled, ages in order, web addresses only) and what
its search depends on: service areas it can read and facet terms it knows.

Every problem is reported as a :class:`RowError` naming the file, the spreadsheet row (the
header is row 1), the field and the reason; an import with any error changes nothing.

- ``schema``: the standard, from datapackage.json
- ``read``: a folder of CSV files into typed rows (``values``: one cell into its value;
  ``rules``: what a row needs beyond its types)
- ``check``: references, facet terms and service areas across the package
- ``load``: validate and import, in one transaction
- ``export``: the database as a package
- ``files``: which files may be read or written (never through a symbolic link)
- ``formulas``: exported text escaped so that a spreadsheet never runs it
- ``extension``: Harbor's one extension, texts in other languages (``harbor_translations.csv``,
  described in ``EXTENSION.md``), read, checked, imported and exported with the package
"""

from resources.hsds.check import check_package
from resources.hsds.export import export_package
from resources.hsds.files import ExportRefused
from resources.hsds.load import ImportReport, import_package, validate_package
from resources.hsds.package import ImportFailed, Package, RowError
from resources.hsds.read import read_package
from resources.hsds.schema import DATAPACKAGE, schema

__all__ = [
    "DATAPACKAGE",
    "ExportRefused",
    "ImportFailed",
    "ImportReport",
    "Package",
    "RowError",
    "check_package",
    "export_package",
    "import_package",
    "read_package",
    "schema",
    "validate_package",
]
