"""Playing a young person on Telegram: the gateway as it runs (`harbor telegram`, in a process
of its own, its log kept), and a person in a private chat who sends updates through the test's
Bot API server and reads what the bot sent back."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.telegram.botapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-sender-secret"
TOKEN = "123456:TEST-token"


class GatewayProcess:
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
            self.process.wait(timeout=20)


def start_gateway(api: FakeBotApi, rest_url: str, log: Path, **env: str) -> GatewayProcess:
    """A gateway that has started polling ``api``."""
    polls = len(api.calls_to("getUpdates"))
    running = GatewayProcess(api, rest_url, log, **env)
    try:
        api.wait_for("getUpdates", None, polls + 1, timeout=90)
    except BaseException:
        running.close()
        raise
    return running


class Person:
    """A young person in a private chat with the bot."""

    def __init__(
        self, api: FakeBotApi, chat_id: int, name: str = "Sam", language_code: str | None = None
    ) -> None:
        self.api, self.chat_id, self.name = api, chat_id, name
        self.language_code = language_code  # what their Telegram app is set to, when it says
        self.sent_ids: list[int] = []

    @property
    def user(self) -> dict:
        user = {"id": self.chat_id, "is_bot": False, "first_name": self.name}
        return {**user, "language_code": self.language_code} if self.language_code else user

    def message(self, **content) -> dict:
        message_id = self.api.next_message_id()
        self.sent_ids.append(message_id)
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": self.chat_id, "type": "private"},
            "from": self.user,
            **content,
        }

    def sends(self, **content) -> dict:
        """Send a message without waiting for an answer; returns the message."""
        message = self.message(**content)
        self.api.push({"message": message})
        return message

    def replies_to(self, update: dict, settle: float = 0.8) -> list[dict]:
        before = len(self.api.calls_to("sendMessage", self.chat_id))
        self.api.push(update)
        self.api.wait_for("sendMessage", self.chat_id, before + 1)
        count = -1
        while count != len(self.api.calls_to("sendMessage", self.chat_id)):
            count = len(self.api.calls_to("sendMessage", self.chat_id))
            time.sleep(settle)
        return self.api.calls_to("sendMessage", self.chat_id)[before:]

    def says(self, text: str) -> list[dict]:
        return self.replies_to({"message": self.message(text=text, entities=_command(text))})

    def command_without_reply(self, text: str) -> None:
        self.sends(text=text, entities=_command(text))

    def shares_location(self, latitude: float, longitude: float, **extra) -> list[dict]:
        location = {"latitude": latitude, "longitude": longitude, **extra}
        return self.replies_to({"message": self.message(location=location)})

    def sends_sticker(self) -> list[dict]:
        sticker = {
            "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
            "height": 512, "is_animated": False, "is_video": False,
        }  # fmt: skip
        return self.replies_to({"message": self.message(sticker=sticker)})

    def presses(self, reply: dict, title: str) -> list[dict]:
        markup = reply["reply_markup"]
        button = next(b for row in markup["inline_keyboard"] for b in row if b["text"] == title)
        return self.presses_data(button["callback_data"], reply["text"])

    def presses_data(self, data: str, text: str = "a question") -> list[dict]:
        return self.replies_to({"callback_query": self.callback(data, text)})

    def callback(self, data: str, text: str = "a question") -> dict:
        return {
            "id": f"q{self.api.next_message_id()}",
            "from": self.user,
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": self.chat_id, "type": "private"},
                "text": text,
            },
        }


def _command(text: str) -> list[dict]:
    if not text.startswith("/"):
        return []
    return [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]


def texts_of(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def button_titles(replies: list[dict]) -> list[str]:
    titles = []
    for reply in replies:
        markup = reply.get("reply_markup") or {}
        titles += [b["text"] for row in markup.get("inline_keyboard", []) for b in row]
    return titles


def removes_keyboard(reply: dict) -> bool:
    return (reply.get("reply_markup") or {}).get("remove_keyboard") is True
