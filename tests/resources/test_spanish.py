"""Harbor speaks Spanish: every seed program has a Spanish description a young person can read,
the translations round-trip through HSDS import and export (Harbor's documented extension),
an English-only package still works, and a Spanish search shows Spanish words only."""

from __future__ import annotations

import csv
import re
import shutil
import uuid

import pytest
import textstat
from sqlalchemy import select
from sqlalchemy.orm import Session

from resources import areas, facets, hsds, places, reasons
from resources.hsds import extension
from resources.models import Translation
from resources.search import Query, search
from resources.seed import SEED
from tests.resources.csvfiles import add_rows, read, write
from tests.resources.outcomes import failed_import

SAGE = "f371b078-3a7f-5874-aaaa-3385260565cf"
MLMC = "571a4daa-20e0-509f-8db4-51a5c686a0ac"
MLMC_AREA = "d0d1e2cf-21b6-5afb-b396-5b8c8ba90103"
MAX_WORDS = 40
MIN_SPANISH_EASE = 70.0
# Words that blame or label a young person (survivor-centred Spanish never uses them).
BLAMING = re.compile(r"prostitu\w*|\bputa\w*|ramera", re.IGNORECASE)
# Every fixed English phrase a reason can hold, and every English need and population label:
# none may reach a Spanish result.
ENGLISH_PHRASES = re.compile(
    "|".join(
        rf"\b{re.escape(phrase)}\b"
        for phrase in [
            *(phrase.split("{}")[0].strip() for phrase in reasons.PHRASES["en"].values()),
            *reasons.SYSTEM_PHRASES.values(),
            *facets.NEEDS.values(),
            *facets.POPULATIONS.values(),
            "the whole US",
        ]
    )
)


def _rows(file: str) -> list[dict]:
    with (SEED / file).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _seed_spanish() -> dict[tuple[str, str, str], str]:
    return {
        (r["link_entity"], r["link_id"], r["field"]): r["value"]
        for r in _rows(extension.FILE)
        if r["language"] == "es"
    }


def _described() -> list:
    """Every seed service and program, with its English description."""
    return [
        pytest.param(entity, row["id"], row["description"], id=row["name"][:40])
        for entity, file in (("service", "services.csv"), ("program", "programs.csv"))
        for row in _rows(file)
        if row["description"]
    ]


@pytest.fixture
def spanish_ease():
    """Fernández-Huerta reading ease with Spanish syllables; textstat's language is global, so
    it is put back to English afterwards."""
    textstat.set_lang("es")
    yield textstat.fernandez_huerta
    textstat.set_lang("en")


@pytest.mark.parametrize(("entity", "row_id", "english"), _described())
def test_every_seed_program_has_a_spanish_description_a_young_person_can_read(
    entity, row_id, english, spanish_ease
):
    spanish = _seed_spanish().get((entity, row_id, "description"))
    assert spanish, f"no Spanish description for {entity} {row_id}"
    assert spanish != english
    assert len(spanish.split()) <= MAX_WORDS, spanish
    assert spanish_ease(spanish) >= MIN_SPANISH_EASE, spanish
    assert not BLAMING.search(spanish)
    # Nothing the English does not say: no number, address or website of its own.
    assert set(re.findall(r"\d+", spanish)) <= set(re.findall(r"\d+", english)), spanish
    assert not re.search(r"https?://|www\.|@", spanish)


def test_the_seed_translates_only_what_it_may_and_reads_as_spanish(spanish_ease):
    for (entity, _, field), value in _seed_spanish().items():
        assert field in extension.TRANSLATABLE[entity]
        assert not BLAMING.search(value)
    area = _seed_spanish()[("service_area", MLMC_AREA, "name")]
    assert area == "varios lugares de EE. UU., como ciudades de California"


# ---- the extension: import and export -----------------------------------------------------


def _stored(engine) -> dict[tuple[str, str, str, str], str]:
    with Session(engine) as session:
        return {
            (t.link_entity, t.link_id, t.field, t.language): t.value
            for t in session.execute(select(Translation)).scalars()
        }


