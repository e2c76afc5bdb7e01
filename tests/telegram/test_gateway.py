"""The Telegram gateway end to end: a Bot API server of our own, the gateway as it runs
(`harbor telegram`), and the live bot with real actions. Each test plays a young person by
feeding updates in, and checks what the Bot API server was asked to do."""

from __future__ import annotations

import json
import socket
import time

import requests

from bot.launch import free_port
from bot.telegram.chats import pseudonym
from bot.telegram.texts import ENGLISH, SPANISH
from tests.telegram.botapi import FakeBotApi
from tests.telegram.chat import (
    SECRET,
    GatewayProcess,
    Person,
    button_titles,
    start_gateway,
    texts_of,
)
from tests.telegram.conftest import new_chat_id
from tests.telegram.rasa_stub import RasaStub

SF = (37.7599, -122.4148)  # Mission District, San Francisco
HOTLINE = "1-888-373-7888"


def test_commands_are_registered(api, gateway):
    registered = api.wait_for("setMyCommands", None, 1)[0]["commands"]
    assert [c["command"] for c in registered] == ["start", "help", "exit", "stop"]


def test_start_greets_with_buttons_and_a_press_moves_on(api, person):
    replies = person.says("/start")
    assert "automated helper" in texts_of(replies)
    assert "Yes, I can chat" in button_titles(replies)
    asked = person.presses(replies[-1], "Yes, I can chat")
    assert "What do you need help with?" in texts_of(asked)
    assert api.calls_to("answerCallbackQuery")
    assert api.calls_to("editMessageReplyMarkup", person.chat_id)  # the pressed keyboard goes


def test_shared_location_in_san_francisco_finds_sage_and_coordinates_go_nowhere(
    api, person, harbor, gateway
):
    person.says("/start")
    person.says("yes")
    asked = person.says("i need a place to stay")
    assert "Share my location" in json.dumps(asked)
    asked = person.shares_location(*SF)
    assert "just for girls or just for boys" in texts_of(asked)
    results = person.presses(asked[-1], "Girls and young women")
    assert "SAGE services for young women" in texts_of(results)

    tracker = harbor.tracker(pseudonym(SECRET, person.chat_id))
    assert tracker["slots"]["place"] == "zip:94110"
    logs = [gateway.log, harbor.logs / "rasa.log", harbor.logs / "actions.log"]
    for where in [json.dumps(tracker), *(p.read_text() for p in logs)]:
        for number in ("37.7599", "37.76", "122.4148", "122.41"):
            assert number not in where


def test_crisis_mid_conversation_gets_contacts_in_the_same_turn(person):
    person.says("/start")
    person.says("yes")
    replies = person.says("someone is selling me")
    said = texts_of(replies)
    assert said.index("911") < said.index("988") < said.index(HOTLINE)


def test_a_whole_conversation_in_spanish(api, gateway, harbor):
    """A young person whose Telegram is set to Spanish: the bot answers in Spanish from the
    first /start (the hint), a crisis gets the Spanish contacts in the same turn, and the
    gateway's own lines follow the language the bot says (its marker, never shown)."""
    person = Person(api, new_chat_id(), language_code="es")
    greeted = person.says("/start")
    assert "automated helper" not in texts_of(greeted)
    assert "automated helper" not in texts_of(person.says("hola"))
    crisis = texts_of(person.says("me quiero morir"))
    assert "llama al 911" in crisis and "988" in crisis
    needs = person.says("necesito un lugar para dormir")
    assert needs and "automated helper" not in texts_of(needs)
    assert texts_of(person.sends_sticker()) == SPANISH.text_only
    sent = api.calls_to("sendMessage", person.chat_id)
    assert all(call.get("text", "").strip() and "harbor" not in call["text"] for call in sent)
    hints = {e.get("metadata", {}).get("language") for e in user_events(harbor, person)}
    assert hints == {"es"}


def user_events(harbor, person: Person) -> list[dict]:
    tracker = harbor.tracker(pseudonym(SECRET, person.chat_id))
    return [e for e in tracker["events"] if e["event"] == "user"]


