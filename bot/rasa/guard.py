"""The inbound guard: every message, on every channel, passes here before NLU sees it.

In order: the request body's size, its JSON (nesting depth), the sender, the metadata
(size and depth, dropped when over), the text normalised (``talk.reading.normalise``), the
crisis check on everything that was sent, the message cap, typed payloads checked
(``payloads.checked``), the per-sender and per-client rate limits, and personal details
masked (``talk.personal.mask``). A crisis is never held back: over a limit or over the cap,
it is still answered with the crisis reply. Anything else held back gets a plain answer
saying so, with a marker the channels understand (``talk.markers``).
"""

from __future__ import annotations

import hmac
import json
import os
import time
from collections import OrderedDict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.rasa import payloads
from talk import markers, sayings
from talk.crisis import crisis_in
from talk.language import decide
from talk.personal import mask
from talk.reading import normalise

CRISIS_PAYLOAD = "/crisis"


@dataclass(frozen=True)
class Limits:
    """The caps and rates of the guard; environment variables override the defaults."""

    max_chars: int = 2000
    max_body_bytes: int = 2 * 1024 * 1024
    max_metadata_bytes: int = 4096
    max_depth: int = 8
    max_sender_chars: int = 128
    sender_burst: int = 6
    sender_per_second: float = 1.0
    client_burst: int = 60
    client_per_second: float = 20.0

    @classmethod
    def from_env(cls) -> Limits:
        names = {"max_chars": "HARBOR_MAX_MESSAGE_CHARS", "sender_burst": "HARBOR_SENDER_BURST",
                 "client_burst": "HARBOR_CLIENT_BURST",
                 "sender_per_second": "HARBOR_SENDER_PER_SECOND",
                 "client_per_second": "HARBOR_CLIENT_PER_SECOND"}  # fmt: skip
        given = {key: os.environ[var] for key, var in names.items() if os.environ.get(var)}
        return cls(**{key: type(getattr(cls, key))(value) for key, value in given.items()})


@dataclass
class Admitted:
    """A message to hand to Rasa: cleaned text, the sender, safe metadata."""

    text: str
    sender: str
    metadata: dict[str, Any] = field(default_factory=dict)
    crisis: bool = False
    # The language the message is written in, or the channel's hint ("en" when neither
    # says): for what is said without Rasa. Rasa keeps the conversation's own.
    lang: str = "en"


@dataclass
class Answered:
    """The guard answers itself: an HTTP status and a JSON body."""

    status: int
    body: Any


class Buckets:
    """Token buckets by key, at most ``size`` keys (the least recently used go first)."""

    def __init__(self, burst: int, per_second: float, size: int = 50_000) -> None:
        self.burst, self.per_second, self.size = burst, per_second, size
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, seen = self._buckets.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - seen) * self.per_second)
        allowed = tokens >= 1
        self._buckets[key] = (tokens - 1 if allowed else tokens, now)
        while len(self._buckets) > self.size:
            self._buckets.popitem(last=False)
        return allowed


class Guard:
    def __init__(self, limits: Limits | None = None, token: str | None = None) -> None:
        self.limits = limits or Limits()
        self.token = token
        self.senders = Buckets(self.limits.sender_burst, self.limits.sender_per_second)
        self.clients = Buckets(self.limits.client_burst, self.limits.client_per_second)

    def trusted(self, token: str | None) -> bool:
        """A client holding the API token (the Telegram gateway, replay, the benches)."""
        return bool(self.token and token and hmac.compare_digest(self.token, token))

    def admit(
        self,
        body: bytes,
        client: str,
        intents: Collection[str],
        crisis_replies: Mapping[str, list[dict[str, Any]]],
        token: str | None = None,
        tool: bool = False,
    ) -> Admitted | Answered:
        """What to do with one request's body (see the module docstring). ``crisis_replies``
        holds the crisis reply in each language the bot speaks."""
        if len(body) > self.limits.max_body_bytes:
            return Answered(413, [self._reply(sayings.too_long("en", self.limits.max_chars),
                                              markers.TOO_LONG)])  # fmt: skip
        request = self._parsed(body)
        if isinstance(request, Answered):
            return request
        sender, message, metadata = request
        text = normalise(message[: self.limits.max_chars * 2])
        crisis = crisis_in(message if len(message) > len(text) else text)
        lang = decide(text[:500], None, metadata.get("language"))
        held = self._held(sender, client, token, tool)
        if crisis and held:
            replies = crisis_replies.get(lang) or crisis_replies.get("en", [])
            return Answered(200, [{"recipient_id": sender, **r} for r in replies])
        if crisis and len(message) > self.limits.max_chars:
            return Admitted(CRISIS_PAYLOAD, sender, metadata, crisis=True, lang=lang)
        if held:
            said = sayings.not_read(lang)
            return Answered(200, [self._reply(said, markers.NOT_READ, sender)])
        if len(text) > self.limits.max_chars or len(message) > self.limits.max_chars * 2:
            said = sayings.too_long(lang, self.limits.max_chars)
            return Answered(200, [self._reply(said, markers.TOO_LONG, sender)])
        if text.startswith("/"):
            text = payloads.checked(text, intents)
        return Admitted(mask(text), sender, metadata, crisis=crisis, lang=lang)

    # ---- the steps --------------------------------------------------------------------

    def _parsed(self, body: bytes) -> tuple[str, str, dict[str, Any]] | Answered:
        try:
            request = json.loads(body or b"{}")
        except (ValueError, RecursionError):
            return _bad('send JSON: {"sender": "…", "message": "…"}')
        if not isinstance(request, dict):
            return _bad("send one JSON object with sender and message")
        sender, message = request.get("sender"), request.get("message")
        if isinstance(sender, int) and not isinstance(sender, bool):
            sender = str(sender)
        if not isinstance(sender, str) or not sender.strip():
            return _bad("sender must be a non-empty string")
        if len(sender) > self.limits.max_sender_chars or not sender.isprintable():
            return _bad(
                f"sender must be at most {self.limits.max_sender_chars} printable characters"
            )
        if message is None:
            message = ""
        if not isinstance(message, str):
            return _bad("message must be a string")
        return sender.strip(), message, self._metadata(request.get("metadata"))

    def _metadata(self, metadata: Any) -> dict[str, Any]:
        if not isinstance(metadata, dict) or _depth(metadata, self.limits.max_depth) is None:
            return {}
        if len(json.dumps(metadata)) > self.limits.max_metadata_bytes:
            return {}
        return metadata

    def _held(self, sender: str, client: str, token: str | None, tool: bool) -> bool:
        """True when a rate limit holds this message back. A client with the API token is
        not limited as a whole (the Telegram gateway speaks for many chats); a testers'
        tool with the token (replay, the benches) plays conversations at machine speed."""
        trusted = self.trusted(token)
        if trusted and tool:
            return False
        sender_ok = self.senders.take(f"s:{sender}")
        client_ok = trusted or self.clients.take(f"c:{client}")
        return not (sender_ok and client_ok)

    @staticmethod
    def _reply(text: str, marker: str, sender: str | None = None) -> dict[str, Any]:
        reply = {"text": text, "custom": markers.custom(marker)}
        return {"recipient_id": sender, **reply} if sender else reply


def _bad(reason: str) -> Answered:
    return Answered(400, {"error": reason})


def _depth(value: Any, limit: int) -> int | None:
    """The nesting depth of a JSON value, or None when it is deeper than ``limit``."""
    stack, deepest = [(value, 1)], 0
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return None
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest
