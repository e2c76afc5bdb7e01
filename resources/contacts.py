"""The vetted national 24-hour contacts (CONVERSATION.md), for when the database cannot answer.

The seed data holds the same contacts as services; a test keeps the two in step. Code that must
answer without a database (a crisis reply, an empty or broken resource database) uses these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NationalContact:
    key: str
    name: str
    how: str
    notes: str


NATIONAL_CONTACTS: tuple[NationalContact, ...] = (
    NationalContact("emergency", "Emergency services", "call 911", "for immediate danger"),
    NationalContact(
        "trafficking",
        "National Human Trafficking Hotline",
        "call 1-888-373-7888 or text 233733",
        "24/7, confidential, not law enforcement; phone in 200+ languages",
    ),
    NationalContact(
        "suicide", "988 Suicide & Crisis Lifeline", "call or text 988", "24/7; Spanish available"
    ),
    NationalContact(
        "child_abuse",
        "Childhelp National Child Abuse Hotline",
        "call or text 1-800-422-4453",
        "24/7",
    ),
    NationalContact(
        "sexual_assault", "RAINN National Sexual Assault Hotline", "call 1-800-656-4673", "24/7"
    ),
    NationalContact(
        "runaway", "National Runaway Safeline", "call 1-800-786-2929", "24/7, for youth"
    ),
    NationalContact(
        "missing", "National Center for Missing & Exploited Children", "call 1-800-843-5678", "24/7"
    ),
    NationalContact("text_line", "Crisis Text Line", "text HOME to 741741", "24/7"),
)

BY_KEY = {contact.key: contact for contact in NATIONAL_CONTACTS}
# The contact every answer falls back to: the warm referral for anything trafficking-related.
DEFAULT = BY_KEY["trafficking"]
