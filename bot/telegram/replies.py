"""Rasa's replies to one message, as the Telegram messages to send for them.

Plain data in, plain data out, so that what the young person sees is decided in one place:
the markers of ``talk.markers`` (a stop, a location question, a message Rasa did not read or
found too long, the conversation's language), the buttons, the "Share my location" keyboard
and Telegram's length limit.
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
    whether the "Share my location" keyboard shows after them (None: as it was);
    ``language`` is the conversation's language when Rasa said it (its marker)."""

    messages: list[Outgoing] = field(default_factory=list)
    cleared: bool = False
    keyboard: bool | None = None
    language: str | None = None


def location_keyboard(said: texts.Lines = texts.ENGLISH) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton(said.share_location, request_location=True)]],
        one_time_keyboard=True,
        resize_keyboard=True,
    )


def plan(
    replies: list[dict[str, Any]],
    buttons: Buttons,
    message_id: int | None = None,
    keyboard_showing: bool = False,
    lang: str | None = None,
) -> Plan:
    """The messages for Rasa's replies to the message ``message_id`` (None for a button);
    the gateway's own lines among them in the language Rasa said, else in ``lang``."""
    found = {markers.marker_of(reply) for reply in replies}
    if markers.CLEARED in found:
        return Plan(cleared=True)
    result = Plan(language=language_of(replies))
    said = texts.lines(result.language or lang)
    for reply in replies:
        result.messages += _messages(reply, buttons, said)
    if not result.messages:  # every turn says something; silence here means a failure
        result.messages = [Outgoing(said.no_answer)]
    if found & ABOUT_THE_MESSAGE:  # the message was not read: the question still stands
        for message in result.messages:
            message.reply_to = message_id
    elif markers.REQUEST_LOCATION in found:
        result.keyboard = True
    elif keyboard_showing:
        _take_keyboard_away(result.messages, said)
        result.keyboard = False
    return result


def language_of(replies: list[dict[str, Any]]) -> str | None:
    """The language Rasa's last language marker names, or None when none names one."""
    said = [
        reply["custom"].get("lang")
        for reply in replies
        if markers.marker_of(reply) == markers.LANGUAGE
    ]
    return said[-1] if said and said[-1] in texts.BY_LANGUAGE else None


def _messages(reply: dict[str, Any], buttons: Buttons, said: texts.Lines) -> list[Outgoing]:
    marker = markers.marker_of(reply)
    if marker == markers.REQUEST_LOCATION:
        return [Outgoing(said.location_offer, location_keyboard(said))]
    if marker == markers.LANGUAGE:  # for the gateway, not the person
        return []
    custom = reply.get("custom") if isinstance(reply.get("custom"), dict) else {}
    text = reply.get("text") or custom.get("text")
    if not isinstance(text, str) or not text.strip():
        return []
    pieces = [Outgoing(piece) for piece in split(text)]
    if isinstance(reply.get("buttons"), list):
        pieces[-1].markup = buttons.keyboard(reply["buttons"])
    return pieces


def _take_keyboard_away(messages: list[Outgoing], said: texts.Lines) -> None:
    """The place question is over: the first message free to carry it removes the "Share my
    location" keyboard, or a short one of its own does."""
    for message in messages:
        if message.markup is None:
            message.markup = ReplyKeyboardRemove()
            return
    messages.insert(0, Outgoing(said.moving_on, ReplyKeyboardRemove()))


def split(text: str, limit: int = MAX_CHARS) -> list[str]:
    """The text in pieces Telegram accepts, cut at line ends where it can be."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return [*pieces, text] if text else pieces
