"""HSDS packages cannot be turned against staff: no formulas a spreadsheet runs, no web
addresses that run script, no file read or written through a symbolic link."""

import csv
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from resources import hsds
from resources.models import HSDS_MODELS, Location, Organization, Service
from tests.resources.csvfiles import add_rows, read, write
from tests.resources.outcomes import failed_import

SERVICE_ID = "f371b078-3a7f-5874-aaaa-3385260565cf"  # SAGE in the seed
ORGANIZATION_ID = "2f0ccdb3-b93a-5da8-8cd7-bd54ac0463f8"  # its organization
# Cells a spreadsheet would run as a formula (or, for tab and CR, shift into one).
FORMULAS = {
    "name": '=HYPERLINK("https://example.org","open me")',
    "alternate_name": "+1+1",
    "description": "-2+3 leading minus",
    "eligibility_description": "@SUM(A1:A2)",
    "fees_description": "\t=1+1",
    "wait_time": "\r=1+1",
}
# Text that already looks escaped must come back exactly as it was, too.
LOOKS_ESCAPED = {
    "application_process": "'=already quoted",
    "accreditations": "''@twice",
    "licenses": "'tis a plain apostrophe",
    "alert": "a = b + c - d @ e",
}


def _set_service_texts(engine, values: dict) -> None:
    with Session(engine) as session, session.begin():
        session.execute(update(Service).where(Service.id == SERVICE_ID).values(**values))
        session.add(
            Location(
                id=str(uuid.uuid4()),
                location_type="physical",
                organization_id=ORGANIZATION_ID,
                name="=cmd|' /C calc'!A0",
                latitude=37.7,
                longitude=-122.4,
            )
        )


def _exported(folder: Path, file: str) -> tuple[list[str], list[list[str]]]:
    with (folder / file).open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


def test_exported_text_a_spreadsheet_would_run_is_escaped_and_numbers_stay_numbers(
    engine, tmp_path
):
    _set_service_texts(engine, FORMULAS)
    hsds.export_package(engine, tmp_path / "out")
    header, rows = _exported(tmp_path / "out", "services.csv")
    sage = dict(zip(header, next(r for r in rows if r[0] == SERVICE_ID), strict=True))
    assert {column: sage[column] for column in FORMULAS} == {
        column: "'" + value for column, value in FORMULAS.items()
    }
    header, rows = _exported(tmp_path / "out", "locations.csv")
    location = dict(zip(header, rows[0], strict=True))
    assert location["name"] == "'=cmd|' /C calc'!A0"
    assert (location["latitude"], location["longitude"]) == ("37.7", "-122.4")


def test_no_exported_text_cell_starts_a_formula(engine, tmp_path):
    _set_service_texts(engine, {**FORMULAS, **LOOKS_ESCAPED})
    hsds.export_package(engine, tmp_path / "out")
    for name, resource in hsds.schema().items():
        text_columns = [f["type"] == "string" for f in resource["schema"]["fields"]]
        for row in _exported(tmp_path / "out", resource["path"])[1]:
            for cell, is_text in zip(row, text_columns, strict=True):
                assert not (is_text and cell[:1] in ("=", "+", "-", "@", "\t", "\r")), (name, cell)


def test_escaped_text_comes_back_exactly_as_it_was_after_a_round_trip(engine, tmp_path):
    values = {**FORMULAS, **LOOKS_ESCAPED}
    _set_service_texts(engine, values)
    hsds.export_package(engine, tmp_path / "out")
    hsds.import_package(engine, tmp_path / "out", replace=True)
    with Session(engine) as session:
        sage = session.get(Service, SERVICE_ID)
        assert {column: getattr(sage, column) for column in values} == values
        names = session.execute(select(Location.name)).scalars().all()
    assert names == ["=cmd|' /C calc'!A0"]


# Every field the standard gives the uri format, in the tables Harbor keeps.
URI_FIELDS = [
    (name, spec["name"])
    for name, resource in hsds.schema().items()
    if name in HSDS_MODELS
    for spec in resource["schema"]["fields"]
    if spec.get("format") == "uri"
]


def test_the_uri_fields_checked_are_all_of_them():
    assert set(URI_FIELDS) == {
        ("organization", "website"),
        ("organization", "uri"),
        ("service", "url"),
        ("location", "url"),
        ("schedule", "schedule_link"),
        ("taxonomy", "uri"),
        ("taxonomy_term", "term_uri"),
    }


