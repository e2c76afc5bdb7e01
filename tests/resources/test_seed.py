"""The seed package holds what the brief names, and no contact detail from anywhere else."""

import csv
import re

import pytest

from resources import contacts
from resources.seed import SEED


def rows(file):
    with (SEED / file).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


VETTED_NUMBERS = {
    number for c in contacts.NATIONAL_CONTACTS for number in re.findall(r"[\d-]{3,}", c.how)
}

# Every program the brief (shared/seeds) names, as a service of the seed package.
BRIEF_PROGRAMS = [
    "SAGE services for young women",
    "Dedicated CSEC probation officers",
    "48-hour CSEC protocol",
    "Five-week workshop for girls in juvenile hall",
    "STAR Court (Succeeding Through Achievement and Resilience)",
    "SARC 24-hour response and advocacy",
    "SARC case management and safety planning",
    "My Life My Choice curriculum (MLMC)",
    "Project PREVENT school curriculum",
    "Empowering Young Men to End Sexual Exploitation",
    "Man UP: A Youth Series to Transform the Male Perspective of Women and Its Impact on Sexual Exploitation",
]


@pytest.mark.parametrize("program", BRIEF_PROGRAMS)
def test_every_program_in_the_brief_is_seeded(program):
    assert program in {r["name"] for r in rows("services.csv")}


def test_every_national_contact_is_seeded_with_exactly_its_vetted_numbers():
    services = {r["id"]: r["name"] for r in rows("services.csv")}
    by_service = {}
    for phone in rows("phones.csv"):
        by_service.setdefault(services[phone["service_id"]], set()).add(phone["number"])
    for contact in contacts.NATIONAL_CONTACTS:
        assert by_service[contact.name] == set(re.findall(r"[\d-]{3,}", contact.how))


def test_no_number_address_or_website_from_outside_the_vetted_sources():
    assert {p["number"] for p in rows("phones.csv")} <= VETTED_NUMBERS
    assert all(not s["url"] and not s["email"] for s in rows("services.csv"))
    assert all(not o["website"] and not o["email"] for o in rows("organizations.csv"))
    assert not (SEED / "addresses.csv").exists() and not (SEED / "locations.csv").exists()
    # Free text may not smuggle a number in either.
    text = " ".join(
        " ".join(r.values())
        for f in ("services.csv", "organizations.csv", "programs.csv")
        for r in rows(f)
    )
    assert not re.search(r"\d{3}[-. ]\d{3}[-. ]\d{4}|https?://|www\.", text)


def test_crisis_lines_are_national_and_open_all_day():
    terms = {t["id"]: t["code"] for t in rows("taxonomy_terms.csv")}
    tags = {}
    for a in rows("attributes.csv"):
        tags.setdefault(a["link_id"], set()).add(terms[a["taxonomy_term_id"]])
    lines = [sid for sid, codes in tags.items() if "kind:crisis_line" in codes]
    assert len(lines) == len(contacts.NATIONAL_CONTACTS)
    assert all("availability:24_7" in tags[sid] for sid in lines)
    areas = {a["service_id"]: a["extent"] for a in rows("service_areas.csv")}
    assert all(areas[sid] == "national" for sid in lines)


@pytest.mark.parametrize(
    ("name", "number", "needs"),
    [
        ("211", "2-1-1", {"basic_needs", "housing", "health"}),
        ("The Trevor Project (TrevorLifeline)", "1-866-488-7386", {"emotional_support", "safety"}),
    ],
)
def test_211_and_trevor_are_seeded_like_the_other_crisis_lines(name, number, needs):
    service = next(s for s in rows("services.csv") if s["name"] == name)
    sid = service["id"]
    assert [p["number"] for p in rows("phones.csv") if p["service_id"] == sid] == [number]
    schedules = [s for s in rows("schedules.csv") if s["service_id"] == sid]
    assert [s["description"] for s in schedules] == ["24 hours a day, 7 days a week"]
    assert [a["extent"] for a in rows("service_areas.csv") if a["service_id"] == sid] == [
        "national"
    ]
    terms = {t["id"]: t["code"] for t in rows("taxonomy_terms.csv")}
    codes = {terms[a["taxonomy_term_id"]] for a in rows("attributes.csv") if a["link_id"] == sid}
    assert codes == {"kind:crisis_line", "availability:24_7"} | {f"need:{n}" for n in needs}
    organizations = {o["id"] for o in rows("organizations.csv")}
    assert service["organization_id"] in organizations


def test_the_spanish_contacts_are_recorded_exactly_as_vetted():
    assert [(c.name, c.how) for c in contacts.SPANISH_CONTACTS] == [
        ("Emergencias", "llama al 911"),
        (
            "Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)",
            "llama al 1-888-373-7888 o envía un texto al 233733",
        ),
        (
            "988 Suicide & Crisis Lifeline, en español",
            "llama al 988 y marca 2, o envía AYUDA por texto al 988",
        ),
        (
            "Crisis Text Line en español",
            "envía AYUDA al 741741, o por WhatsApp al 442-AYUDAME",
        ),
        ("211", "llama al 2-1-1"),
    ]
    # Each names a vetted English line and brings no number of its own but the WhatsApp
    # handle 442-AYUDAME that CONVERSATION.md gives.
    assert all(c.key in contacts.BY_KEY for c in contacts.SPANISH_CONTACTS)
    numbers = {n for c in contacts.SPANISH_CONTACTS for n in re.findall(r"\d[\d-]*\d", c.how)}
    assert numbers - VETTED_NUMBERS == {"442"}