def test_exit_deletes_both_sides_and_rasa_forgets(api, person, harbor):
    person.says("/start")
    person.says("yes")
    person.says("housing")
    person.command_without_reply("/exit")
    deleted = api.wait_for("deleteMessages", person.chat_id, 1)[0]["message_ids"]
    # Every message of the chat: the user's, /exit included, and the bot's.
    assert sorted(deleted) == sorted(person.sent_ids + api.bot_message_ids(person.chat_id))

    deadline = time.monotonic() + 10  # the chat is cleared first, then Rasa is told
    while user_events(harbor, person) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not user_events(harbor, person)
    assert harbor.tracker(pseudonym(SECRET, person.chat_id))["slots"]["need"] is None
    # Nothing is sent after the clear.
    time.sleep(1)
    calls = [(name, params.get("chat_id")) for name, params in list(api.calls)]
    after = calls[calls.index(("deleteMessages", person.chat_id)) :]
    assert ("sendMessage", person.chat_id) not in after
    assert "automated helper" in texts_of(person.says("/start"))


def test_typing_stop_clears_the_chat_too(api, person):
    person.says("/start")
    person.command_without_reply("/stop")
    api.wait_for("deleteMessages", person.chat_id, 1)
    api.push(
        {"message": person.message(text="stop")}  # plain text, not a command
    )
    api.wait_for("deleteMessages", person.chat_id, 2)


def test_rasa_never_sees_the_chat_id(person, harbor):
    person.says("/start")
    raw = harbor.tracker(str(person.chat_id))
    assert not [e for e in raw["events"] if e["event"] == "user"]
    hashed = harbor.tracker(pseudonym(SECRET, person.chat_id))
    assert [e for e in hashed["events"] if e["event"] == "user"]
    assert "Sam" not in json.dumps(hashed)


def test_stickers_get_a_gentle_text_only_reply(person):
    assert texts_of(person.sends_sticker()) == ENGLISH.text_only


def test_group_chats_are_left(api, gateway):
    group = {"id": -100123, "type": "group", "title": "friends"}
    api.push(
        {
            "message": {
                "message_id": api.next_message_id(),
                "date": int(time.time()),
                "chat": group,
                "from": {"id": 55, "is_bot": False, "first_name": "Alex"},
                "text": "hi bot",
            }
        }
    )
    api.wait_for("leaveChat", -100123, 1)
    assert api.calls_to("sendMessage", -100123)[0]["text"] == ENGLISH.private_only


def test_edited_message_is_read_as_new_text(api, person):
    person.says("/start")
    person.says("yes")
    update = {"edited_message": {**person.message(text="housing"), "edit_date": int(time.time())}}
    replies = person.replies_to(update)
    assert "Where are you?" in texts_of(replies)


def test_rasa_stopped_still_gets_the_offline_contacts(tmp_path):
    dead = f"http://127.0.0.1:{free_port()}/webhooks/rest/webhook"
    other_api = FakeBotApi().start()
    running = start_gateway(other_api, dead, tmp_path / "gateway.log")
    try:
        started = time.monotonic()
        replies = Person(other_api, 99).says("hi")
        assert time.monotonic() - started < 10
        assert texts_of(replies) == ENGLISH.offline
        assert HOTLINE in ENGLISH.offline and "911" in ENGLISH.offline
    finally:
        running.close()
        other_api.stop()


def test_a_turn_rasa_answers_with_nothing_still_gets_the_contacts(tmp_path):
    silent = RasaStub(answer=lambda sender, message: [])  # as Rasa does when an action fails
    other_api = FakeBotApi().start()
    running = start_gateway(other_api, silent.rest_url, tmp_path / "gateway.log")
    try:
        replies = Person(other_api, 98).says("more")
        assert texts_of(replies) == ENGLISH.no_answer
        assert HOTLINE in ENGLISH.no_answer and "911" in ENGLISH.no_answer
    finally:
        running.close()
        other_api.stop()
        silent.close()


