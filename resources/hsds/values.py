"""Turning a CSV cell into the typed value its HSDS field holds, or a reason it cannot be.

Each field type gets its own small function: an import calls them a few million times.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from math import isfinite

UUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Only web addresses: a javascript:, data: or file: address in a link runs or opens something.
WEB_RE = re.compile(r"^https?://[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
# The range a number must fall in, and what to say when it does not, by field name.
BOUNDS = {
    "latitude": (-90, 90, "latitude {} is outside -90..90"),
    "longitude": (-180, 180, "longitude {} is outside -180..180"),
    "minimum_age": (0, 120, "age {} is outside 0..120"),
    "maximum_age": (0, 120, "age {} is outside 0..120"),
}

Converter = Callable[[str], object]


def converter(spec: dict) -> Converter | None:
    """A function turning a cell of this field into its value, raising ValueError with a reason.

    None for plain text, which is kept as it is.
    """
    kind, fmt = spec["type"], spec.get("format")
    enum = spec.get("constraints", {}).get("enum")
    if kind == "number":
        return _number(spec["name"])
    if kind in ("date", "time", "datetime"):
        return {"date": _date, "time": _time, "datetime": _datetime}[kind]
    if fmt == "uuid":
        return _uuid
    if fmt == "email":
        return _matching(EMAIL_RE, "is not an email address")
    if fmt == "uri":
        return _matching(WEB_RE, "is not a web address (start it with https://)")
    if enum:
        return _one_of(enum)
    return None


def _matching(pattern: re.Pattern, reason: str) -> Converter:
    def checked(text: str) -> str:
        if not pattern.match(text):
            raise ValueError(f"'{text}' {reason}")
        return text

    return checked


def _one_of(enum: list[str]) -> Converter:
    # Matched whatever the case and spacing ("Active", "temporarily  Closed"), stored as the
    # standard spells it: search and other HSDS tools compare the exact words.
    spelling = {_words(value): value for value in enum}
    exact = frozenset(enum)

    def one_of(text: str) -> str:
        if text in exact:  # most cells: no need to look further
            return text
        value = spelling.get(_words(text))
        if value is None:
            raise ValueError(f"'{text}' is not one of {', '.join(enum)}")
        return value

    return one_of


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _number(name: str) -> Callable[[str], float]:
    low, high, message = BOUNDS.get(name, (float("-inf"), float("inf"), ""))

    def number(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a number") from None
        if not isfinite(value):
            raise ValueError(f"'{text}' is not a number")
        if not low <= value <= high:
            raise ValueError(message.format(text))
        return value

    return number


def _uuid(text: str) -> str:
    if not UUID_RE.match(text):
        raise ValueError(f"'{text}' is not a valid uuid")
    return text.lower()


def _date(text: str) -> str:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date like 2024-01-31") from None
    return text


def _time(text: str) -> str:
    try:
        # Table Schema's default time is HH:MM:SS; accept the HH:MM people type.
        return dt.time.fromisoformat(text).replace(microsecond=0).isoformat()
    except ValueError:
        raise ValueError(f"'{text}' is not a time like 09:00") from None


def _datetime(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{text}' is not a date and time like 2024-01-31T09:00:00Z") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"
