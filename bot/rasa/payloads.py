"""Typed `/intent{…}` payloads, checked as strictly as the buttons that send them.

Buttons send payloads such as ``/inform{"need": "housing"}``; anyone can type one too. A
payload is taken only when its intent is Harbor's and every entity is one Harbor asks
about, with a value from that entity's vocabulary. Anything else is read as words, with
its leading "/" dropped, so "/help me im 15" is a message like any other and never reaches
Rasa's payload parser (whose warnings quote the whole line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from typing import Any

from resources import facets

_PAYLOAD = re.compile(r"^/([A-Za-z_]{1,40})(\{.{0,500}\})?$", re.DOTALL)
_PLACE_KEY = re.compile(r"^(?:zip:\d{5}|state:[A-Z]{2}|(?:city|county):[A-Z]{2}:[^:{}\"]{1,80})$")
_PLAIN = re.compile(r"^[^\x00-\x1f{}\[\]\"\\]{1,100}$")
# Rasa's own intents that a person must not drive, and what typing them means instead.
RENAMED = {"restart": "stop", "session_start": "greet"}


def _one_of(values: Collection[str]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and value in values


def _needs(value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return 0 < len(values) <= len(facets.NEEDS) and all(
        isinstance(v, str) and v in facets.NEEDS for v in values
    )


ENTITIES: dict[str, Callable[[Any], bool]] = {
    "need": _needs,
    "age_range": _one_of(facets.AGE_RANGES),
    "population": _one_of(facets.POPULATIONS),
    "system": _one_of([*facets.SYSTEMS, "none"]),
    "location": lambda v: isinstance(v, str) and bool(_PLAIN.match(v)),
    "place_choice": lambda v: isinstance(v, str) and bool(_PLACE_KEY.match(v)),
}


def checked(text: str, intents: Collection[str]) -> str:
    """The payload in its canonical form when it is valid, else the words without the "/"."""
    match = _PAYLOAD.match(text.strip())
    if not match:
        return text.lstrip("/ ").strip()
    intent, body = match.group(1), match.group(2)
    intent = RENAMED.get(intent, intent)
    entities = _entities(body)
    if intent not in intents or entities is None:
        return text.lstrip("/ ").strip()
    return f"/{intent}" + (json.dumps(entities, sort_keys=True) if entities else "")


def _entities(body: str | None) -> dict[str, Any] | None:
    if not body:
        return {}
    try:
        entities = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(entities, dict) or not entities:
        return None
    for name, value in entities.items():
        check = ENTITIES.get(name)
        if check is None or not check(value):
            return None
    return entities
