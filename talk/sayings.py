"""What Harbor says outside the conversation itself: the inbound guard's answers (a message
too long, a message held back) and, in time, the channels' own lines. One text per language;
the contacts in them come from ``resources.contacts`` (its Spanish list for Spanish), never
typed here.
"""

from __future__ import annotations

from resources import contacts

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"


def _help_now(lang: str) -> str:
    hotline = contacts.BY_KEY["trafficking"]
    linea = contacts.SPANISH_BY_KEY["trafficking"]
    return {
        "en": f"Need help now? In danger, call 911. To talk to someone 24/7, {hotline.how}.",
        "es": f"¿Necesitas ayuda ahora? Si estás en peligro, llama al 911. Para hablar con "
        f"alguien 24/7, {linea.how}.",
    }[lang]


def too_long(lang: str, limit: int) -> str:
    """The answer to a message longer than Harbor reads."""
    return {
        "en": f"That message is too long for me. Please send a shorter one, up to {limit:,} "
        "letters. ",
        "es": f"Ese mensaje es muy largo para mí. Por favor, manda uno más corto, de hasta "
        f"{limit:,} letras. ".replace(",", "."),
    }[_known(lang)] + _help_now(_known(lang))


def not_read(lang: str) -> str:
    """The answer to a message held back because many came at once."""
    return {
        "en": "You sent a few messages at once, so I did not read this one. "
        "Please send it again in a moment.",
        "es": "Mandaste varios mensajes a la vez, así que no leí este. "
        "Por favor, mándalo otra vez en un momento.",
    }[_known(lang)]


def timed_out(lang: str) -> str:
    """The answer to a message Harbor took too long over and stopped handling."""
    lang = _known(lang)
    return {
        "en": "Sorry, that took me too long, so I stopped. Please send it again. ",
        "es": "Perdón, tardé demasiado y me detuve. Por favor, mándalo otra vez. ",
    }[lang] + _help_now(lang)


def no_answer(lang: str) -> str:
    """The answer to a turn where Harbor found nothing to say: a part of it failed."""
    lang = _known(lang)
    return {
        "en": "Sorry, something went wrong on my side and I have no answer to that. "
        "Please try again soon. ",
        "es": "Perdón, algo falló de mi lado y no tengo respuesta para eso. "
        "Por favor, intenta otra vez pronto. ",
    }[lang] + _help_now(lang)


def _known(lang: str | None) -> str:
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
