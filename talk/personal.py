"""Personal details a young person types, masked before the message goes anywhere.

Harbor never asks for a phone number, an e-mail address or a street address, but people type
them anyway ("text me at" and ten digits, "im at 1200 block of market st"). ``mask`` swaps each
for a placeholder so that no tracker, log or model ever holds it, and keeps the rest of the
message as it was, a city or ZIP code after an address included: that is how Harbor finds
help nearby.

A phone number is any US way of writing seven digits or more. What stays: numbers of up to
six digits (911, 988, 233733, a ZIP code, an age, a year), ZIP+4 codes, dates, times,
amounts, and counts of things ("5 days on the road", "2 court dates").
"""

from __future__ import annotations

import re

PHONE = "[phone]"
EMAIL = "[email]"
ADDRESS = "[address]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

_SEP = r"[ .-]?"
_PHONE = re.compile(
    r"(?<![\w+])"  # not inside a longer number or word
    r"(?:"
    rf"(?:\+?1{_SEP})?(?:\(\d{{3}}\)\s?|\d{{3}}{_SEP})\d{{3}}{_SEP}\d{{4}}"  # (NNN) NNN-NNNN
    rf"|\d{{3}}{_SEP}\d{{4}}"  # NNN-NNNN
    r"|\+?\d{7,15}"  # any longer run of digits
    r")"
    r"(?![\w-])"
)

_SUFFIXES_SHORT = "st|ave|av|blvd|rd|dr|ln|hwy|pkwy|ter|ct|pl|cir|wy"
_SUFFIXES_LONG = "street|avenue|boulevard|road|drive|lane|highway|parkway|terrace|way"
_DIRECTION = r"(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?"
# Words that end a street name: "5 days on the road" and "2 kids way" are not addresses.
_NOT_A_NAME = (
    "a|an|the|and|or|but|of|on|in|at|to|for|from|with|by|into|onto|down|up|out|off|over|"
    "my|your|his|her|our|their|me|you|we|they|it|this|that|these|those|i|im|i'm|is|am|are|"
    "was|were|be|been|not|no|more|than|then|so|very|too|all|some|other|any|"
    "year|years|yr|yrs|month|months|week|weeks|day|days|hour|hours|hr|hrs|minute|minutes|"
    "min|mins|time|times|mile|miles|block|blocks|people|kids|friends|old"
)
_NAME_WORD = (
    rf"(?!(?:{_NOT_A_NAME}|{_SUFFIXES_SHORT}|{_SUFFIXES_LONG})\b)"
    r"(?:[A-Za-z][\w'.-]*|\d+(?:st|nd|rd|th))"  # Main, O'Farrell, 5th
)
_UNIT = r"(?:,?\s+(?:apt|apartment|unit|suite|ste|room|rm|#)\.?\s*#?\s*\w{1,6})?"
# "at 5 main street": these words before a short number make it an address after all.
_BEFORE_AN_ADDRESS = {"at", "on", "near", "address", "addy"}
_ADDRESS = re.compile(
    r"(?<![\w#-])(?P<number>\d{1,6}[A-Za-z]?)\s+"
    r"(?:(?P<block>block\s+of)\s+)?"
    rf"(?:{_DIRECTION}\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}?)"
    rf"(?:\s+(?P<suffix>(?P<short>{_SUFFIXES_SHORT})\b\.?|(?:{_SUFFIXES_LONG})\b)"
    rf"|(?(block)(?=[\s,.!?]|$)|(?!)))"  # "1200 block of Market" needs no suffix
    rf"{_UNIT}",
    re.IGNORECASE,
)


def mask(text: str) -> str:
    """The text with phone numbers, e-mail addresses and street addresses replaced by
    ``[phone]``, ``[email]`` and ``[address]``; everything else as it was."""
    if not text:
        return text
    text = _EMAIL.sub(EMAIL, text)
    text = _PHONE.sub(PHONE, text)
    return _ADDRESS.sub(_address, text)


def _address(match: re.Match[str]) -> str:
    """Mask an address, unless it reads more like a count of something ("2 brothers
    drive", "1 block of ice")."""
    digits = len(re.match(r"\d+", match["number"])[0])
    if match["block"] and digits < 2:
        return match[0]
    spelled_out = match["suffix"] is not None and match["short"] is None
    if digits == 1 and spelled_out and match["name"].islower():
        before = match.string[: match.start()].split()
        if not before or before[-1].lower() not in _BEFORE_AN_ADDRESS:
            return match[0]
    return ADDRESS
