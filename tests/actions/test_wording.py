"""Every fixed thing the bot says is short and plain: 60 words at most, reading grade 6 or lower.

Phone numbers and "24/7" are not words a reader sounds out, so they are left out of the grade.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

from actions import questions, replies
from resources import places
from resources.search import Query, search

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
MAX_WORDS = 60
MAX_GRADE = 6.0
# Words that blame or label a young person; survivor-centred wording never uses them.
BLAMING = re.compile(r"\b(prostitut\w*|hooker|whore|child prostitute|ho)\b", re.IGNORECASE)


def _readable(text: str) -> str:
    # Each line of a list is read on its own, like a sentence.
    text = re.sub(r"[:.?]?\n(- )?", ". ", text)
    return re.sub(r"[\d-]{3,}|24/7|/\w+", "", text)


def _domain_texts():
    for name, variations in DOMAIN["responses"].items():
        for index, variation in enumerate(variations):
            yield pytest.param(variation["text"], id=f"{name}[{index}]")


def _question_texts():
    for slot, question in questions.QUESTIONS.items():
        yield pytest.param(question["text"], id=f"question:{slot}")
    yield pytest.param(questions.PLACE_UNKNOWN, id="place_unknown")
    yield pytest.param(questions.PLACE_UNKNOWN_GO_ON, id="place_unknown_go_on")
    yield pytest.param(replies.offline_contacts()["text"], id="offline_contacts")


@pytest.mark.parametrize("text", [*_domain_texts(), *_question_texts()])
def test_message_is_short_and_plain(text):
    assert textstat.lexicon_count(text) <= MAX_WORDS
    assert textstat.flesch_kincaid_grade(_readable(text)) <= MAX_GRADE
    assert not BLAMING.search(text)


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
