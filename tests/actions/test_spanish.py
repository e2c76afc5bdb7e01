"""No English sentence reaches someone writing Spanish: every response, question, result and
line Harbor itself says, walked in Spanish, one sentence at a time.

A sentence counts as English when ``talk.language.language_of`` reads it so (English words,
no Spanish ones). Names are not sentences: programs' and contacts' names are taken out first.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

from actions import questions, replies
from resources import contacts, places
from resources.search import Query, search
from talk import sayings
from talk.language import language_of

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
SEED_PLACES = ("San Francisco", "Los Angeles", "Multnomah County", "Atlanta", "Chicago", "CT",
               "Portland, ME", "Fresno")  # fmt: skip
NAMES = sorted({c.name for c in (*contacts.NATIONAL_CONTACTS, *contacts.SPANISH_CONTACTS)},
               key=len, reverse=True)  # fmt: skip


def english_sentences(text: str, names=()) -> list[str]:
    for name in sorted({*names, *NAMES}, key=len, reverse=True):
        text = text.replace(name, "")
    text = re.sub(r"[\d-]{2,}|\d|24/7", " ", text)  # numbers are no language ("2" reads "to")
    sentences = re.split(r"[.?!:;\n]+|\(|\)", text)
    return [s.strip() for s in sentences if language_of(s) == "en"]


def _spanish_responses():
    for name, variations in DOMAIN["responses"].items():
        for variation in variations:
            if any(c["value"] == "es" for c in variation.get("condition") or []):
                yield name, variation


@pytest.mark.parametrize(("name", "variation"), list(_spanish_responses()))
def test_spanish_responses_and_their_buttons(name, variation):
    said = [variation["text"], *(b["title"] for b in variation.get("buttons", []))]
    assert not [s for text in said for s in english_sentences(text)], name


def test_spanish_questions_and_place_lines():
    said = []
    for slot in questions.QUESTIONS:
        asked = questions.question(slot, "es")
        said += [asked["text"], *(b["title"] for b in asked["buttons"])]
    said += [questions.place_unknown("es"), questions.place_unknown("es", go_on=True)]
    for options in (["city:OR:Portland", "city:ME:Portland"], ["city:CA:Fresno"]):
        asked = replies.place_question(options, "es")
        said += [asked["text"], *(b["title"] for b in asked["buttons"] if b["title"] != "Saltar")]
    said += [replies.for_someone_else("es"), replies.offline_contacts("es")["text"]]
    found = [s for text in said for s in english_sentences(text, _place_labels())]
    assert not found


def _place_labels():
    return {p.label for p in (places.from_key(k) for k in ("city:OR:Portland", "city:ME:Portland",
                                                           "city:CA:Fresno")) if p}  # fmt: skip


def test_spanish_results_for_every_seed_place_and_need(seeded_engine):
    for where in SEED_PLACES:
        place = places.resolve(where).place
        for needs in ((), ("housing",), ("basic_needs",), ("emotional_support", "legal")):
            for helper in (False, True):
                query = Query(place=place, needs=needs, lang="es")
                results = search(seeded_engine, query, page_size=100)
                names = {m.name for m in results.services} | {c.name for c in results.contacts}
                names |= {place.label} if place else set()
                for message in replies.answer(results, query, helper):
                    said = [message["text"], *(b["title"] for b in message.get("buttons", []))]
                    found = [s for t in said for s in english_sentences(t, names)]
                    assert not found, (where, needs, found)
                    assert textstat.lexicon_count(message["text"]) <= 60, message["text"]


def test_spanish_results_name_the_spanish_lines_exactly(seeded_engine):
    query = Query(place=places.resolve("San Francisco").place, needs=("housing",), lang="es")
    text = replies.answer(search(seeded_engine, query), query)[-1]["text"]
    for key in ("trafficking", "suicide", "two_one_one"):
        line = contacts.SPANISH_BY_KEY[key]
        assert f"{line.name}: {line.how}" in text


@pytest.mark.parametrize("say", [sayings.not_read, sayings.timed_out, sayings.no_answer,
                                 lambda lang: sayings.too_long(lang, 2000)])  # fmt: skip
def test_what_the_guard_says_in_spanish(say):
    assert not english_sentences(say("es"))
    assert say("es") != say("en")
