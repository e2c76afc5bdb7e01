"""bot/telegram/texts.py: the gateway's own lines, in English and in Spanish, short, with the
vetted contacts of their language and no number typed by hand."""

from __future__ import annotations

import dataclasses
import re

import pytest

from bot.telegram import texts
from resources import contacts

SPANISH = {contact.key: contact for contact in contacts.SPANISH_CONTACTS}
HOW = {
    "en": [contact.how for contact in contacts.NATIONAL_CONTACTS],
    "es": [contact.how for contact in contacts.SPANISH_CONTACTS],
}
USTED = re.compile(r"\b(usted|ustedes|su|sus|escriba|intente|envíe|llame|comparta)\b", re.I)


def said(lines: texts.Lines) -> dict[str, str]:
    """Every line a person can see, by name (command descriptions included)."""
    fields = {f.name: getattr(lines, f.name) for f in dataclasses.fields(lines)}
    commands = fields.pop("commands")
    return {**fields, **{f"/{command}": about for command, about in commands}}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_line_is_short(lang):
    for name, line in said(texts.lines(lang)).items():
        assert len(line.split()) <= 60, name


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_number_in_a_line_comes_from_a_vetted_contact_of_its_language(lang):
    for name, line in said(texts.lines(lang)).items():
        for number in re.findall(r"[\d-]*\d[\d-]*", line):
            if number == "24/7" or number in ("24", "7"):
                continue
            assert any(number in how for how in HOW[lang]), (name, number)


def test_the_spanish_contacts_are_the_spanish_list_exactly():
    for line in (texts.SPANISH.offline, texts.SPANISH.no_answer):
        for key in ("trafficking", "suicide"):
            assert f"{SPANISH[key].name}" in line and SPANISH[key].how in line
        assert SPANISH["emergency"].how.capitalize() in line
    for line in (texts.SPANISH.text_only, texts.SPANISH.unreadable):
        assert SPANISH["trafficking"].how in line and "Llama al 911" in line
    for line in said(texts.SPANISH).values():
        assert "call" not in line and contacts.BY_KEY["trafficking"].how not in line


def test_spanish_speaks_to_the_person_as_tu_and_differs_from_english():
    english = said(texts.ENGLISH)
    for name, line in said(texts.SPANISH).items():
        assert not USTED.search(line), name
        assert line != english[name], name
    assert [c for c, _ in texts.SPANISH.commands] == [c for c, _ in texts.ENGLISH.commands]


def test_the_lines_follow_the_language_and_default_to_english():
    assert texts.lines("es") is texts.SPANISH
    assert texts.lines("en") is texts.ENGLISH
    assert texts.lines(None) is texts.lines("fr") is texts.ENGLISH
