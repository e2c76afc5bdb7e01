"""Whole conversations in Spanish with the real bot: the greeting, every question, results,
crisis and stop, with no English sentence on the way (issue: habla español)."""

from __future__ import annotations

import requests

from resources import contacts
from tests.actions.test_spanish import english_sentences
from tests.conversation.test_live import text_of

LINEA = contacts.SPANISH_BY_KEY["trafficking"]
SUICIDIO = contacts.SPANISH_BY_KEY["suicide"]
# Program names, places and the names of the lines are not sentences to translate.
NAMES = (
    "SAGE services for young women", "Dedicated CSEC probation officers",
    "STAR Court (Succeeding Through Achievement and Resilience)", "48-hour CSEC protocol",
    "Five-week workshop for girls in juvenile hall", "SARC 24-hour response and advocacy",
    "SARC case management and safety planning", "My Life My Choice curriculum (MLMC)",
    "Empowering Young Men to End Sexual Exploitation", "San Francisco, CA", "Los Angeles, CA",
    "Portland, OR", "Multnomah County, OR", "Chicago, IL", "Harbor",
)  # fmt: skip


def spanish(replies: list[dict]) -> str:
    """The turn's text, after checking that no sentence of it is English."""
    said = text_of(replies)
    titles = [b["title"] for r in replies for b in r.get("buttons") or []]
    found = [s for text in (said, *titles) for s in english_sentences(text, NAMES)]
    assert not found, found
    return said


def conversation(harbor, *messages: str) -> tuple[str, list[str]]:
    sender = harbor.new_sender()
    return sender, [spanish(harbor.say(sender, text)) for text in messages]


def test_a_spanish_first_message_gets_the_whole_search_in_spanish_and_reaches_sage(harbor):
    sender, said = conversation(
        harbor, "hola", "si", "necesito un lugar para dormir", "estoy en san francisco", "chica"
    )
    assert "asistente automático" in said[0] and "¿Estás en un lugar seguro" in said[0]
    assert "¿Con qué necesitas ayuda?" in said[1]
    assert "¿Dónde estás?" in said[2]
    assert "solo para chicas o solo para chicos" in said[3]
    assert "SAGE services for young women" in said[4]
    assert f"{LINEA.name}: {LINEA.how}" in said[4] and f"{SUICIDIO.name}: {SUICIDIO.how}" in said[4]
    assert harbor.tracker(sender)["slots"]["language"] == "es"


def test_a_spanish_crisis_gets_the_spanish_lines_from_the_first_message(harbor):
    _, said = conversation(harbor, "ya no quiero vivir")
    assert said[0].index("911") < said[0].index("988") < said[0].index("1-888-373-7888")
    assert SUICIDIO.how in said[0] and LINEA.how in said[0]


def test_los_angeles_probation_reaches_the_probation_officers_and_star_court(harbor):
    _, said = conversation(
        harbor, "hola", "si", "estoy en probatoria en los angeles y necesito ayuda con mi caso",
        "chica",
    )  # fmt: skip
    assert "Aquí hay ayuda con la corte" in said[-1] and "Los Angeles, CA" in said[-1]
    assert "Dedicated CSEC probation officers" in said[-1] and "STAR Court" in said[-1]


def test_a_place_said_before_the_need_is_kept_and_sarc_is_reached(harbor):
    _, said = conversation(harbor, "hola", "si", "vivo en portland oregon", "estar a salvo")
    assert "¿Con qué necesitas ayuda?" in said[2]
    assert "SARC 24-hour response and advocacy" in said[-1] and "Portland, OR" in said[-1]


def test_a_teacher_asking_for_a_workshop_gets_prevention_programs_and_chicos_is_boys(harbor):
    sender, said = conversation(
        harbor, "soy maestra y busco un taller de prevención para mis alumnos en chicago", "chicos"
    )
    assert "Aquí hay programas de prevención" in said[-1] and "Chicago, IL" in said[-1]
    assert "Empowering Young Men to End Sexual Exploitation" in said[-1]
    assert harbor.tracker(sender)["slots"]["population"] == "boys"


def test_typing_espanol_switches_and_english_switches_back(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    harbor.say(sender, "yes")
    assert "¿Con qué necesitas ayuda?" in spanish(harbor.say(sender, "español"))
    said = text_of(harbor.say(sender, "english please"))
    assert "What do you need help with?" in said


def test_a_channel_hint_counts_until_the_words_say_otherwise(harbor):
    def post(sender, text):
        body = {"sender": sender, "message": text, "metadata": {"language": "es"}}
        headers = {"Authorization": f"Bearer {harbor.token}", "x-harbor-tool": "replay"}
        url = f"{harbor.url}/webhooks/rest/webhook"
        return requests.post(url, json=body, headers=headers, timeout=30).json()

    replies = post("hint-1", "16")
    spanish(replies)
    assert replies[-1]["custom"] == {"harbor": "language", "lang": "es"}
    english = post("hint-2", "hi there, i need help")
    assert "automated helper" in text_of(english)
    assert english[-1]["custom"] == {"harbor": "language", "lang": "en"}


def test_stop_in_spanish_clears_and_a_stop_word_that_is_not_stop_does_not(harbor):
    sender = harbor.new_sender()
    for text in ("hola", "si"):
        harbor.say(sender, text)
    kept = harbor.say(sender, "no puedo parar de llorar")
    assert "¿Dónde estás?" in spanish(kept)
    assert not any((r.get("custom") or {}).get("harbor") == "cleared" for r in kept)
    assert harbor.tracker(sender)["slots"]["need"] == ["emotional_support"]
    cleared = harbor.say(sender, "borrar")
    assert any((r.get("custom") or {}).get("harbor") == "cleared" for r in cleared)
    assert "Ya borré el chat" in spanish(cleared)
