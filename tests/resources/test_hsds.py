"""HSDS packages: every bad input is reported precisely and changes nothing; exports validate."""

import gc
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

from resources import hsds, places, search_tables
from resources.hsds import load
from resources.models import HSDS_MODELS, Phone
from resources.search import Query, search
from tests.resources.csvfiles import read, write
from tests.resources.outcomes import failed_import, snapshot

SERVICE_ID = "f371b078-3a7f-5874-aaaa-3385260565cf"  # SAGE in the seed


def test_seed_imports_and_reimporting_it_updates_in_place(engine, seed_copy):
    report = hsds.import_package(engine, seed_copy)
    assert sum(report.inserted.values()) == 0 and report.updated["service"] == 21
    assert snapshot(engine)["counts"]["service"] == 21


def test_missing_required_column(engine, seed_copy):
    header, rows = read(seed_copy, "services.csv")
    header.remove("name")
    for row in rows:
        del row["name"]
    write(seed_copy, "services.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "services.csv, row 1, name: required column is missing"
    ]


def test_bad_uuid(engine, seed_copy):
    header, rows = read(seed_copy, "phones.csv")
    rows[2]["id"] = "not-a-uuid"
    write(seed_copy, "phones.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "phones.csv, row 4, id: 'not-a-uuid' is not a valid uuid"
    ]


def test_bad_latitude_and_longitude(engine, seed_copy):
    header = [f["name"] for f in hsds.schema()["location"]["schema"]["fields"]]
    rows = [
        {
            "id": str(uuid.uuid4()),
            "location_type": "physical",
            "latitude": "95",
            "longitude": "-122.4",
        },
        {
            "id": str(uuid.uuid4()),
            "location_type": "physical",
            "latitude": "37.7",
            "longitude": "west",
        },
    ]
    write(seed_copy, "locations.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "locations.csv, row 2, latitude: latitude 95 is outside -90..90",
        "locations.csv, row 3, longitude: 'west' is not a number",
    ]


def test_unknown_need_id(engine, seed_copy):
    header, rows = read(seed_copy, "taxonomy_terms.csv")
    need = next(r for r in rows if r["code"] == "need:housing")
    rows.append({**need, "id": str(uuid.uuid4()), "code": "need:shelter", "name": "shelter"})
    write(seed_copy, "taxonomy_terms.csv", header, rows)
    errors = failed_import(engine, seed_copy)
    assert len(errors) == 1
    assert errors[0].startswith(
        f"taxonomy_terms.csv, row {len(rows) + 1}, code: unknown need id 'shelter'"
    )


def test_duplicate_id(engine, seed_copy):
    header, rows = read(seed_copy, "services.csv")
    rows.append(dict(rows[0]))
    write(seed_copy, "services.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        f"services.csv, row {len(rows) + 1}, id: duplicate id (also on row 2)"
    ]


def test_dangling_foreign_keys(engine, seed_copy):
    ghost = str(uuid.uuid4())
    header, rows = read(seed_copy, "phones.csv")
    rows[0]["service_id"] = ghost
    write(seed_copy, "phones.csv", header, rows)
    header, rows = read(seed_copy, "attributes.csv")
    rows[5]["link_id"] = ghost
    write(seed_copy, "attributes.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        f"phones.csv, row 2, service_id: points at service '{ghost}', which is not in the package or database",
        f"attributes.csv, row 7, link_id: points at service '{ghost}', which is not in the package or database",
    ]


def test_unreadable_service_area(engine, seed_copy):
    header, rows = read(seed_copy, "service_areas.csv")
    rows[0]["extent"] = ""
    rows[0]["name"] = "Portland"
    rows[1]["extent"] = "city:CA:Atlantis"
    write(seed_copy, "service_areas.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "service_areas.csv, row 2, extent: 'Portland' could be Portland, OR or Portland, ME; add the state",
        "service_areas.csv, row 3, extent: there is no city 'Atlantis' in 'CA'",
    ]


def test_malformed_csv_rows_and_files(engine, seed_copy):
    lines = (seed_copy / "phones.csv").read_text().splitlines()
    lines.insert(2, "just,three,cells")
    (seed_copy / "phones.csv").write_text("\n".join(lines) + "\n")
    (seed_copy / "languages.csv").write_bytes(b"id,name\n\xff\xfe\x00garbage\n")
    errors = failed_import(engine, seed_copy)
    assert "phones.csv, row 3: has 3 values but the header has 10 columns" in errors
    # The row of the first byte that is not UTF-8.
    assert (
        "languages.csv, row 2: is not UTF-8 text: save it from the spreadsheet as 'CSV UTF-8'"
        in errors
    )


