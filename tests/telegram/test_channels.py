"""The gateway with the live bot: what a young person types and shares, the buttons and
keyboards they press, stopping, and the odd things a chat can hold."""

from __future__ import annotations

import json
import time

from bot.telegram import texts
from bot.telegram.chats import pseudonym
from tests.telegram.botapi import BOT_USER, FakeBotApi
from tests.telegram.chat import SECRET, Person, removes_keyboard, start_gateway, texts_of
from tests.telegram.rasa_stub import RasaStub

SF = {"latitude": 37.7599, "longitude": -122.4148}


def user_texts(harbor, person: Person) -> list[str]:
    events = harbor.tracker(pseudonym(SECRET, person.chat_id))["events"]
    return [e["text"] for e in events if e["event"] == "user"]


def asked_where(person: Person) -> list[dict]:
    person.says("/start")
    person.says("yes")
    asked = person.says("i need a place to stay")
    assert "Share my location" in json.dumps(asked)
    return asked


def test_a_typed_phone_number_reaches_rasa_masked(person, harbor):
    person.says("/start")
    person.says("text me at 415-555-0134, i need a place to stay")
    said = user_texts(harbor, person)[-1]
    assert said == "text me at [phone], i need a place to stay"


def test_the_location_keyboard_goes_when_the_place_is_typed(person):
    asked_where(person)
    answered = person.says("oakland")
    assert removes_keyboard(answered[0])
    assert "Share my location" not in json.dumps(answered)


def test_the_location_keyboard_goes_when_the_question_is_skipped(person):
    asked = asked_where(person)
    question = next(r for r in asked if "Skip" in json.dumps(r.get("reply_markup")))
    assert any(removes_keyboard(r) for r in person.presses(question, "Skip"))


def test_the_location_keyboard_goes_at_stop_with_everything_else(api, person):
    asked_where(person)
    person.command_without_reply("/stop")
    deleted = api.wait_for("deleteMessages", person.chat_id, 1)[0]["message_ids"]
    last = api.calls_to("sendMessage", person.chat_id)[-1]
    assert removes_keyboard(last) and last["text"] == texts.ENGLISH.clearing
    assert sorted(deleted) == sorted(person.sent_ids + api.bot_message_ids(person.chat_id))


def test_a_live_location_counts_once(api, person, harbor):
    asked_where(person)
    shared = person.message(location={**SF, "live_period": 900})
    answered = person.replies_to({"message": shared})
    assert "just for girls or just for boys" in texts_of(answered)
    before = len(api.calls_to("sendMessage", person.chat_id))
    for step in range(1, 4):  # Telegram sends each move as an edit of the same message
        moved = {**SF, "latitude": SF["latitude"] + step / 1000, "live_period": 900}
        api.push({"edited_message": {**shared, "location": moved, "edit_date": int(time.time())}})
    time.sleep(3)
    assert len(api.calls_to("sendMessage", person.chat_id)) == before
    located = [t for t in user_texts(harbor, person) if t.startswith('/inform{"location"')]
    assert located == ['/inform{"location": "94110"}']


def odd_messages() -> list[dict]:
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1}]
    poll = {
        "id": "1", "question": "?", "total_voter_count": 0, "is_closed": False,
        "options": [{"text": "a", "voter_count": 0, "persistent_id": "o1"}],
        "is_anonymous": True, "type": "regular", "allows_multiple_answers": False,
        "allows_revoting": False, "members_only": False,
    }  # fmt: skip
    return [
        {"dice": {"emoji": "🎲", "value": 3}},
        {"poll": poll},
        {"game": {"title": "g", "description": "d", "photo": photo}},
        {"contact": {"phone_number": "+14155550134", "first_name": "Mom"}},
        {"story": {"chat": {"id": 1, "type": "private"}, "id": 1}},
        {"pinned_message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}},
    ]


def test_every_kind_of_message_gets_a_reply_and_goes_at_stop(api, person, harbor):
    for content in odd_messages():
        assert texts_of(person.replies_to({"message": person.message(**content)})) == (
            texts.ENGLISH.text_only
        )
    venue = {"location": SF, "title": "My aunt's", "address": "123 Main St"}
    assert person.replies_to({"message": person.message(venue=venue, location=SF)})
    assert "Main St" not in json.dumps(harbor.tracker(pseudonym(SECRET, person.chat_id)))
    person.command_without_reply("/stop")
    deleted = api.wait_for("deleteMessages", person.chat_id, 1)[0]["message_ids"]
    assert sorted(deleted) == sorted(person.sent_ids + api.bot_message_ids(person.chat_id))


def membership(group: dict, old: str, new: str) -> dict:
    return {
        "my_chat_member": {
            "chat": group, "from": {"id": 55, "is_bot": False, "first_name": "Alex"},
            "date": int(time.time()),
            "old_chat_member": {"user": BOT_USER, "status": old},
            "new_chat_member": {"user": BOT_USER, "status": new},
        }
    }  # fmt: skip


def test_a_group_is_left_once_and_the_left_notice_gets_nothing(api, gateway):
    group = {"id": -100777, "type": "group", "title": "friends"}
    api.push(membership(group, "left", "member"))
    api.wait_for("leaveChat", -100777, 1)
    api.push(membership(group, "member", "left"))  # Telegram's notice that the bot left
    time.sleep(3)
    assert len(api.calls_to("sendMessage", -100777)) == 1
    assert len(api.calls_to("leaveChat", -100777)) == 1


def test_buttons_keep_their_meaning_after_a_restart_and_old_keys_get_a_clear_answer(
    warm_harbor, tmp_path
):
    harbor = warm_harbor
    rest = f"{harbor.url}/webhooks/rest/webhook"
    other_api = FakeBotApi().start()
    person = Person(other_api, 8300001)
    try:
        first = start_gateway(other_api, rest, tmp_path / "first.log")
        try:
            greeting = person.says("/start")
        finally:
            first.close()
        second = start_gateway(other_api, rest, tmp_path / "second.log")
        try:
            assert "What do you need help with?" in texts_of(
                person.presses(greeting[-1], "Yes, I can chat")
            )
            heard = user_texts(harbor, person)
            assert texts_of(person.presses_data("b1")) == texts.ENGLISH.old_button
            assert texts_of(person.presses_data("#" + "ab" * 20)) == texts.ENGLISH.old_button
            assert user_texts(harbor, person) == heard  # nothing was guessed and sent
        finally:
            second.close()
    finally:
        other_api.stop()


def test_a_stop_reaches_rasa_even_when_rasa_was_down_at_the_time(warm_harbor, tmp_path):
    harbor = warm_harbor
    door = RasaStub(forward_to=harbor.url)  # Rasa, behind a door the test can close
    other_api = FakeBotApi().start()
    log = tmp_path / "gateway.log"
    running = start_gateway(other_api, door.rest_url, log, HARBOR_API_TOKEN=harbor.token)
    person = Person(other_api, 8300002)
    try:
        person.says("/start")
        person.says("yes")
        assert user_texts(harbor, person)
        door.down = True
        person.command_without_reply("/stop")
        other_api.wait_for("deleteMessages", person.chat_id, 1)
        time.sleep(2)
        door.down = False
        deadline = time.monotonic() + 30
        while user_texts(harbor, person) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not user_texts(harbor, person)
        assert harbor.tracker(pseudonym(SECRET, person.chat_id))["slots"]["need"] is None
    finally:
        running.close()
        other_api.stop()
        door.close()
