"""The Telegram gateway end to end: a Bot API server of our own, the gateway as it runs
(`harbor telegram`), and the live bot with real actions. Each test plays a young person by
feeding updates in, and checks what the Bot API server was asked to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from bot.launch import free_port
from bot.telegram.chats import pseudonym
from bot.telegram.gateway import NO_ANSWER, OFFLINE, PRIVATE_ONLY, SLOW_DOWN, TEXT_ONLY
from tests.telegram.botapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-sender-secret"
TOKEN = "123456:TEST-token"
SF = (37.7599, -122.4148)  # Mission District, San Francisco
HOTLINE = "1-888-373-7888"


class Gateway:
    """`harbor telegram` in a process of its own, with its log kept for inspection."""

    def __init__(self, api: FakeBotApi, rest_url: str, log: Path, **env: str) -> None:
        self.log = log
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "HARBOR_REST_URL": rest_url,
            "HARBOR_SENDER_SECRET": SECRET,
            **env,
        }
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "harbor"), "telegram"],
            cwd=ROOT,
            env=environment,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Person:
    """A young person in a private chat with the bot."""

    def __init__(self, api: FakeBotApi, chat_id: int) -> None:
        self.api, self.chat_id = api, chat_id
        self.sent_ids: list[int] = []

    def _message(self, **content) -> dict:
        message_id = self.api.next_message_id()
        self.sent_ids.append(message_id)
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": self.chat_id, "type": "private"},
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Sam"},
            **content,
        }

    def _replies_to(self, update: dict, settle: float = 0.8) -> list[dict]:
        before = len(self.api.calls_to("sendMessage", self.chat_id))
        self.api.push(update)
        self.api.wait_for("sendMessage", self.chat_id, before + 1)
        count = -1
        while count != len(self.api.calls_to("sendMessage", self.chat_id)):
            count = len(self.api.calls_to("sendMessage", self.chat_id))
            time.sleep(settle)
        return self.api.calls_to("sendMessage", self.chat_id)[before:]

    def says(self, text: str) -> list[dict]:
        entities = []
        if text.startswith("/"):
            entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self._replies_to({"message": self._message(text=text, entities=entities)})

    def command_without_reply(self, text: str) -> None:
        entity = {"type": "bot_command", "offset": 0, "length": len(text)}
        self.api.push({"message": self._message(text=text, entities=[entity])})

    def shares_location(self, latitude: float, longitude: float) -> list[dict]:
        location = {"latitude": latitude, "longitude": longitude}
        return self._replies_to({"message": self._message(location=location)})

    def sends_sticker(self) -> list[dict]:
        sticker = {
            "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
            "height": 512, "is_animated": False, "is_video": False,
        }  # fmt: skip
        return self._replies_to({"message": self._message(sticker=sticker)})

    def presses(self, reply: dict, title: str) -> list[dict]:
        markup = reply["reply_markup"]
        button = next(b for row in markup["inline_keyboard"] for b in row if b["text"] == title)
        query = {
            "id": f"q{self.api.next_message_id()}",
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Sam"},
            "chat_instance": "ci",
            "data": button["callback_data"],
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": self.chat_id, "type": "private"},
                "text": reply["text"],
            },
        }
        return self._replies_to({"callback_query": query})


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def button_titles(replies: list[dict]) -> list[str]:
    titles = []
    for reply in replies:
        markup = reply.get("reply_markup") or {}
        titles += [b["text"] for row in markup.get("inline_keyboard", []) for b in row]
    return titles


@pytest.fixture(scope="module")
def api():
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def gateway(api, harbor, tmp_path_factory):
    running = Gateway(
        api, f"{harbor.url}/webhooks/rest/webhook", tmp_path_factory.mktemp("tg") / "gateway.log"
    )
    api.wait_for("getUpdates", None, 1, timeout=60)
    yield running
    running.close()


_chat_ids = iter(range(7000001, 7999999))


@pytest.fixture
def person(api, gateway) -> Person:
    return Person(api, next(_chat_ids))


def test_commands_are_registered(api, gateway):
    registered = api.wait_for("setMyCommands", None, 1)[0]["commands"]
    assert [c["command"] for c in registered] == ["start", "help", "exit", "stop"]


def test_start_greets_with_buttons_and_a_press_moves_on(api, person):
    replies = person.says("/start")
    assert "automated helper" in texts(replies)
    assert "Yes, I can chat" in button_titles(replies)
    asked = person.presses(replies[-1], "Yes, I can chat")
    assert "What do you need help with?" in texts(asked)
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
    assert "just for girls or just for boys" in texts(asked)
    results = person.presses(asked[-1], "Girls and young women")
    assert "SAGE services for young women" in texts(results)

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
    said = texts(replies)
    assert said.index("911") < said.index("988") < said.index(HOTLINE)


def test_exit_deletes_both_sides_and_rasa_forgets(api, person, harbor):
    person.says("/start")
    person.says("yes")
    person.says("housing")
    sent = api.calls_to("sendMessage", person.chat_id)
    person.command_without_reply("/exit")
    deleted = api.wait_for("deleteMessages", person.chat_id, 1)[0]["message_ids"]
    # Every message of the chat: the user's, /exit included, and the bot's.
    assert sorted(deleted) == sorted(person.sent_ids + api.bot_message_ids(person.chat_id))

    tracker = harbor.tracker(pseudonym(SECRET, person.chat_id))
    assert not [e for e in tracker["events"] if e["event"] == "user"]
    assert tracker["slots"]["need"] is None
    # Nothing is sent after the clear.
    time.sleep(1)
    assert len(api.calls_to("sendMessage", person.chat_id)) == len(sent)
    assert "automated helper" in texts(person.says("/start"))


def test_typing_stop_clears_the_chat_too(api, person):
    person.says("/start")
    person.command_without_reply("/stop")
    api.wait_for("deleteMessages", person.chat_id, 1)
    api.push(
        {"message": person._message(text="stop")}  # plain text, not a command
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
    assert texts(person.sends_sticker()) == TEXT_ONLY


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
    assert api.calls_to("sendMessage", -100123)[0]["text"] == PRIVATE_ONLY


def test_edited_message_is_read_as_new_text(api, person):
    person.says("/start")
    person.says("yes")
    update = {"edited_message": {**person._message(text="housing"), "edit_date": int(time.time())}}
    replies = person._replies_to(update)
    assert "Where are you?" in texts(replies)


def test_rasa_stopped_still_gets_the_offline_contacts(api, tmp_path):
    dead = f"http://127.0.0.1:{free_port()}/webhooks/rest/webhook"
    other_api = FakeBotApi().start()
    running = Gateway(other_api, dead, tmp_path / "gateway.log")
    try:
        other_api.wait_for("getUpdates", None, 1, timeout=60)
        started = time.monotonic()
        replies = Person(other_api, 99).says("hi")
        assert time.monotonic() - started < 10
        assert texts(replies) == OFFLINE
        assert HOTLINE in OFFLINE and "911" in OFFLINE
    finally:
        running.close()
        other_api.stop()


class _SilentRasa(BaseHTTPRequestHandler):
    """A REST channel that answers every message with no replies, as Rasa does when an
    action fails."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's spelling)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, *args) -> None:
        pass