def test_the_seed_imports_every_translation(engine):
    stored = _stored(engine)
    assert {key[:3]: value for key, value in stored.items()} == _seed_spanish()
    assert {key[3] for key in stored} == {"es"}


def test_export_then_import_gives_back_the_same_spanish_text(engine, seed_copy, tmp_path):
    tricky = "-¿Tienes dudas?\n«Escríbenos»: =ayuda, 'hola' y ñandú"  # a formula, quotes, lines
    header, rows = read(seed_copy, extension.FILE)
    rows.append(_translation(SAGE, "eligibility_description", tricky))
    write(seed_copy, extension.FILE, header, rows)
    hsds.import_package(engine, seed_copy)
    before = _stored(engine)
    assert before[("service", SAGE, "eligibility_description", "es")] == tricky
    out = tmp_path / "out"
    counts = hsds.export_package(engine, out)
    assert counts[extension.TABLE] == len(before) == len(_seed_spanish()) + 1
    # Start from nothing Spanish (an English-only package), then bring the export back.
    (seed_copy / extension.FILE).unlink()
    hsds.import_package(engine, seed_copy, replace=True)
    assert _stored(engine) == {}
    hsds.import_package(engine, out, replace=True)
    assert _stored(engine) == before


def test_an_exported_package_with_translations_still_validates_against_hsds(engine, tmp_path):
    from frictionless import validate

    hsds.export_package(engine, tmp_path / "out")
    _, exported = read(tmp_path / "out", extension.FILE)
    assert len(exported) == len(_seed_spanish())
    report = validate(str(tmp_path / "out" / "datapackage.json"))
    assert report.valid, [e.message for t in report.tasks for e in t.errors]


def test_an_english_only_package_imports_and_spanish_falls_back_to_english(engine, seed_copy):
    (seed_copy / extension.FILE).unlink()
    report = hsds.import_package(engine, seed_copy, replace=True)
    assert report.warnings == [] and report.inserted["service"] == 21
    found = _spanish(engine, "San Francisco", ("housing",)).services[0]
    assert found.service_id == SAGE
    assert found.description.startswith("Survivor-focused support for young women")
    # The words Harbor itself adds are Spanish all the same.
    assert found.reasons == [
        "ayuda con un lugar seguro para quedarte",
        "atiende en San Francisco, CA",
    ]
    mlmc = next(m for m in _spanish(engine, None, ("prevention",)).services if m.service_id == MLMC)
    assert mlmc.area == "several places across the US, including cities in California"


def test_a_merge_import_adds_and_updates_translations_and_keeps_the_others(engine, tmp_path):
    package = tmp_path / "spanish-only"
    package.mkdir()
    new_text = "Apoyo para mujeres jóvenes que quieren salir de la explotación sexual."
    rows = [
        _translation(SAGE, "description", new_text),
        _translation(SAGE, "eligibility_description", "Mujeres jóvenes en San Francisco."),
    ]
    write(package, extension.FILE, list(extension.FIELDS), rows)
    report = hsds.import_package(engine, package)
    assert report.updated[extension.TABLE] == 1 and report.inserted[extension.TABLE] == 1
    stored = _stored(engine)
    assert stored[("service", SAGE, "description", "es")] == new_text
    assert len(stored) == len(_seed_spanish()) + 1


def _translation(link_id: str, field: str, value: str, **changes) -> dict:
    row = {
        "link_entity": "service",
        "link_id": link_id,
        "field": field,
        "language": "es",
        "value": value,
    }
    return {**row, **changes}


