"""The gateway against a stand-in Rasa: updates the library cannot read, what the log holds,
messages Rasa holds back or finds too long, and chats that must not wait for each other."""

from __future__ import annotations

import time

import pytest

from bot.telegram import texts
from talk import markers
from tests.telegram.botapi import FakeBotApi
from tests.telegram.chat import Person, start_gateway
from tests.telegram.rasa_stub import RasaStub, greeting

NOT_READ = "I didn't read that one: too many at once. Please send it again."
TOO_LONG = "That message is longer than I can read. Please send a shorter one."


@pytest.fixture(scope="module")
def gateway(stub_gateway):
    """This module's gateway talks to the stand-in Rasa (conftest's ``stub``)."""
    return stub_gateway


_ids = iter(range(8100001, 8199999))


class Secretive(Person):
    """A person whose name, username and chat id must appear in no log."""

    @property
    def user(self) -> dict:
        return {**super().user, "username": "quenby_k_secret", "last_name": "Marchetti"}


def unreadable_update(person: Person, text: str) -> dict:
    """A message python-telegram-bot 22 cannot parse (its sender lacks is_bot)."""
    message = person.message(text=text)
    message["from"] = {"id": person.chat_id, "first_name": person.name, "username": "quenby_k"}
    return {"message": message}


def test_an_update_the_library_cannot_read_is_skipped_once_with_a_word(api, rasa, gateway):
    person = Person(api, next(_ids))
    answer = person.replies_to(unreadable_update(person, "hello"))
    assert [a["text"] for a in answer] == [texts.ENGLISH.unreadable]
    assert person.says("are you there?")  # the next message is read and answered
    polls = len(api.calls_to("getUpdates"))
    time.sleep(3)
    assert len(api.calls_to("getUpdates")) - polls <= 5  # long polling, not a tight loop
    assert rasa.messages()[-1] == "are you there?" and "hello" not in rasa.messages()
    assert "skipped update" in gateway.log.read_text()
    person.command_without_reply("/stop")  # the unread message goes with the rest
    deleted = api.wait_for("deleteMessages", person.chat_id, 1)[0]["message_ids"]
    assert sorted(deleted) == sorted(person.sent_ids + api.bot_message_ids(person.chat_id))


def test_the_log_names_no_chat_person_or_text_whatever_goes_wrong(api, rasa, gateway):
    person = Secretive(api, next(_ids), name="Quenby")
    said = ["zebra pancake", "violet umbrella", "marble giraffe", "copper lantern 415-555-0199"]
    api.push(unreadable_update(person, said[0]))
    rasa.down = True
    assert texts.ENGLISH.offline in [r["text"] for r in person.says(said[1])]
    rasa.down = False
    api.refuse("sendMessage", times=2)  # Telegram refuses the answer, and its retry
    person.sends(text=said[2])
    time.sleep(3)
    person.says(said[3])
    person.command_without_reply("/stop")
    api.wait_for("deleteMessages", person.chat_id, 1)
    time.sleep(1)
    log = gateway.log.read_text()
    assert "handler failed: BadRequest" in log  # the errors were there to be logged
    for secret in [str(person.chat_id), "Quenby", "quenby_k", "Marchetti", "555-0199", *said]:
        assert secret not in log


def held_back(sender: str, message: str) -> list[dict]:
    """Rasa's guard: it reads the first three messages, and holds back the rest."""
    if message.startswith("msg") and int(message.split()[1]) >= 3:
        return [{"text": NOT_READ}, {"custom": markers.custom(markers.NOT_READ)}]
    return greeting(sender, message)


def test_a_message_rasa_held_back_is_answered_as_a_reply_to_it_in_order(api, rasa):
    person = Person(api, next(_ids))
    rasa.answer = held_back
    sent = [person.sends(text=f"msg {n}") for n in range(8)]
    answers = api.wait_for("sendMessage", person.chat_id, 8)
    assert rasa.messages()[-8:] == [m["text"] for m in sent]  # every one, in order
    replied_to = [(a.get("reply_parameters") or {}).get("message_id") for a in answers]
    assert replied_to == [None] * 3 + [m["message_id"] for m in sent[3:]]
    assert [a["text"] for a in answers[3:]] == [NOT_READ] * 5


def test_a_long_message_is_forwarded_whole_and_too_long_is_a_reply_to_it(api, rasa):
    person = Person(api, next(_ids))

    def capped(sender: str, message: str) -> list[dict]:
        if len(message) > 4500:
            return [{"custom": markers.custom(markers.TOO_LONG, text=TOO_LONG)}]
        return greeting(sender, message)

    rasa.answer = capped
    long = "please help me " * 400  # 6,000 characters
    message = person.sends(text=long)
    answer = api.wait_for("sendMessage", person.chat_id, 1)[0]
    assert rasa.messages()[-1] == long
    assert answer["text"] == TOO_LONG
    assert answer["reply_parameters"]["message_id"] == message["message_id"]


def test_the_first_shared_location_does_not_hold_up_other_chats(tmp_path):
    quick = RasaStub()
    other_api = FakeBotApi().start()
    running = start_gateway(other_api, quick.rest_url, tmp_path / "gateway.log")
    try:
        sharing, waiting = Person(other_api, 61), Person(other_api, 62)
        sharing.sends(location={"latitude": 37.7599, "longitude": -122.4148})
        started = time.monotonic()
        waiting.sends(text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
        other_api.wait_for("sendMessage", waiting.chat_id, 1, timeout=60)
        assert time.monotonic() - started < 5
        other_api.wait_for("sendMessage", sharing.chat_id, 1, timeout=90)
        assert quick.messages()[-1] in ('/inform{"location": "94110"}', "/greet")
        assert '/inform{"location": "94110"}' in quick.messages()
    finally:
        running.close()
        other_api.stop()
        quick.close()
