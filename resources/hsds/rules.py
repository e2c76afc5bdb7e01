"""What a directory needs to be true of a row, beyond the types of its fields: a phone number
a young person can dial (the bot says "call <number>"), and ages in order.

Each rule takes a row of typed values, may tidy it (an extension written in the number moves
to ``extension``), and returns its problems as (field, reason).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "(NNN) NNN-NNNN x12", "… ext. 12", "…, extension 12", "… Ext12".
_EXTENSION = re.compile(r"[\s,;]*(?:x|ext\.?|extension)\s*(\d{1,6})\s*$", re.IGNORECASE)
# Digits with the punctuation people put between them, and a vanity tail (1-800-555-HELP).
_DIALABLE = re.compile(r"^\+?\(?\d[\d\s().\-/]*(?:[A-Z][A-Z\d\s.\-]*)?$")
_KEYS = re.compile(r"[\dA-Z]")
SHORTEST, LONGEST = 3, 15  # 911 .. the longest international number
NOT_A_NUMBER = "'{}' is not a phone number: write its ten digits, area code first"

Problems = list[tuple[str, str]]


def _phone(row: dict) -> Problems:
    written = row.get("number")
    if written is None:
        return []
    match = _EXTENSION.search(written)
    number = written[: match.start()] if match else written
    if not _DIALABLE.match(number) or not SHORTEST <= len(_KEYS.findall(number)) <= LONGEST:
        return [("number", NOT_A_NUMBER.format(written))]
    if match is None:
        return []
    extension, given = float(match.group(1)), row.get("extension")
    if given is not None and given != extension:
        return [
            (
                "extension",
                f"the number ends in extension {extension:g} but this column says {given:g}",
            )
        ]
    row["number"], row["extension"] = number, extension
    return []


def _ages(row: dict) -> Problems:
    low, high = row.get("minimum_age"), row.get("maximum_age")
    if low is not None and high is not None and low > high:
        return [
            (
                "maximum_age",
                f"the maximum age {high:g} is below the minimum age {low:g}; "
                "swap them or correct one",
            )
        ]
    return []


RULES: dict[str, Callable[[dict], Problems]] = {"phone": _phone, "service": _ages}
