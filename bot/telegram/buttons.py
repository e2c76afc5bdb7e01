"""Rasa's buttons as Telegram inline keyboards, with callback keys that mean the same thing
in every gateway process, before and after a restart.

Telegram hands a pressed button's ``callback_data`` back (at most 64 bytes). A payload that
fits is its own key. A longer one gets a stable hash as its key, and this process keeps the
payload to look it up; any process that showed the same payload knows the same key. A key
this process cannot read is unknown: the gateway says so and never guesses another choice.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

MAX_CALLBACK_BYTES = 64
HASHED = "#"  # Harbor's payloads are intents ("/affirm"), so a key never starts with it
MAX_HASHED = 10_000
MAX_TITLE = 64


def _fits(payload: str) -> bool:
    return payload.startswith("/") and len(payload.encode()) <= MAX_CALLBACK_BYTES


class Buttons:
    """Callback keys for payloads, and payloads for keys."""

    def __init__(self) -> None:
        self._hashed: OrderedDict[str, str] = OrderedDict()

    def key(self, payload: str) -> str:
        """The callback data for a payload."""
        if _fits(payload):
            return payload
        key = HASHED + hashlib.sha256(payload.encode()).hexdigest()[:40]
        self._hashed[key] = payload
        self._hashed.move_to_end(key)
        while len(self._hashed) > MAX_HASHED:
            self._hashed.popitem(last=False)
        return key

    def payload(self, key: str | None) -> str | None:
        """The payload a pressed button stands for, or None for a key not known here."""
        if not key:
            return None
        if _fits(key):
            return key
        return self._hashed.get(key)

    def keyboard(self, buttons: list[dict[str, Any]]) -> InlineKeyboardMarkup | None:
        """One button per row, as Rasa lists them; None when none has a payload."""
        rows = [
            [InlineKeyboardButton(str(b.get("title", ""))[:MAX_TITLE], callback_data=self.key(p))]
            for b in buttons
            if isinstance(b, dict) and isinstance(p := b.get("payload"), str) and p
        ]
        return InlineKeyboardMarkup(rows) if rows else None
