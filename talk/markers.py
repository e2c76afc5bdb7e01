"""The channel protocol: custom messages Harbor's replies carry for the channels to act on.

Rasa's REST channel returns them as ``{"custom": {"harbor": "<marker>", …}}`` beside the
text messages; a channel that does not know a marker ignores it.

- ``cleared``: the conversation was forgotten (stop). Telegram deletes the chat's messages,
  the web widget clears its screen and session.
- ``request_location``: the bot asks where the person is; a channel that can share a
  location (Telegram) offers it.
- ``not_read``: the message was held back (too many at once) and not read; the text says so
  and asks for it again. A channel shows it next to that message.
- ``too_long``: the message was longer than Harbor reads; the text says so.
- ``timed_out``: the message took too long and was not handled (the web chat cancels it);
  the text asks for it again.
- ``language``: the conversation's language, in ``lang`` (``en`` or ``es``); channels use it
  for what they say on their own.
"""

from __future__ import annotations

from typing import Any

KEY = "harbor"
CLEARED = "cleared"
REQUEST_LOCATION = "request_location"
NOT_READ = "not_read"
TOO_LONG = "too_long"
TIMED_OUT = "timed_out"
LANGUAGE = "language"


def custom(marker: str, **fields: Any) -> dict[str, Any]:
    """The custom payload of a marker message: ``{"harbor": marker, **fields}``."""
    return {KEY: marker, **fields}


def marker_of(reply: dict[str, Any]) -> str | None:
    """The marker a reply carries, or None for an ordinary message."""
    payload = reply.get("custom") if isinstance(reply, dict) else None
    if isinstance(payload, dict) and isinstance(payload.get(KEY), str):
        return payload[KEY]
    return None
