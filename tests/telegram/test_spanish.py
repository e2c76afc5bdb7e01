"""A chat in Spanish, against a stand-in Rasa: the language hint every message carries, Rasa's
language marker (kept, never shown), and the gateway's own lines in the chat's language."""

from __future__ import annotations

import time

import pytest

from bot.telegram import texts
from bot.telegram.chats import pseudonym
from resources import contacts
from talk import markers
from tests.telegram.chat import SECRET, Person, button_titles, texts_of
from tests.telegram.rasa_stub import RasaStub, greeting

SPANISH = contacts.SPANISH_BY_KEY
HOTLINE_EN = contacts.BY_KEY["trafficking"].how


@pytest.fixture(scope="module")
def gateway(stub_gateway):
    """This module's gateway talks to the stand-in Rasa (conftest's ``stub``)."""
    return stub_gateway


_ids = iter(range(8300001, 8399999))


def someone(api, app: str | None) -> Person:
    """A person in a new chat whose Telegram app is set to ``app`` ("es", "en", None)."""
    return Person(api, next(_ids), language_code=app)


def says_in(lang: str):
    """A stand-in Rasa that answers and then says the conversation is in ``lang``."""

    def answer(sender: str, message: str) -> list[dict]:
        marker = {"recipient_id": sender, "custom": markers.custom(markers.LANGUAGE, lang=lang)}
        return [*greeting(sender, message), marker]

    return answer


def hints_for(rasa: RasaStub, person: Person) -> list[str | None]:
    sender = pseudonym(SECRET, person.chat_id)
    return [(body.get("metadata") or {}).get("language") for body in rasa.bodies_from(sender)]


def test_a_spanish_app_is_the_hint_on_every_message_to_rasa(api, rasa):
    person = someone(api, "es")
    replies = person.says("/start")
    person.says("hi")  # the words are English; the hint stays the app's until Rasa says
    person.presses_data("/affirm")
    assert texts_of(replies) == "heard 6 characters"  # /greet reached Rasa
    assert hints_for(rasa, person) == ["es", "es", "es"]
    assert hints_for(rasa, someone_who_says(api, "es-MX")) == ["es"]
    for app in ("en", "pt-br", None):
        assert hints_for(rasa, someone_who_says(api, app)) == ["en"]


def someone_who_says(api, app: str | None) -> Person:
    person = someone(api, app)
    person.says("ok")
    return person


def test_a_sticker_from_a_spanish_app_gets_the_text_only_line_in_spanish(api, rasa):
    said = texts_of(someone(api, "es").sends_sticker())
    assert said == texts.SPANISH.text_only
    assert SPANISH["trafficking"].how in said and SPANISH["emergency"].how in said.lower()
    assert texts_of(someone(api, None).sends_sticker()) == texts.ENGLISH.text_only


def test_rasa_down_gets_the_offline_line_in_the_language_of_the_words_else_the_app(api, rasa):
    rasa.down = True
    offline = texts_of(someone(api, "es").says("ok"))
    assert offline == texts.SPANISH.offline
    for key in ("trafficking", "suicide", "emergency"):
        assert SPANISH[key].how.lower() in offline.lower()
    assert HOTLINE_EN not in offline and "call" not in offline
    # The words outrank the app: Spanish words on an English app, English on a Spanish one.
    assert texts_of(someone(api, "en").says("hola necesito ayuda")) == texts.SPANISH.offline
    assert texts_of(someone(api, "es").says("i need help please")) == texts.ENGLISH.offline


def test_rasa_saying_spanish_switches_an_english_apps_lines_and_is_never_shown(api, rasa):
    person = someone(api, "en")
    rasa.answer = says_in("es")
    replies = person.says("ok")
    assert [r["text"] for r in replies] == ["heard 2 characters"]  # the marker is not shown
    person.says("ok")
    assert hints_for(rasa, person) == ["en", "es"]  # the hint follows what Rasa said
    assert texts_of(person.sends_sticker()) == texts.SPANISH.text_only
    rasa.down = True
    assert texts_of(person.says("ok")) == texts.SPANISH.offline
    rasa.down, rasa.answer = False, says_in("en")
    person.says("ok")
    assert texts_of(person.sends_sticker()) == texts.ENGLISH.text_only
    assert all(r["text"].startswith("heard") or r["text"] in LINES for r in all_sent(api, person))


