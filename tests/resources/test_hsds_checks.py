"""What the import checks for a directory to be right, beyond the types of HSDS fields: numbers
a young person can call, ages in order, the standard's spelling, and every problem at once."""

import csv
import uuid

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from resources import hsds, places
from resources.models import Phone, Schedule, Service
from resources.search import Query, search
from tests.resources.csvfiles import read, write
from tests.resources.outcomes import failed_import

SERVICE_ID = "f371b078-3a7f-5874-aaaa-3385260565cf"  # SAGE in the seed


def _set_first_phone(package, **values) -> str:
    header, rows = read(package, "phones.csv")
    rows[0].update(values)
    write(package, "phones.csv", header, rows)
    return rows[0]["id"]


@pytest.mark.parametrize(
    "number",
    ["call the front desk", "TBD", "12", "call 415-555-0100", "see website", "+", "555-0100 ask"],
)
def test_a_phone_number_must_be_digits_someone_can_dial(engine, seed_copy, number):
    _set_first_phone(seed_copy, number=number)
    assert failed_import(engine, seed_copy) == [
        f"phones.csv, row 2, number: '{number}' is not a phone number: "
        "write its ten digits, area code first"
    ]


@pytest.mark.parametrize(
    "number", ["911", "233733", "+1 (415) 555-0100", "415.555.0100", "1-800-555-HELP"]
)
def test_phone_numbers_as_people_write_them_are_kept_as_written(engine, seed_copy, number):
    phone_id = _set_first_phone(seed_copy, number=number)
    hsds.import_package(engine, seed_copy)
    with Session(engine) as session:
        assert session.get(Phone, phone_id).number == number


@pytest.mark.parametrize(
    ("written", "number", "extension"),
    [
        ("(415) 555-0100 x12", "(415) 555-0100", 12),
        ("(415) 555-0100 ext. 12", "(415) 555-0100", 12),
        ("415-555-0100, extension 7", "415-555-0100", 7),
        ("415-555-0100 X 305", "415-555-0100", 305),
        ("415-555-0100 Ext12", "415-555-0100", 12),
    ],
)
def test_an_extension_written_in_the_number_goes_to_the_extension_field(
    engine, seed_copy, written, number, extension
):
    phone_id = _set_first_phone(seed_copy, number=written)
    hsds.import_package(engine, seed_copy)
    with Session(engine) as session:
        phone = session.get(Phone, phone_id)
        assert (phone.number, phone.extension) == (number, extension)


def test_an_extension_in_the_number_and_another_in_its_column_is_refused(engine, seed_copy):
    _set_first_phone(seed_copy, number="(415) 555-0100 x12", extension="13")
    assert failed_import(engine, seed_copy) == [
        "phones.csv, row 2, extension: the number ends in extension 12 but this column says 13"
    ]
    _set_first_phone(seed_copy, number="(415) 555-0100 x12", extension="12")
    hsds.import_package(engine, seed_copy)


def test_a_phone_file_without_an_extension_column_leaves_other_extensions_alone(engine, seed_copy):
    _, rows = read(seed_copy, "phones.csv")
    with Session(engine) as session, session.begin():
        session.execute(update(Phone).where(Phone.id == rows[1]["id"]).values(extension=5))
    partial = seed_copy.parent / "partial"
    partial.mkdir()
    write(
        partial,
        "phones.csv",
        ["id", "number"],
        [
            {"id": rows[0]["id"], "number": "(415) 555-0100 x12"},
            {"id": rows[1]["id"], "number": rows[1]["number"]},
        ],
    )
    hsds.import_package(engine, partial)
    with Session(engine) as session:
        assert session.get(Phone, rows[0]["id"]).extension == 12
        assert session.get(Phone, rows[1]["id"]).extension == 5


def test_a_minimum_age_above_the_maximum_age_is_refused(engine, seed_copy):
    header, rows = read(seed_copy, "services.csv")
    rows[0].update(minimum_age="24", maximum_age="12")
    rows[1].update(minimum_age="12", maximum_age="12")
    write(seed_copy, "services.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "services.csv, row 2, maximum_age: the maximum age 12 is below the minimum age 24; "
        "swap them or correct one"
    ]


def test_enumerations_match_in_any_case_and_are_stored_as_the_standard_spells_them(
    engine, seed_copy
):
    header, rows = read(seed_copy, "services.csv")
    rows[0]["status"] = "Active"
    rows[1]["status"] = " TEMPORARILY  closed "
    write(seed_copy, "services.csv", header, rows)
    header, schedules = read(seed_copy, "schedules.csv")
    schedules[0].update(wkst="mo", freq="Weekly")
    write(seed_copy, "schedules.csv", header, schedules)
    hsds.import_package(engine, seed_copy)
    with Session(engine) as session:
        assert session.get(Service, rows[0]["id"]).status == "active"
        assert session.get(Service, rows[1]["id"]).status == "temporarily closed"
        schedule = session.get(Schedule, schedules[0]["id"])
        assert (schedule.wkst, schedule.freq) == ("MO", "WEEKLY")
    found = search(engine, Query(places.resolve("San Francisco").place, ("housing",)))
    assert found.services[0].service_id == SERVICE_ID


@pytest.mark.parametrize(("separator", "said"), [(";", "';'"), ("\t", "tabs")])
def test_a_file_not_separated_by_commas_gets_one_hint(engine, seed_copy, separator, said):
    header, rows = read(seed_copy, "services.csv")
    with (seed_copy / "services.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, delimiter=separator)
        writer.writeheader()
        writer.writerows(rows)
    # The files that point at services.csv cannot be checked against it, and say nothing.
    assert failed_import(engine, seed_copy) == [
        f"services.csv, row 1: this file uses {said} between values: save it as CSV with commas"
    ]


def test_every_problem_of_a_package_is_reported_in_one_run(engine, seed_copy):
    ghost = str(uuid.uuid4())
    header, rows = read(seed_copy, "services.csv")
    rows[0]["minimum_age"] = "twelve"
    write(seed_copy, "services.csv", header, rows)
    _set_first_phone(seed_copy, service_id=ghost, number="call the front desk")
    expected = [
        "services.csv, row 2, minimum_age: 'twelve' is not a number",
        "phones.csv, row 2, number: 'call the front desk' is not a phone number: "
        "write its ten digits, area code first",
        f"phones.csv, row 2, service_id: points at service '{ghost}', "
        "which is not in the package or database",
    ]
    errors, _ = hsds.validate_package(engine, seed_copy)
    assert [str(e) for e in errors] == expected
    assert failed_import(engine, seed_copy) == expected


def test_a_reference_to_a_row_with_other_problems_is_not_called_dangling(engine, seed_copy):
    header, rows = read(seed_copy, "services.csv")
    rows[0]["status"] = "open"
    write(seed_copy, "services.csv", header, rows)
    assert failed_import(engine, seed_copy) == [
        "services.csv, row 2, status: 'open' is not one of active, inactive, defunct, "
        "temporarily closed"
    ]