def test_a_turn_rasa_answers_with_nothing_still_gets_the_contacts(tmp_path):
    silent = ThreadingHTTPServer(("127.0.0.1", 0), _SilentRasa)
    threading.Thread(target=silent.serve_forever, daemon=True).start()
    other_api = FakeBotApi().start()
    rest = f"http://127.0.0.1:{silent.server_address[1]}/webhooks/rest/webhook"
    running = Gateway(other_api, rest, tmp_path / "gateway.log")
    try:
        other_api.wait_for("getUpdates", None, 1, timeout=60)
        replies = Person(other_api, 98).says("more")
        assert texts(replies) == NO_ANSWER
        assert HOTLINE in NO_ANSWER and "911" in NO_ANSWER
    finally:
        running.close()
        other_api.stop()
        silent.shutdown()


def test_webhook_refuses_updates_without_the_secret_token(harbor, tmp_path):
    webhook_api = FakeBotApi().start()
    port = free_port()
    running = Gateway(
        webhook_api,
        f"{harbor.url}/webhooks/rest/webhook",
        tmp_path / "gateway.log",
        HARBOR_TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram",
        HARBOR_TELEGRAM_WEBHOOK_PORT=str(port),
        HARBOR_TELEGRAM_SECRET_TOKEN="right-token",
    )
    try:
        registered = webhook_api.wait_for("setWebhook", None, 1, timeout=60)[0]
        assert registered["secret_token"] == "right-token"
        update = {
            "update_id": 1,
            "message": {
                "message_id": 5,
                "date": int(time.time()),
                "chat": {"id": 31337, "type": "private"},
                "from": {"id": 31337, "is_bot": False, "first_name": "Sam"},
                "text": "hi",
            },
        }
        url = f"http://127.0.0.1:{port}/telegram"
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            response = requests.post(url, json=update, headers=headers, timeout=10)
            assert response.status_code == 403
        time.sleep(1)
        assert not webhook_api.calls_to("sendMessage", 31337)
        tracker = harbor.tracker(pseudonym(SECRET, 31337))
        assert not [e for e in tracker["events"] if e["event"] == "user"]

        ok = requests.post(
            url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "right-token"}, timeout=10
        )
        assert ok.status_code == 200
        webhook_api.wait_for("sendMessage", 31337, 1)
    finally:
        running.close()
        webhook_api.stop()


def _all_delivered(api, person, replies) -> list[str]:
    """Every distinct message the bot tried to send, once it got through."""
    return api.wait_delivered(person.chat_id, len({r["text"] for r in replies}))


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


def test_a_flood_of_messages_gets_one_slow_down_and_spares_rasa(api, person):
    for _ in range(15):
        api.push({"message": person._message(text="hello?")})
    api.wait_for("sendMessage", person.chat_id, 1)
    time.sleep(8)
    said = [r["text"] for r in api.calls_to("sendMessage", person.chat_id)]
    assert said.count(SLOW_DOWN) == 1
    # At most the burst reached Rasa: six greetings of three messages each.
    assert said.count(next(s for s in said if "automated helper" in s)) <= 6
