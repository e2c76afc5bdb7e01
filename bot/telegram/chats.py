"""What the gateway remembers per chat, in memory only: the ids of the chat's messages (so a
stop can delete them), whether the "Share my location" keyboard is showing, the chat's
language, the groups it has left, and a lock that keeps one chat's messages in order. Nothing
of the content."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from collections import deque
from dataclasses import dataclass, field

from talk.language import decide

# Telegram lets a bot delete messages in a private chat for 48 hours.
DELETABLE_SECONDS = 48 * 3600
MAX_REMEMBERED = 1000


def pseudonym(secret: str, chat_id: int) -> str:
    """Rasa's sender id for a chat: a keyed hash, so Rasa never sees the chat id."""
    return hmac.new(secret.encode(), str(chat_id).encode(), hashlib.sha256).hexdigest()[:32]


@dataclass
class Chat:
    message_ids: deque = field(default_factory=lambda: deque(maxlen=MAX_REMEMBERED))
    # One message of a chat at a time, in the order they came: Rasa reads them in order.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    location_keyboard: bool = False
    # Counts the chat's clears, so that work queued before a stop can tell it is void.
    generation: int = 0
    # The language Rasa last said the conversation is in (its language marker)…
    told: str | None = None
    # …and the gateway's own best guess, from that and the person's words since.
    guess: str | None = None


def from_phone(language_code: str | None) -> str:
    """The language of a Telegram user's app ("es", "es-MX" → "es"; anything else → "en")."""
    return "es" if (language_code or "").lower().startswith("es") else "en"


class Chats:
    """Per-chat memory, forgotten at a stop."""

    def __init__(self) -> None:
        self._chats: dict[int, Chat] = {}
        self._left_groups: set[int] = set()

    def _chat(self, chat_id: int) -> Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = Chat()
        return chat

    def lock(self, chat_id: int) -> asyncio.Lock:
        """Held while one of the chat's messages is handled."""
        return self._chat(chat_id).lock

    def remember(self, chat_id: int, message_id: int | None) -> None:
        """Keep a message's id (either side's) so that a stop can delete it."""
        if message_id is not None:
            self._chat(chat_id).message_ids.append((message_id, time.time()))

    def deletable(self, chat_id: int) -> list[int]:
        """Ids of this chat's messages still young enough to delete, oldest first."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return []
        now = time.time()
        young = [mid for mid, sent in chat.message_ids if now - sent < DELETABLE_SECONDS]
        return list(dict.fromkeys(young))  # an edited message is remembered twice

    def offering_location(self, chat_id: int, showing: bool) -> None:
        """Note whether the "Share my location" keyboard is showing in the chat."""
        self._chat(chat_id).location_keyboard = showing

    def location_keyboard(self, chat_id: int) -> bool:
        chat = self._chats.get(chat_id)
        return bool(chat and chat.location_keyboard)

    def told(self, chat_id: int, lang: str) -> None:
        """Rasa said the conversation is in ``lang``: it outranks every guess."""
        chat = self._chat(chat_id)
        chat.told = chat.guess = lang

    def hint(self, chat_id: int, language_code: str | None) -> str:
        """The hint for Rasa: what Rasa last said, else the language of the person's app."""
        chat = self._chats.get(chat_id)
        return (chat and chat.told) or from_phone(language_code)

    def speaking(self, chat_id: int, text: str | None, language_code: str | None) -> str:
        """The chat's language after the person wrote ``text`` (``talk.language.decide``:
        the words outrank the app's language), for what the gateway says on its own."""
        chat = self._chat(chat_id)
        chat.guess = decide(text, chat.guess, language_code)
        return chat.guess

    def language(self, chat_id: int, language_code: str | None = None) -> str:
        """The chat's language as the gateway knows it, else the language of the app."""
        chat = self._chats.get(chat_id)
        return (chat and chat.guess) or from_phone(language_code)

    def generation(self, chat_id: int) -> int:
        """How many times the chat was cleared."""
        chat = self._chats.get(chat_id)
        return chat.generation if chat else 0

    def forget(self, chat_id: int) -> None:
        """Drop everything about the chat but its lock, which a queued message may hold."""
        chat = self._chat(chat_id)
        self._chats[chat_id] = Chat(lock=chat.lock, generation=chat.generation + 1)

    def leaving(self, group_id: int) -> bool:
        """True the first time a group is left: say so and leave once, not per message."""
        if group_id in self._left_groups:
            return False
        self._left_groups.add(group_id)
        return True

    def rejoined(self, group_id: int) -> None:
        """The bot was added to the group again: it will say so and leave again."""
        self._left_groups.discard(group_id)