def test_bad_values_of_each_type(engine, seed_copy):
    header, rows = read(seed_copy, "services.csv")
    rows[0].update(status="open", minimum_age="twelve", url="www.example", email="nobody")
    write(seed_copy, "services.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "services.csv, row 2, url: 'www.example' is not a web address (start it with https://)",
        "services.csv, row 2, email: 'nobody' is not an email address",
        "services.csv, row 2, status: 'open' is not one of active, inactive, defunct, temporarily closed",
        "services.csv, row 2, minimum_age: 'twelve' is not a number",
    ]


def test_not_a_package(engine, tmp_path):
    assert failed_import(engine, tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}: no such folder"
    ]
    assert failed_import(engine, tmp_path) == [
        f"{tmp_path}: no HSDS CSV files found (services.csv, …)"
    ]


def test_a_failure_while_writing_rolls_everything_back(engine, seed_copy, monkeypatch):
    header, rows = read(seed_copy, "services.csv")
    rows[0]["name"] = "Renamed during a failed import"
    write(seed_copy, "services.csv", header, rows)
    before = snapshot(engine)

    def explode(session, *_tables):
        raise RuntimeError("disk full")

    monkeypatch.setattr(search_tables, "rebuild", explode)
    with pytest.raises(RuntimeError):
        hsds.import_package(engine, seed_copy, replace=True)
    assert snapshot(engine) == before


def test_validate_reports_without_importing(empty_engine, seed_copy):
    header, rows = read(seed_copy, "phones.csv")
    rows[0]["id"] = "nope"
    write(seed_copy, "phones.csv", header, rows)
    errors, _ = hsds.validate_package(empty_engine, seed_copy)
    assert [str(e) for e in errors] == ["phones.csv, row 2, id: 'nope' is not a valid uuid"]
    assert snapshot(empty_engine)["counts"]["service"] == 0


def test_tables_harbor_does_not_keep_are_named_not_silently_dropped(engine, seed_copy):
    (seed_copy / "funding.csv").write_text(
        f"id,service_id,source\n{uuid.uuid4()},{SERVICE_ID},a grant\n"
    )
    (seed_copy / "notes.csv").write_text("a,b\n1,2\n")
    report = hsds.import_package(engine, seed_copy)
    assert report.warnings == [
        "skipped funding.csv (1 rows): Harbor does not use this table",
        "skipped notes.csv: not an HSDS 3.0 table",
    ]


def test_times_are_stored_in_table_schema_form(engine, seed_copy):
    header, rows = read(seed_copy, "schedules.csv")
    rows[0]["opens_at"], rows[0]["closes_at"] = "9:00", "17:30"
    write(seed_copy, "schedules.csv", header, rows)
    assert "is not a time" in failed_import(engine, seed_copy)[0]
    rows[0]["opens_at"] = "09:00"
    write(seed_copy, "schedules.csv", header, rows)
    hsds.import_package(engine, seed_copy)
    _, exported = read(_export(engine, seed_copy.parent / "out"), "schedules.csv")
    assert {(r["opens_at"], r["closes_at"]) for r in exported} >= {("09:00:00", "17:30:00")}


def _export(engine, folder: Path) -> Path:
    hsds.export_package(engine, folder)
    return folder


def test_export_validates_against_hsds_with_zero_errors(engine, tmp_path):
    from frictionless import validate

    folder = _export(engine, tmp_path / "export")
    # Every HSDS table, plus Harbor's one documented extension (EXTENSION.md), which the
    # official datapackage.json does not list.
    assert sorted(p.name for p in folder.glob("*.csv")) == sorted(
        [r["path"] for r in hsds.schema().values()] + ["harbor_translations.csv"]
    )
    report = validate(str(folder / "datapackage.json"))
    problems = [(t.resource.name, e.message) for t in report.tasks for e in t.errors]
    assert report.valid and problems == [] and report.stats["tasks"] == 21


def test_export_then_reimport_gives_the_same_search_results(engine, empty_engine, tmp_path):
    folder = _export(engine, tmp_path / "export")
    # Round trip into a second database (a different file, or the same PostgreSQL after a wipe).
    queries = [
        Query(places.resolve(p).place, needs, system=s)
        for p, needs, s in [
            ("San Francisco", ("housing",), None),
            ("Los Angeles", (), "probation"),
            ("multnomah county", ("safety",), None),
            ("Atlanta", ("prevention",), None),
            ("Hartford, CT", (), None),
            ("Atlantis", (), None),
        ]
    ]

    def answers(db):
        out = []
        for q in queries:
            r = search(db, q, page_size=20)
            out.append(
                (
                    [(m.name, m.reasons, [str(x) for x in m.reach]) for m in r.services],
                    [(c.name, c.reach) for c in r.contacts],
                )
            )
        return out

    expected = answers(engine)
    hsds.import_package(engine, folder, replace=True)
    assert answers(engine) == expected


