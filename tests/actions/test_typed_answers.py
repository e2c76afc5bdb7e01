"""Typed answers to the follow-up questions."""

from __future__ import annotations

import pytest

from actions import typed_answers


@pytest.mark.parametrize(
    ("reader", "text", "expected"),
    [
        (typed_answers.age_range, "im 16", "under_18"),
        (typed_answers.age_range, "under 18", "under_18"),
        (typed_answers.age_range, "19", "18_to_24"),
        (typed_answers.age_range, "purple", None),
        (typed_answers.population, "for girls", "girls"),
        (typed_answers.population, "im a boy", "boys"),
        (typed_answers.population, "show all", "all"),
        (typed_answers.population, "im nonbinary", "all"),
        (typed_answers.system, "im on probation", "probation"),
        (typed_answers.system, "i was in juvie", "custody"),
        (typed_answers.system, "in foster care", "child_welfare"),
        (typed_answers.system, "no", "none"),
        (typed_answers.system, "", None),
    ],
)
def test_typed_answers(reader, text, expected):
    assert reader(text) == expected


@pytest.mark.parametrize(
    ("reader", "text", "expected"),
    [
        (typed_answers.population, "es para un grupo de chavos de mi escuela", "boys"),
        (typed_answers.population, "ella es mujer, tiene 15", "girls"),
        (typed_answers.population, "muchachas", "girls"),
        (typed_answers.system, "esta detenida en juvenile hall", "custody"),
        (typed_answers.system, "juvenile hall", "custody"),
        (typed_answers.system, "i need help with school", None),
    ],
)
def test_answers_typed_when_not_asked(reader, text, expected):
    assert reader(text, asked=False) == expected


def test_place_choice_picks_by_state_and_ignores_other_words():
    options = ["city:OR:Portland", "city:ME:Portland"]
    assert typed_answers.place_choice("maine", options) == "city:ME:Portland"
    assert typed_answers.place_choice("OR", options) == "city:OR:Portland"
    assert typed_answers.place_choice("city:ME:Portland", options) == "city:ME:Portland"
    assert typed_answers.place_choice("texas", options) is None
