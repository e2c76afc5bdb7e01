"""Every fixed thing the bot says is short and plain: 60 words at most, reading grade 6 or lower
in English, and in Spanish a Fernández-Huerta score of 70 or more (textstat; "fairly easy" and
above, the Spanish counterpart of Flesch reading ease that grade 6 stands for in English).

Phone numbers and "24/7" are not words a reader sounds out, so they are left out of the grade.
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

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
MAX_WORDS = 60
MAX_GRADE = 6.0
MIN_SPANISH_EASE = 70.0
# Words that blame or label a young person; survivor-centred wording never uses them.
BLAMING = re.compile(r"\b(prostitut\w*|hooker|whore|child prostitute|ho)\b", re.IGNORECASE)
SPANISH_BLAMING = re.compile(r"\b(prostitut\w*|puta\w*|ramera|trabajadora sexual infantil)\b", re.I)


def _readable(text: str) -> str:
    # Each line of a list is read on its own, like a sentence.
    text = re.sub(r"[:.?]?\n(- )?", ". ", text)
    return re.sub(r"[\d-]{3,}|24/7|/\w+", "", text)


def _language(variation) -> str:
    for condition in variation.get("condition") or []:
        if condition["name"] == "language":
            return condition["value"]
    return "en"


def _domain_texts():
    for name, variations in DOMAIN["responses"].items():
        for index, variation in enumerate(variations):
            yield pytest.param(variation["text"], _language(variation), id=f"{name}[{index}]")


def _question_texts():
    for lang in ("en", "es"):
        for slot in questions.QUESTIONS:
            yield pytest.param(questions.question(slot, lang)["text"], lang, id=f"{lang}:{slot}")
        for go_on in (False, True):
            said = questions.place_unknown(lang, go_on)
            yield pytest.param(said, lang, id=f"{lang}:place_unknown:{go_on}")
        said = replies.offline_contacts(lang)["text"]
        yield pytest.param(said, lang, id=f"{lang}:offline_contacts")
        yield pytest.param(replies.for_someone_else(lang), lang, id=f"{lang}:for_someone_else")


@pytest.mark.parametrize(("text", "lang"), [*_domain_texts(), *_question_texts()])
def test_message_is_short_and_plain(text, lang):
    assert textstat.lexicon_count(text) <= MAX_WORDS
    if lang == "es":
        assert spanish_ease(_readable(text)) >= MIN_SPANISH_EASE, text
        assert not SPANISH_BLAMING.search(text)
    else:
        assert textstat.flesch_kincaid_grade(_readable(text)) <= MAX_GRADE
    assert not BLAMING.search(text)


def spanish_ease(text: str) -> float:
    """Fernández-Huerta reading ease, with Spanish syllables (textstat's language is global)."""
    textstat.set_lang("es")
    try:
        return textstat.fernandez_huerta(text)
    finally:
        textstat.set_lang("en")


def test_every_response_and_question_has_a_spanish_variation():
    for name, variations in DOMAIN["responses"].items():
        assert {_language(v) for v in variations} == {"en", "es"}, name
        spanish = [v for v in variations if _language(v) == "es"][0]
        english = [v for v in variations if _language(v) == "en"][0]
        # Same buttons, same payloads, in the same order: only the words change.
        assert [b["payload"] for b in spanish.get("buttons", [])] == [
            b["payload"] for b in english.get("buttons", [])
        ], name
        assert spanish.get("custom") == english.get("custom"), name
    for slot, question in questions.QUESTIONS.items():
        spanish = questions.question(slot, "es")
        assert [b["payload"] for b in spanish["buttons"]] == [
            b["payload"] for b in question["buttons"]
        ]


def test_every_program_message_in_the_seed_is_at_most_60_words(seeded_engine):
    shown = {}
    for text in ("San Francisco", "Los Angeles", "Multnomah County", "Atlanta", "Chicago", "CT"):
        query = Query(place=places.resolve(text).place)
        for match in search(seeded_engine, query, page_size=100).services:
            shown[match.name] = replies.service_message(match)
    assert len(shown) == 11  # every program in the seed, crisis lines aside
    for message in shown.values():
        assert textstat.lexicon_count(message) <= MAX_WORDS, message


def test_crisis_reply_puts_911_first_and_has_988_and_the_trafficking_hotline():
    text = DOMAIN["responses"]["utter_crisis"][0]["text"]
    assert text.index("911") < text.index("988") < text.index("1-888-373-7888")
    assert "233733" in text


def test_every_question_has_a_skip_button():
    for question in questions.QUESTIONS.values():
        assert questions.SKIP in question["buttons"]
    assert questions.SKIP["payload"] == "/skip"
    assert {"title": "Skip", "payload": "/skip"} in replies.place_question(
        ["city:OR:Portland", "city:ME:Portland"]
    )["buttons"]


def test_need_buttons_cover_the_twelve_need_ids():
    from resources.facets import NEEDS

    assert [need for need, _ in questions.NEED_BUTTONS] and {
        need for need, _ in questions.NEED_BUTTONS
    } == set(NEEDS)


def test_place_question_names_both_states():
    question = replies.place_question(["city:OR:Portland", "city:ME:Portland"])
    assert question["text"] == "Portland in Oregon or in Maine?"


def test_spanish_crisis_reply_has_the_spanish_lines_exactly_and_911_first():
    text = [v for v in DOMAIN["responses"]["utter_crisis"] if _language(v) == "es"][0]["text"]
    assert text.index("911") < text.index("988") < text.index("1-888-373-7888")
    for key in ("suicide", "trafficking"):
        how = contacts.SPANISH_BY_KEY[key].how
        assert how in text, key
