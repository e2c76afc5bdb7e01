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
    NationalContact(
        "two_one_one",
        "211",
        "call 2-1-1",
        "24/7, free, confidential; local help with food, shelter, bills, health and more; "
        "many languages; reaches about 99% of the US",
    ),
    NationalContact(
        "trevor",
        "The Trevor Project (TrevorLifeline)",
        "call 1-866-488-7386",
        "24/7; crisis and suicide prevention for LGBTQ young people",
    ),
)

BY_KEY = {contact.key: contact for contact in NATIONAL_CONTACTS}
# The contact every answer falls back to: the warm referral for anything trafficking-related.
DEFAULT = BY_KEY["trafficking"]

# The national lines that fit a need best, in order, among the 24-hour contacts of a result
# set: 211 for food and a place to stay, Trevor beside 988 for someone to talk to.
LINES_FOR_NEED: dict[str, tuple[str, ...]] = {
    "basic_needs": ("two_one_one", "runaway"),
    "housing": ("two_one_one", "runaway"),
    "emotional_support": ("suicide", "trevor"),
}


# "In Spanish" in CONVERSATION.md, exactly as written there; each key names the same line as
# in NATIONAL_CONTACTS. A Spanish conversation shows these in its crisis reply and results.
SPANISH_CONTACTS: tuple[NationalContact, ...] = (
    NationalContact("emergency", "Emergencias", "llama al 911", "peligro inmediato"),
    NationalContact(
        "trafficking",
        "Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)",
        "llama al 1-888-373-7888 o envía un texto al 233733",
        "24/7; not police or immigration; phone in 200+ languages; text and chat in English "
        "and Spanish",
    ),
    NationalContact(
        "suicide",
        "988 Suicide & Crisis Lifeline, en español",
        "llama al 988 y marca 2, o envía AYUDA por texto al 988",
        "24/7",
    ),
    NationalContact(
        "text_line",
        "Crisis Text Line en español",
        "envía AYUDA al 741741, o por WhatsApp al 442-AYUDAME",
        "24/7",
    ),
    NationalContact("two_one_one", "211", "llama al 2-1-1", "24/7; many languages"),
)
SPANISH_BY_KEY = {contact.key: contact for contact in SPANISH_CONTACTS}
