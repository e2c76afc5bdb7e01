"""One way in for every channel: the guard, then Rasa, then the replies.

The REST channel (bot/rasa/rest.py) and the web chat channel both answer a message with
``answer``: the guard (bot/rasa/guard.py) first, then Rasa with the cleaned text. Errors
are logged by their type only; a young person's words never reach a log.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic.request import Request

from bot.rasa.guard import Admitted, Answered, Guard, Limits
from bot.rasa.serve import TOKEN_VARIABLE
from talk import markers, sayings
from talk.crisis import crisis_in
from talk.language import LANGUAGES

logger = logging.getLogger(__name__)
CRISIS_RESPONSES = ("utter_crisis", "utter_crisis_next")
LANGUAGE_SLOT = "language"
BIG_BODY_BYTES = 64 * 1024
# Hands an admitted message to Rasa, given the crisis replies for a crisis (else []).
Runner = Callable[[UserMessage, list[dict[str, Any]]], Awaitable[None]]


@lru_cache(maxsize=1)
def guard() -> Guard:
    """The one guard of this server: its rate limits count every channel together."""
    crisis_in("warm up")  # compile the patterns now, not during someone's first message
    return Guard(Limits.from_env(), token=os.environ.get(TOKEN_VARIABLE) or None)


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.args.get("token")


def _domain(request: Request):
    agent = getattr(request.app.ctx, "agent", None)
    return getattr(agent, "domain", None)


def _crisis_replies(domain) -> dict[str, list[dict[str, Any]]]:
    """The crisis responses as the domain words them in each language, for a crisis the
    guard answers: the variation whose condition names the language (English has none)."""
    if domain is None:
        return {}
    by_language: dict[str, list[dict[str, Any]]] = {}
    for name in CRISIS_RESPONSES:
        for variation in domain.responses.get(name, []):
            lang = _language_of_variation(variation)
            reply = {k: variation[k] for k in ("text", "buttons") if k in variation}
            by_language.setdefault(lang, []).append(reply)
    return by_language


def _language_of_variation(variation: dict[str, Any]) -> str:
    for condition in variation.get("condition") or []:
        if condition.get("name") == LANGUAGE_SLOT:
            return str(condition.get("value"))
    return "en"


async def _language_marker(request: Request, sender: str) -> dict[str, Any] | None:
    """The conversation's language after this turn, as a marker (``talk.markers``)."""
    agent = getattr(request.app.ctx, "agent", None)
    store = getattr(agent, "tracker_store", None)
    if store is None:
        return None
    try:
        tracker = await store.retrieve(sender)
    except Exception as error:  # the replies still go out; the channel keeps its guess
        logger.error("the conversation's language could not be read: %s", type(error).__name__)
        return None
    lang = tracker.get_slot(LANGUAGE_SLOT) if tracker else None
    if lang not in LANGUAGES:
        return None
    return {"recipient_id": sender, "custom": markers.custom(markers.LANGUAGE, lang=lang)}


async def answer(
    request: Request, on_new_message, channel: str, *, run: Runner | None = None
) -> tuple[int, Any]:
    """The HTTP status and JSON body for one posted message. ``run``, when given, hands the
    message to Rasa in place of ``on_new_message``; it also gets the crisis replies when the
    guard found a crisis in the message (else an empty list), to answer with if Rasa cannot."""
    domain = _domain(request)
    admit = functools.partial(
        guard().admit,
        request.body,
        client=request.remote_addr or request.ip or "unknown",
        intents=set(domain.intents) if domain else set(),
        crisis_replies=_crisis_replies(domain),
        token=_token(request),
        tool=bool(request.headers.get("x-harbor-tool")),
    )
    # A big body is read beside the event loop, so other people's messages do not wait.
    big = len(request.body or b"") > BIG_BODY_BYTES
    outcome = await asyncio.to_thread(admit) if big else admit()
    if isinstance(outcome, Answered):
        return outcome.status, outcome.body
    collector = CollectingOutputChannel()
    message = UserMessage(
        outcome.text, collector, outcome.sender, input_channel=channel, metadata=outcome.metadata
    )
    try:
        if run is None:
            await on_new_message(message)
        else:
            crisis = _crisis_replies(domain) if outcome.crisis else {}
            await run(message, crisis.get(outcome.lang) or crisis.get("en", []))
    except Exception as error:  # the channel still answers; the type is all the log gets
        logger.error("a message could not be handled: %s", type(error).__name__)
    return 200, await _replies(request, outcome, collector.messages)


async def _replies(request: Request, outcome: Admitted, said: list[dict[str, Any]]):
    """What Rasa said; a line of its own when Rasa said nothing (a part of Harbor failed);
    and, for a channel that sends a language hint (it says some things on its own), the
    conversation's language after the turn."""
    if not said:
        return [{"recipient_id": outcome.sender, "text": sayings.no_answer(outcome.lang)}]
    if "language" in outcome.metadata:
        marker = await _language_marker(request, outcome.sender)
        return said + ([marker] if marker else [])
    return said
