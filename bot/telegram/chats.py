"""What the gateway remembers per chat, in memory only: the ids of the chat's messages (so
quick clear can delete them), button payloads, and a flood limit. Nothing of the content."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import deque
from dataclasses import dataclass, field

# Telegram lets a bot delete messages in a private chat for 48 hours.
DELETABLE_SECONDS = 48 * 3600
MAX_REMEMBERED = 1000


def pseudonym(secret: str, chat_id: int) -> str:
    """Rasa's sender id for a chat: a keyed hash, so Rasa never sees the chat id."""
    return hmac.new(secret.encode(), str(chat_id).encode(), hashlib.sha256).hexdigest()[:32]


@dataclass
class Chat:
    message_ids: deque = field(default_factory=lambda: deque(maxlen=MAX_REMEMBERED))
    payloads: dict[str, str] = field(default_factory=dict)
    tokens: float = 0.0
    refilled: float = 0.0
    warned: float = 0.0


class Chats:
    """Per-chat memory with a token-bucket flood limit (``burst`` messages, then one per
    ``every`` seconds)."""

    def __init__(self, burst: int = 6, every: float = 1.5) -> None:
        self.burst, self.every = burst, every
        self._chats: dict[int, Chat] = {}

    def _chat(self, chat_id: int) -> Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = Chat(tokens=self.burst, refilled=time.monotonic())
        return chat

    def remember(self, chat_id: int, message_id: int | None) -> None:
        if message_id is not None:
            self._chat(chat_id).message_ids.append((message_id, time.time()))

    def deletable(self, chat_id: int) -> list[int]:
        """Ids of this chat's messages still young enough to delete, oldest first."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return []
        now = time.time()
        return [mid for mid, sent in chat.message_ids if now - sent < DELETABLE_SECONDS]

    def button(self, chat_id: int, payload: str) -> str:
        """Short callback data for a payload (Telegram allows 64 bytes)."""
        payloads = self._chat(chat_id).payloads
        key = f"b{len(payloads)}"
        payloads[key] = payload
        return key

    def payload(self, chat_id: int, key: str | None) -> str | None:
        chat = self._chats.get(chat_id)
        return chat.payloads.get(key or "") if chat else None

    def allow(self, chat_id: int) -> bool:
        """True when this chat may send another message to Rasa now."""
        chat = self._chat(chat_id)
        now = time.monotonic()
        chat.tokens = min(self.burst, chat.tokens + (now - chat.refilled) / self.every)
        chat.refilled = now
        if chat.tokens >= 1:
            chat.tokens -= 1
            return True
        return False

    def should_warn(self, chat_id: int, every: float = 30.0) -> bool:
        chat = self._chat(chat_id)
        now = time.monotonic()
        if now - chat.warned > every:
            chat.warned = now
            return True
        return False

    def forget(self, chat_id: int) -> None:
        self._chats.pop(chat_id, None)
