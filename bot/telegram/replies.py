"""Rasa's replies to one message, as the Telegram messages to send for them.

Plain data in, plain data out, so that what the young person sees is decided in one place:
the markers of ``talk.markers`` (a stop, a location question, a message Rasa did not read or
found too long), the buttons, the "Share my location" keyboard and Telegram's length limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove

from bot.telegram import texts
from bot.telegram.buttons import Buttons
from talk import markers

MAX_CHARS = 4096  # Telegram's limit for one message
# Rasa answers these about the young person's message itself, so they are shown as replies to it.
ABOUT_THE_MESSAGE = {markers.NOT_READ, markers.TOO_LONG}


@dataclass
class Outgoing:
    text: str
    markup: Any = None
    reply_to: int | None = None


@dataclass
class Plan:
    """What to do for one turn: clear the chat, or send ``messages``; ``keyboard`` is
    whether the "Share my location" keyboard shows after them (None: as it was)."""

    messages: list[Outgoing] = field(default_factory=list)
    cleared: bool = False
    keyboard: bool | None = None


def location_keyboard() -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton("Share my location", request_location=True)]],
        one_time_keyboard=True,
        resize_keyboard=True,
    )


def plan(
    replies: list[dict[str, Any]],
    buttons: Buttons,
    message_id: int | None = None,
    keyboard_showing: bool = False,
) -> Plan:
    """The messages for Rasa's replies to the message ``message_id`` (None for a button)."""
    found = {markers.marker_of(reply) for reply in replies}
    if markers.CLEARED in found:
        return Plan(cleared=True)
    result = Plan()
    for reply in replies:
        result.messages += _messages(reply, buttons)
    if not result.messages:  # every turn says something; silence here means a failure
        result.messages = [Outgoing(texts.NO_ANSWER)]
    if found & ABOUT_THE_MESSAGE:  # the message was not read: the question still stands
        for message in result.messages:
            message.reply_to = message_id
    elif markers.REQUEST_LOCATION in found:
        result.keyboard = True
    elif keyboard_showing:
        _take_keyboard_away(result.messages)
        result.keyboard = False
    return result


def _messages(reply: dict[str, Any], buttons: Buttons) -> list[Outgoing]:
    if markers.marker_of(reply) == markers.REQUEST_LOCATION:
        return [Outgoing(texts.LOCATION_OFFER, location_keyboard())]
    custom = reply.get("custom") if isinstance(reply.get("custom"), dict) else {}
    text = reply.get("text") or custom.get("text")
    if not isinstance(text, str) or not text.strip():
        return []
    pieces = [Outgoing(piece) for piece in split(text)]
    if isinstance(reply.get("buttons"), list):
        pieces[-1].markup = buttons.keyboard(reply["buttons"])
    return pieces


def _take_keyboard_away(messages: list[Outgoing]) -> None:
    """The place question is over: the first message free to carry it removes the "Share my
    location" keyboard, or a short one of its own does."""
    for message in messages:
        if message.markup is None:
            message.markup = ReplyKeyboardRemove()
            return
    messages.insert(0, Outgoing(texts.MOVING_ON, ReplyKeyboardRemove()))


def split(text: str, limit: int = MAX_CHARS) -> list[str]:
    """The text in pieces Telegram accepts, cut at line ends where it can be."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return [*pieces, text] if text else pieces
