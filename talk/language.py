"""Which language a message is written in: Spanish (Spanglish included), English, or unsure.

Read from words only, so it works offline and in microseconds. A message counts as Spanish
when words only Spanish uses outweigh words only English uses: "hola necesito ayuda",
"necesito un lugar pa quedarme in LA". Words both languages share ("me", "no", "a") count
for neither; articles ("el", "la", "los") count half and only in longer messages, so a place
answer like "Los Angeles" or "El Paso" stays English.
"""

from __future__ import annotations

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
    "esto ola holaa adios vemos prefiero parar borrar detente nel simon sip grax "
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
