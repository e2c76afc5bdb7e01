"""Which language a message is written in: Spanish (Spanglish included), English, or unsure.

Read from words only, so it works offline and in microseconds. A message counts as Spanish
when words only Spanish uses outweigh words only English uses: "hola necesito ayuda",
"necesito un lugar pa quedarme in LA". Words both languages share ("me", "no", "a") count
for neither; articles ("el", "la", "los") count half and only in longer messages, so a place
answer like "Los Angeles" or "El Paso" stays English.
"""

from __future__ import annotations

import re

from talk.reading import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPANISH = _words(
    "hola ayuda ayudame ayudeme necesito necesita quiero quieres estoy estas esta soy eres "
    "tengo tiene tienes gracias espanol porfa favor buenas buenos dias donde puedo puedes "
    "vivo nada nadie alguien algo tambien ahora ahorita aqui alla dormir comida trabajo "
    "escuela casa lugar hablas habla hablo por para que pero muy como cuando porque mis tus "
    "su sus una unos unas del al mama papa novio novia amiga amigo hermana hermano hija hijo "
    "miedo vida quedarme salir calle noche hoy manana pues neta wey oye mira llevo despertar "
    "duermo dormirme mejor anoche llega otra vez mucho semana quien lee mensajes decir vas anonimo "
    "esto ola holaa holi holis adios vemos prefiero parar borrar detente nel simon sip grax "
    "anos fui voy vamos hacer hago sabe si sola solo ella ellos nosotros usted"
)
ARTICLES = _words("el la los las de y con en lo le les")
ENGLISH = _words(
    "i im i'm the is are you your my need want help to and with for of do can what where how "
    "please hi hello hey thanks thank get have dont not this that it its just like im got "
    "somewhere place stay sleep food job school who when why am was be"
)


def language_of(text: str | None) -> str | None:
    """ "es", "en", or None when the words do not say (a number, an emoji, a name)."""
    words = fold(text).split()
    if not words:
        return None
    spanish = sum(word in SPANISH for word in words)
    english = sum(word in ENGLISH for word in words)
    if len(words) >= 3:
        spanish += 0.5 * sum(word in ARTICLES for word in words)
    if spanish > english and (spanish >= 2 or (spanish >= 1 and english == 0)):
        return "es"
    if english:
        return "en"
    return None


LANGUAGES = ("en", "es")
DEFAULT = "en"
# "español", "en español", "in spanish", "habla español": the person asks for a language.
_ASKING = (
    r"^(?:(?:en|in|habla|hablas|habla me|hablame|speak|puedes hablar|quiero|prefiero|"
    r"can you speak|can we talk in)\s+)?(?:{})(?:\s+(?:porfa|por favor|please|pls))?$"
)
_ASKS_SPANISH = re.compile(_ASKING.format("espanol|spanish|castellano"))
_ASKS_ENGLISH = re.compile(_ASKING.format("english|ingles|inglish"))
# Leaving a language for the other takes more than setting it: a Spanish speaker's "ok"
# or "help" is no switch. English takes three English words and not one Spanish word;
# Spanish takes two Spanish words (Spanglish switches to Spanish).
_ENGLISH_TO_SWITCH = 3


def hint_of(value: object) -> str | None:
    """A channel's hint ("es", "es-MX", "en_US") as one of LANGUAGES, or None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower()[:2]
    return code if code in LANGUAGES else None


def asked_for(text: str | None) -> str | None:
    """The language a message asks for by name ("español", "in english"), or None."""
    said = fold(text).strip(" .!?")
    if _ASKS_SPANISH.match(said):
        return "es"
    if _ASKS_ENGLISH.match(said):
        return "en"
    return None


def decide(text: str | None, current: str | None, hint: object = None) -> str:
    """The conversation's language after this message.

    Asking by name always wins. The first message decides (Spanglish counts as Spanish);
    after that, Spanish words switch an English conversation to Spanish, and only a plainly
    English message switches a Spanish one back. A channel's hint (the page's or the
    phone's language) counts only while the words have said nothing.
    """
    if text and text.startswith("/"):  # a button: no words of the person's own
        return current or hint_of(hint) or DEFAULT
    named = asked_for(text)
    if named:
        return named
    written = language_of(text)
    if current not in LANGUAGES:
        return written or hint_of(hint) or DEFAULT
    if written is None or written == current:
        return current
    words = fold(text).split()
    english = sum(word in ENGLISH for word in words)
    spanish = sum(word in SPANISH for word in words)
    if written == "es":  # one Spanish-looking word ("x" is texting for "por") is no switch
        return "es" if spanish >= 2 else current
    return "en" if english >= _ENGLISH_TO_SWITCH and not spanish else current