LINES = {texts.SPANISH.text_only, texts.SPANISH.offline, texts.ENGLISH.text_only}


def all_sent(api, person: Person) -> list[dict]:
    return api.calls_to("sendMessage", person.chat_id)


def test_a_stop_forgets_the_chats_language(api, rasa):
    person = someone(api, "en")
    rasa.answer = says_in("es")
    person.says("ok")
    person.command_without_reply("/stop")
    api.wait_for("deleteMessages", person.chat_id, 1)
    assert texts_of(person.sends_sticker()) == texts.ENGLISH.text_only
    stop = rasa.bodies_from(pseudonym(SECRET, person.chat_id))[-1]
    assert stop == {**stop, "message": "/stop", "metadata": {"language": "es"}}


def test_the_location_keyboard_and_its_button_come_in_spanish(api, rasa):
    person = someone(api, "en")
    ask_place = {"custom": markers.custom(markers.REQUEST_LOCATION)}
    rasa.answer = lambda sender, message: [ask_place, *says_in("es")(sender, message)]
    asked = person.says("ok")
    assert [r["text"] for r in asked] == [texts.SPANISH.location_offer, "heard 2 characters"]
    keyboard = asked[0]["reply_markup"]["keyboard"]
    assert keyboard == [[{"text": texts.SPANISH.share_location, "request_location": True}]]
    question = {"text": "¿Qué necesitas?", "buttons": [{"title": "Saltar", "payload": "/skip"}]}
    rasa.answer = lambda sender, message: [question]
    moved_on = person.says("Oakland")
    assert [r["text"] for r in moved_on] == [texts.SPANISH.moving_on, "¿Qué necesitas?"]
    assert button_titles(moved_on) == ["Saltar"]


def test_borrar_clears_a_spanish_chat_even_while_rasa_is_down(api, rasa):
    person = someone(api, "es")
    person.says("hola")
    rasa.down = True
    person.command_without_reply("borrar")
    deleted = api.wait_for("deleteMessages", person.chat_id, 1)[0]["message_ids"]
    assert sorted(deleted) == sorted(person.sent_ids + api.bot_message_ids(person.chat_id))


def test_the_command_menu_is_in_spanish_for_spanish_apps(api, gateway):
    menus = api.wait_for("setMyCommands", None, 2)
    spanish = [m for m in menus if m.get("language_code") == "es"]
    assert [c["description"] for c in spanish[0]["commands"]] == [
        about for _, about in texts.SPANISH.commands
    ]
    assert [c["command"] for c in spanish[0]["commands"]] == ["start", "help", "exit", "stop"]


def test_a_group_hears_in_spanish_why_the_bot_leaves(api, gateway):
    group = {"id": -100777, "type": "group", "title": "amigas"}
    member = {"id": 56, "is_bot": False, "first_name": "Ana", "language_code": "es"}
    message = {"message_id": api.next_message_id(), "date": int(time.time()), "chat": group}
    api.push({"message": {**message, "from": member, "text": "hola bot"}})
    api.wait_for("leaveChat", -100777, 1)
    assert api.calls_to("sendMessage", -100777)[0]["text"] == texts.SPANISH.private_only


def test_an_unreadable_message_from_a_spanish_app_is_answered_in_spanish(api, rasa):
    person = someone(api, "es")
    message = person.message(text="ok")
    message["from"] = {"id": person.chat_id, "first_name": "Ana", "language_code": "es"}
    answer = person.replies_to({"message": message})  # no is_bot: the library cannot read it
    assert [a["text"] for a in answer] == [texts.SPANISH.unreadable]