def _put(package: Path, table: str, column: str, value: str) -> str:
    """Write ``value`` into the first row of a table's file (a new row if it has none)."""
    file = hsds.schema()[table]["path"]
    if not (package / file).exists():
        add_rows(package, table, {"id": str(uuid.uuid4()), "location_type": "physical"})
    header, rows = read(package, file)
    rows[0][column] = value
    write(package, file, header if column in header else [*header, column], rows)
    return file


@pytest.mark.parametrize(("table", "column"), URI_FIELDS)
def test_a_script_address_is_refused_in_every_uri_field(engine, seed_copy, table, column):
    file = _put(seed_copy, table, column, "javascript:alert(1)")
    assert failed_import(engine, seed_copy) == [
        f"{file}, row 2, {column}: 'javascript:alert(1)' is not a web address "
        "(start it with https://)"
    ]


@pytest.mark.parametrize(
    "address",
    [
        "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "ftp://example.org/form.pdf",
        "vbscript:msgbox(1)",
        "https:/example.org",
        "http://",
    ],
)
def test_only_http_and_https_addresses_are_accepted(engine, seed_copy, address):
    _put(seed_copy, "service", "url", address)
    assert failed_import(engine, seed_copy) == [
        f"services.csv, row 2, url: '{address}' is not a web address (start it with https://)"
    ]


def test_web_addresses_in_any_case_are_kept_as_written(engine, seed_copy):
    _put(seed_copy, "service", "url", "HTTPS://Example.org/apply?step=1#top")
    _put(seed_copy, "organization", "website", "http://example.org")
    hsds.import_package(engine, seed_copy)
    with Session(engine) as session:
        assert session.get(Service, SERVICE_ID).url == "HTTPS://Example.org/apply?step=1#top"
        assert session.get(Organization, ORGANIZATION_ID).website == "http://example.org"


def _problems(engine, path) -> list[str]:
    """What validate and import both say about ``path``; they must say the same."""
    errors, _ = hsds.validate_package(engine, path)
    assert failed_import(engine, path) == [str(e) for e in errors]
    return [str(e) for e in errors]


def test_a_package_path_that_is_a_symlink_is_refused(engine, seed_copy, tmp_path):
    folder_link = tmp_path / "link"
    folder_link.symlink_to(seed_copy, target_is_directory=True)
    json_link = tmp_path / "elsewhere" / "datapackage.json"
    json_link.parent.mkdir()
    json_link.symlink_to(hsds.DATAPACKAGE)
    for link in (folder_link, json_link):
        assert _problems(engine, link) == [
            f"{link}: is a symbolic link; give the package folder itself"
        ]


@pytest.mark.parametrize("name", ["services.csv", "funding.csv", "notes.csv"])
def test_a_csv_that_is_a_symlink_is_refused_and_never_read(engine, seed_copy, tmp_path, name):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:the first line of a system file\n")
    (seed_copy / name).unlink(missing_ok=True)
    (seed_copy / name).symlink_to(secret)
    problems = _problems(engine, seed_copy)
    assert problems == [f"{name}: is a symbolic link; copy the file itself into the package"]


def test_a_csv_that_is_not_a_plain_file_is_refused(engine, seed_copy):
    (seed_copy / "phones.csv").unlink()
    (seed_copy / "phones.csv").mkdir()
    assert _problems(engine, seed_copy) == ["phones.csv: is not a file"]


@pytest.mark.parametrize("name", ["services.csv", "datapackage.json"])
def test_export_refuses_to_write_through_a_symlink(engine, tmp_path, name):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / name).symlink_to(victim)
    with pytest.raises(hsds.ExportRefused) as refused:
        hsds.export_package(engine, out)
    assert str(refused.value) == (
        f"{out / name} is a symbolic link; Harbor does not write through one: "
        "remove it or export to another folder"
    )
    assert victim.read_text() == "keep me"
    assert [p.name for p in out.iterdir()] == [name], "nothing may be written after a refusal"


def test_export_refuses_a_target_folder_that_is_a_symlink(engine, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    with pytest.raises(hsds.ExportRefused) as refused:
        hsds.export_package(engine, link)
    assert str(refused.value) == (
        f"{link} is a symbolic link; Harbor does not write through one: "
        "remove it or export to another folder"
    )
    assert list(real.iterdir()) == []
