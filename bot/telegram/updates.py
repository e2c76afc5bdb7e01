"""Updates from Telegram, read so that one python-telegram-bot cannot parse is skipped once.

python-telegram-bot 22 parses a whole ``getUpdates`` answer at once; one update it cannot read
(a field a newer Bot API sends differently) fails them all, is logged raw at CRITICAL, and
is fetched again and again, because its id is never confirmed. Here each update is tried
alone before the library sees the answer; one that fails is replaced by its bare id, which
confirms it, and is logged with that id only. When it was a message in a private chat, the
bare update also says where it was (``UNREADABLE`` among its extra fields), and the language
its words and its sender's app suggest (never the words), so that the person still gets an
answer they can read and the message goes at a stop.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.request import HTTPXRequest

from talk.language import decide

logger = logging.getLogger(__name__)

UNREADABLE = "harbor_unreadable"


def readable(updates: list[Any]) -> list[dict[str, Any]]:
    """The updates as they came, each one that cannot be read reduced to its id."""
    kept = []
    for raw in updates:
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        if not isinstance(update_id, int):
            logger.warning("skipped an update without an id")
            continue
        try:
            Update.de_json(raw, None)
        except Exception as error:  # any failure of the library's parsing, whatever it is
            logger.warning(
                "skipped update %d: python-telegram-bot cannot read it (%s)",
                update_id,
                type(error).__name__,
            )
            raw = {"update_id": update_id, **_where(raw)}
        kept.append(raw)
    return kept


def _where(raw: dict[str, Any]) -> dict[str, Any]:
    """``{UNREADABLE: {"chat_id", "message_id", "lang"}}`` for a message in a private chat,
    else {}."""
    message = raw.get("message") or raw.get("edited_message")
    chat = message.get("chat") if isinstance(message, dict) else None
    if not isinstance(chat, dict) or chat.get("type") != "private":
        return {}
    chat_id, message_id = chat.get("id"), message.get("message_id")
    if not isinstance(chat_id, int) or not isinstance(message_id, int):
        return {}
    return {UNREADABLE: {"chat_id": chat_id, "message_id": message_id, "lang": _lang(message)}}


def _lang(message: dict[str, Any]) -> str:
    """The language of the message's words, else of its sender's app (talk.language)."""
    text, sender = message.get("text"), message.get("from")
    app = sender.get("language_code") if isinstance(sender, dict) else None
    return decide(text if isinstance(text, str) else None, None, app)


class UpdatesRequest(HTTPXRequest):
    """The ``getUpdates`` connection, answering only updates the library can read."""

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        try:
            answer = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            # The library's own version logs the payload; it may hold a young person's words.
            raise TelegramError("Invalid server response") from None
        if isinstance(answer, dict) and isinstance(answer.get("result"), list):
            answer["result"] = readable(answer["result"])
        return answer