def test_bad_translations_are_named_precisely_and_change_nothing(engine, seed_copy):
    ghost = str(uuid.uuid4())
    header, rows = read(seed_copy, extension.FILE)
    rows += [
        _translation(SAGE, "name", "Servicios SAGE"),
        _translation(SAGE, "description", "Hola", language="spanish"),
        _translation(SAGE, "description", "Hello", language="EN"),
        _translation(ghost, "description", "Hola"),
        _translation(SAGE, "description", "Otra vez"),
        _translation(SAGE, "description", "", language="fr"),
        _translation(SAGE, "description", "Bonjour", link_entity="phone"),
    ]
    write(seed_copy, extension.FILE, header, rows)
    n = len(rows) + 1  # the spreadsheet row of the last one
    file = extension.FILE
    assert failed_import(engine, seed_copy) == [
        f"{file}, row {n - 1}, value: is required",
        f"{file}, row {n}, link_entity: 'phone' is not one of service, program, service_area",
        f"{file}, row {n - 6}, field: 'name' of a service is not translated (only description, eligibility_description)",
        f"{file}, row {n - 5}, language: 'spanish' is not a language code such as es",
        f"{file}, row {n - 4}, language: English is the HSDS field itself: no row needed",
        f"{file}, row {n - 3}, link_id: points at service '{ghost}', which is not in the package or database",
        f"{file}, row {n - 2}, value: translates the same text as row 2",
    ]


def test_a_column_the_extension_does_not_have_is_named(engine, seed_copy):
    header, rows = read(seed_copy, extension.FILE)
    write(seed_copy, extension.FILE, [*header, "notes"], [{**r, "notes": "x"} for r in rows])
    assert failed_import(engine, seed_copy) == [
        f"{extension.FILE}, row 1, notes: is not a column of {extension.FILE} "
        "(see resources/hsds/EXTENSION.md)"
    ]


def test_a_symlinked_translation_file_is_refused(engine, seed_copy, tmp_path):
    elsewhere = tmp_path / "elsewhere.csv"
    shutil.move(seed_copy / extension.FILE, elsewhere)
    (seed_copy / extension.FILE).symlink_to(elsewhere)
    assert failed_import(engine, seed_copy) == [
        f"{extension.FILE}: is a symbolic link; copy the file itself into the package"
    ]


# ---- search in Spanish --------------------------------------------------------------------


def _spanish(engine, where, needs=(), **asked):
    place = places.resolve(where).place if where else None
    return search(engine, Query(place, needs, lang="es", **asked), page_size=50)


SEED_SEARCHES = [
    ("San Francisco", ("housing",), {}),
    ("Los Angeles", (), {"system": "probation", "population": "girls"}),
    ("Los Angeles", ("legal",), {"system": "court"}),
    ("Multnomah County", ("safety", "emotional_support"), {}),
    ("Atlanta", ("prevention",), {"kind": "prevention"}),
    ("Chicago", (), {"population": "boys"}),
    ("Hartford, CT", (), {"system": "child_welfare"}),
    (None, tuple(facets.NEEDS), {}),
]


def test_a_spanish_search_shows_spanish_descriptions_and_reasons_only(engine):
    spanish = _seed_spanish()
    seen = set()
    for where, needs, asked in SEED_SEARCHES:
        results = _spanish(engine, where, needs, **asked)
        assert results.services and results.lang == "es"
        for match in results.services:
            seen.add(match.service_id)
            assert spanish[("service", match.service_id, "description")].startswith(
                match.description
            )
            shown = " | ".join([match.area, match.hours or "", *match.reasons])
            assert not ENGLISH_PHRASES.search(shown), shown
    assert len(seen) == 11  # every program of the brief was shown in Spanish


def test_spanish_reasons_say_each_thing_the_english_ones_do(engine):
    sage = _spanish(engine, "San Francisco", ("housing",)).services[0]
    assert sage.reasons == [
        "ayuda con un lugar seguro para quedarte",
        "atiende en San Francisco, CA",
    ]
    officers = next(
        m
        for m in _spanish(
            engine, "Los Angeles", (), system="probation", population="girls"
        ).services
        if m.name == "Dedicated CSEC probation officers"
    )
    assert officers.reasons == [
        "atiende en el condado de Los Angeles, CA",
        "para chicas y mujeres jóvenes",
        "trabaja con jóvenes en libertad condicional",
    ]
    sarc = _spanish(engine, "Multnomah County", ("safety", "emotional_support")).services[0]
    assert sarc.hours == "24/7" and sarc.reasons[-1] == "abierto 24/7"
    assert sarc.reasons[0] == "ayuda con estar a salvo y alguien con quien hablar"
    prevent = _spanish(engine, "Atlanta", ("prevention",), kind="prevention").services[0]
    assert prevent.reasons[-1] == "un programa de prevención"
    mlmc = next(m for m in _spanish(engine, None, ("prevention",)).services if m.service_id == MLMC)
    assert mlmc.area == "varios lugares de EE. UU., como ciudades de California"


