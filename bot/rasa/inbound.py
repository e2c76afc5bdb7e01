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

from bot.rasa.guard import Answered, Guard, Limits
from bot.rasa.serve import TOKEN_VARIABLE
from talk import sayings
from talk.crisis import crisis_in

logger = logging.getLogger(__name__)
CRISIS_RESPONSES = ("utter_crisis", "utter_crisis_next")
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


def _crisis_replies(domain) -> list[dict[str, Any]]:
    """The crisis responses as the domain words them, for a crisis the guard answers."""
    if domain is None:
        return []
    replies = []
    for name in CRISIS_RESPONSES:
        for variation in domain.responses.get(name, [])[:1]:
            replies.append({k: variation[k] for k in ("text", "buttons") if k in variation})
    return replies


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
            await run(message, _crisis_replies(domain) if outcome.crisis else [])
    except Exception as error:  # the channel still answers; the type is all the log gets
        logger.error("a message could not be handled: %s", type(error).__name__)
    # Every turn says something: silence here means a part of Harbor failed.
    return 200, collector.messages or [{"recipient_id": outcome.sender,
                                         "text": sayings.no_answer("en")}]  # fmt: skip