def _update_for(chat_id: int) -> dict:
    chat = {"id": chat_id, "type": "private"}
    sender = {"id": chat_id, "is_bot": False, "first_name": "Sam"}
    message = {"message_id": 5, "date": int(time.time()), "chat": chat, "from": sender}
    return {"update_id": 1, "message": {**message, "text": "hi"}}


def wait_listening(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_webhook_refuses_updates_without_the_secret_token(harbor, tmp_path):
    webhook_api = FakeBotApi().start()
    port = free_port()
    running = GatewayProcess(
        webhook_api,
        f"{harbor.url}/webhooks/rest/webhook",
        tmp_path / "gateway.log",
        HARBOR_TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram",
        HARBOR_TELEGRAM_WEBHOOK_PORT=str(port),
        HARBOR_TELEGRAM_SECRET_TOKEN="right-token",
    )
    try:
        registered = webhook_api.wait_for("setWebhook", None, 1, timeout=90)[0]
        assert registered["secret_token"] == "right-token"
        wait_listening(port)  # Telegram is told the URL before the server listens
        url, update = f"http://127.0.0.1:{port}/telegram", _update_for(31337)
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            response = requests.post(url, json=update, headers=headers, timeout=10)
            assert response.status_code == 403
        time.sleep(1)
        assert not webhook_api.calls_to("sendMessage", 31337)
        tracker = harbor.tracker(pseudonym(SECRET, 31337))
        assert not [e for e in tracker["events"] if e["event"] == "user"]

        right = {"X-Telegram-Bot-Api-Secret-Token": "right-token"}
        assert requests.post(url, json=update, headers=right, timeout=10).status_code == 200
        webhook_api.wait_for("sendMessage", 31337, 1)
    finally:
        running.close()
        webhook_api.stop()


def _all_delivered(api, person, replies) -> list[str]:
    """Every message the bot got through to the chat, once it has stopped sending (a retry
    comes a second later, and must not spill into the next test)."""
    api.wait_delivered(person.chat_id, len({r["text"] for r in replies}))
    delivered: list[str] = []
    while delivered != api.delivered(person.chat_id):
        delivered = api.delivered(person.chat_id)
        time.sleep(2)
    return delivered


def test_telegram_429_is_retried_and_the_message_arrives(api, person):
    api.flood("sendMessage", times=1)
    delivered = _all_delivered(api, person, person.says("/start"))
    # Told to wait, the gateway waited and sent the greeting again: first, and once.
    assert "automated helper" in delivered[0] and len(delivered) == len(set(delivered))
    assert [c["text"] for c in api.calls_to("sendMessage", person.chat_id)].count(delivered[0]) == 2


def test_a_dropped_connection_to_telegram_is_retried_and_the_message_arrives(api, person):
    api.drop("sendMessage", times=1)
    delivered = _all_delivered(api, person, person.says("/start"))
    # Hung up on, the gateway sent the greeting again: first, and once.
    assert "automated helper" in delivered[0] and len(delivered) == len(set(delivered))
    assert [c["text"] for c in api.calls_to("sendMessage", person.chat_id)].count(delivered[0]) == 2


def test_twenty_messages_in_a_second_are_each_read_in_order_or_answered_plainly(
    api, person, harbor
):
    """Rasa's guard holds back a flood from one sender; none is lost without a word: each
    message is read (in order) or gets "I did not read this one" as a reply to it."""
    sent = [person.sends(text=f"hello {n}") for n in range(20)]
    api.wait_for("sendMessage", person.chat_id, 20, timeout=90)
    time.sleep(2)
    events = harbor.tracker(pseudonym(SECRET, person.chat_id))["events"]
    read = [e["text"] for e in events if e["event"] == "user"]
    not_read = {
        (call.get("reply_parameters") or {}).get("message_id")
        for call in api.calls_to("sendMessage", person.chat_id)
        if "did not read" in call.get("text", "")
    }
    assert read and read == [m["text"] for m in sent if m["message_id"] not in not_read]
    assert {m["message_id"] for m in sent if m["text"] not in read} == not_read