def test_english_stays_the_default_and_unchanged(engine):
    place = places.resolve("San Francisco").place
    sage = search(engine, Query(place, ("housing",))).services[0]
    assert Query().lang == "en"
    assert sage.reasons == ["helps with a safe place to stay", "serves San Francisco, CA"]
    assert sage.description.startswith("Survivor-focused support for young women")


def test_a_nationwide_program_is_open_to_anyone_in_spanish_too(engine, seed_copy):
    header, rows = read(seed_copy, "service_areas.csv")
    mlmc = next(r for r in rows if r["id"] == MLMC_AREA)
    mlmc.update(name="", extent="national")  # the import names it "the whole US"
    write(seed_copy, "service_areas.csv", header, rows)
    (seed_copy / extension.FILE).unlink()
    hsds.import_package(engine, seed_copy, replace=True)
    found = next(
        m for m in _spanish(engine, None, ("prevention",)).services if m.service_id == MLMC
    )
    assert found.area == "todo EE. UU."
    assert found.reasons == [
        "ayuda con aprender a estar a salvo",
        "abierto a cualquier persona en EE. UU.",
    ]


def test_hours_harbor_spells_out_come_in_spanish_and_free_text_stays(engine, seed_copy):
    add_rows(
        seed_copy,
        "schedule",
        {
            "id": str(uuid.uuid4()),
            "service_id": SAGE,
            "freq": "WEEKLY",
            "byday": "MO,TU,FR",
            "opens_at": "09:00",
            "closes_at": "17:00",
        },  # fmt: skip
    )
    hsds.import_package(engine, seed_copy)
    place = places.resolve("San Francisco").place
    assert search(engine, Query(place, ("housing",))).services[0].hours == "MO,TU,FR 09:00–17:00"
    sage = _spanish(engine, "San Francisco", ("housing",)).services[0]
    assert sage.hours == "lun, mar, vie 09:00–17:00"


@pytest.mark.parametrize(
    ("area", "spanish"),
    [
        (areas.Area("national"), "todo EE. UU."),
        (areas.Area("state", state="CA"), "California"),
        (
            areas.Area("county", state="OR", county="Multnomah County"),
            "el condado de Multnomah, OR",
        ),
        (areas.Area("city", state="GA", city="Atlanta"), "Atlanta, GA"),
        (areas.Area("zip", zip="94110"), "el código postal 94110"),
        (areas.Area("radius", radius_miles=25.0), "la zona a 25 millas"),
    ],
)
def test_area_labels_in_spanish(area, spanish):
    assert area.label_in("es") == spanish
    assert area.label_in() == area.label


def test_facet_labels_in_spanish_keep_english_as_the_default():
    for need, english in facets.NEEDS.items():
        assert facets.need_label(need) == english
        assert facets.need_label(need, "es") == facets.NEEDS_ES[need] != english
    assert facets.need_label("housing", "es") == "un lugar seguro para quedarte"
    assert facets.population_label("girls") == "girls and young women"
    assert facets.population_label("girls", "es") == "chicas y mujeres jóvenes"
    assert facets.system_label("probation") == "probation"
    assert facets.system_label("probation", "es") == "libertad condicional"
    assert set(facets.POPULATIONS_ES) == set(facets.POPULATIONS)
    assert set(facets.SYSTEMS_ES) == set(facets.SYSTEMS)
    assert set(reasons.SYSTEM_PHRASES_ES) == set(reasons.SYSTEM_PHRASES)
    # An id Harbor does not know reads as words, in either language.
    assert facets.need_label("dog_walking", "es") == "dog walking"
