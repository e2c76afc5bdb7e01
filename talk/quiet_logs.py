"""Logs hold no conversation: no message text, slot value, sender id, token or tracker.

``install()`` puts a record factory in front of Python's logging, so every record any
library makes (Rasa, rasa_sdk, Sanic, python-telegram-bot, httpx) is scrubbed before a
handler sees it:

- quoted parts of a message are replaced by '…' unless they are names Harbor itself uses
  (intents, actions, slots: the ``keep`` set), because Rasa and Sanic quote the user's words,
  sender ids and URLs when they complain;
- a JSON message (Rasa's structured logs) keeps only its event name and level;
- tokens in URLs, long hex ids and long numbers (chat ids, phone numbers) are masked;
- a traceback keeps its frames and exception types, never the exception's text, which can
  carry a whole tracker (rasa_sdk puts the request body in its error replies).
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from collections.abc import Iterable
from pathlib import Path

import yaml

MASK = "…"
_QUOTED = re.compile(r"'([^'\n]{0,2000})'|\"([^\"\n]{0,2000})\"")
_SECRETS = [
    (re.compile(r"((?:token|auth_token|secret|key)=)[^&\s'\"]+", re.IGNORECASE), r"\1" + MASK),
    (re.compile(r"\b[0-9a-fA-F]{16,}\b"), MASK),
    (re.compile(r"(?<![\d.])\+?\d[\d\s().-]{6,}\d(?![\d.])"), MASK),
    (re.compile(r"/conversations/[^/\s'\"]+"), "/conversations/" + MASK),
    (re.compile(r"/bot\d+:[\w-]+"), "/bot" + MASK),
]
_NAME = re.compile(r"^[\w.:-]{1,80}$")
_JSON_KEEP = ("event", "level", "logger", "log_level", "event_key")


def scrub(message: str, keep: frozenset[str] = frozenset()) -> str:
    """The message with anything that may belong to a conversation masked."""
    text = str(message)
    if text.lstrip().startswith("{"):
        return _json_event(text)
    text = _QUOTED.sub(lambda m: m.group(0) if (m.group(1) or m.group(2)) in keep else "'…'", text)
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def _json_event(text: str) -> str:
    try:
        record = json.loads(text)
    except ValueError:
        return text
    if not isinstance(record, dict):
        return MASK
    kept = {k: record[k] for k in _JSON_KEEP if isinstance(record.get(k), str)}
    return json.dumps({k: v if _NAME.match(v) else MASK for k, v in kept.items()})


def frames_only(exc_info) -> str:
    """A traceback with every frame and exception type, and no exception text."""
    kind, error, trace = exc_info
    lines = ["Traceback (exception text withheld):"]
    lines += [line.rstrip("\n") for line in traceback.format_tb(trace)]
    chained = error.__cause__ or error.__context__ if error is not None else None
    if chained is not None:
        lines.append(f"(after {type(chained).__module__}.{type(chained).__name__})")
    lines.append(f"{kind.__module__}.{kind.__name__}" if kind else "unknown error")
    return "\n".join(lines)


def names_in_domain(path: Path = Path("domain.yml")) -> set[str]:
    """Names Harbor itself gives (intents, actions, slots, entities, responses, forms): the
    only quoted words a log line may keep."""
    try:
        domain = yaml.safe_load(path.read_text()) or {}
    except (OSError, yaml.YAMLError):
        return set()
    names: set[str] = set()
    for key in ("intents", "actions", "entities"):
        names |= {n if isinstance(n, str) else next(iter(n)) for n in domain.get(key) or []}
    for key in ("slots", "responses", "forms"):
        names |= set(domain.get(key) or {})
    return names


def install(keep: Iterable[str] = ()) -> None:
    """Scrub every log record of this process from now on (idempotent)."""
    kept = frozenset(keep)
    previous = logging.getLogRecordFactory()
    if getattr(previous, "harbor_quiet", False):
        previous.keep |= kept  # type: ignore[attr-defined]
        return

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _quiet(record, factory.keep)  # type: ignore[attr-defined]
        return record

    factory.harbor_quiet = True  # type: ignore[attr-defined]
    factory.keep = kept  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def _quiet(record: logging.LogRecord, keep: frozenset[str]) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a library's bad format string: keep only its template
        message = str(record.msg)
    record.msg, record.args = scrub(message, keep), ()
    if record.exc_info:
        record.exc_text = frames_only(record.exc_info)
        record.exc_info = None