def test_datapackage_is_the_official_hsds_3_copy():
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "hsds-3.0" / "datapackage.json"
    if not shared.exists():
        pytest.fail(f"expected the official package at {shared}")
    assert hsds.DATAPACKAGE.read_bytes() == shared.read_bytes()


def test_big_imports_show_a_progress_bar_and_small_ones_do_not(engine, seed_copy, capsys):
    hsds.import_package(engine, seed_copy)
    assert "importing" not in capsys.readouterr().err
    header, rows = read(seed_copy, "attributes.csv")
    extra = dict(rows[0])
    rows += [
        {**extra, "id": str(uuid.UUID(int=n, version=4))} for n in range(load.PROGRESS_MIN_ROWS)
    ]
    write(seed_copy, "attributes.csv", header, rows)
    hsds.import_package(engine, seed_copy)
    err = capsys.readouterr().err
    assert "importing" in err and "rows" in err
    # Big imports rebuild the secondary indexes after loading; they must all be back.
    from sqlalchemy import inspect

    from resources.models import Base

    for table in Base.metadata.sorted_tables:
        expected = {idx.name for idx in table.indexes}
        assert expected <= {i["name"] for i in inspect(engine).get_indexes(table.name)}
    assert (
        search(engine, Query(places.resolve("94110").place, ("housing",))).services[0].name
        == "SAGE services for young women"
    )


def test_a_merge_import_changes_only_the_columns_the_file_has(engine, tmp_path):
    package = tmp_path / "partial"
    package.mkdir()
    org = "2f0ccdb3-b93a-5da8-8cd7-bd54ac0463f8"  # SAGE's organization in the seed
    (package / "services.csv").write_text(
        f"id,organization_id,name,status\n{SERVICE_ID},{org},SAGE (renamed),active\n"
    )
    report = hsds.import_package(engine, package)
    assert report.updated["service"] == 1
    sage = search(engine, Query(places.resolve("San Francisco").place, ("housing",))).services[0]
    assert sage.name == "SAGE (renamed)"
    assert sage.description.startswith("Survivor-focused support for young women")


def test_a_column_hsds_does_not_have_is_named_not_a_crash(engine, seed_copy):
    header, rows = read(seed_copy, "services.csv")
    for row in rows:
        row["favourite_colour"] = "blue"
    write(seed_copy, "services.csv", [*header, "favourite_colour"], rows)
    assert failed_import(engine, seed_copy) == [
        "services.csv, row 1, favourite_colour: is not an HSDS 3.0 field of this table"
    ]


def test_the_cycle_collector_is_paused_for_an_import_and_always_restored(
    engine, seed_copy, monkeypatch
):
    seen = []
    rebuild = search_tables.rebuild

    def watch(session, tables=None):
        seen.append(gc.isenabled())
        rebuild(session, tables)

    monkeypatch.setattr(search_tables, "rebuild", watch)
    assert gc.isenabled()
    hsds.import_package(engine, seed_copy)
    assert seen == [False] and gc.isenabled()

    header, rows = read(seed_copy, "services.csv")
    rows[0]["id"] = "not-a-uuid"
    write(seed_copy, "services.csv", header, rows)
    with pytest.raises(hsds.ImportFailed):
        hsds.import_package(engine, seed_copy)
    assert gc.isenabled()


def _foreign_keys_in(engine) -> set[str]:
    found = inspect(engine)
    return {fk["name"] for table in HSDS_MODELS for fk in found.get_foreign_keys(table)}


def test_a_big_import_leaves_every_foreign_key_enforced(engine, seed_copy, monkeypatch):
    monkeypatch.setattr(load, "PROGRESS_MIN_ROWS", 0)  # the seed counts as big
    expected = {fk.name for fk in load._foreign_keys() if fk.table.name in HSDS_MODELS}
    assert _foreign_keys_in(engine) == expected
    hsds.import_package(engine, seed_copy, replace=True, progress=False)
    assert _foreign_keys_in(engine) == expected
    # The models still create their tables with their foreign keys afterwards.
    assert "FOREIGN KEY" in str(CreateTable(Phone.__table__).compile(dialect=engine.dialect))
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        session.add(Phone(id=str(uuid.uuid4()), number="555-0100", service_id=str(uuid.uuid4())))


def test_a_big_import_that_fails_keeps_its_foreign_keys(engine, seed_copy, monkeypatch):
    monkeypatch.setattr(load, "PROGRESS_MIN_ROWS", 0)
    before = _foreign_keys_in(engine)

    def explode(session, *_tables):
        raise RuntimeError("disk full")

    monkeypatch.setattr(search_tables, "rebuild", explode)
    with pytest.raises(RuntimeError):
        hsds.import_package(engine, seed_copy, replace=True, progress=False)
    assert _foreign_keys_in(engine) == before and before
