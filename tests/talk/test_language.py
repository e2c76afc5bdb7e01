import pytest

from talk.language import decide, hint_of, language_of


@pytest.mark.parametrize(
    "text",
    ["hola necesito ayuda", "necesito un lugar pa quedarme in LA", "tengo miedo", "hola",
     "donde puedo dormir hoy", "ESTOY EN LA CALLE"],
)  # fmt: skip
def test_spanish_and_spanglish(text):
    assert language_of(text) == "es"


@pytest.mark.parametrize(
    "text",
    ["i need help", "Los Angeles", "im in los angeles", "El Paso", "pittsburg pa",
     "SE portland by 82nd", "see ya", "san jose ca"],
)  # fmt: skip
def test_english_and_places_are_not_spanish(text):
    assert language_of(text) != "es"


@pytest.mark.parametrize("text", ["", "94110", "🙂🙂", None])
def test_no_words_no_language(text):
    assert language_of(text) is None


@pytest.mark.parametrize(
    ("text", "current", "hint", "expected"),
    [
        ("hola", None, None, "es"),  # the first message decides
        ("hi", None, "es", "en"),  # a hint never overrides what the person writes
        ("16", None, "es-MX", "es"),  # words that say nothing: the hint
        ("16", None, None, "en"),
        ("/affirm", None, "es", "es"),  # a button is no one's words
        ("ok", "es", None, "es"),  # a short word does not switch
        ("help", "es", "en", "es"),
        ("Los Angeles", "es", None, "es"),
        ("necesito un lugar pa quedarme in LA", "en", None, "es"),  # Spanglish is Spanish
        ("i need a place to stay tonight", "es", None, "en"),  # plainly English switches
        ("español", "en", None, "es"),  # asked by name, any time
        ("en español porfa", "en", None, "es"),
        ("can you speak spanish", "en", None, "es"),
        ("english", "es", None, "en"),
        ("in english please", "es", None, "en"),
        ("ingles", "es", None, "en"),
    ],
)  # fmt: skip
def test_the_conversation_language(text, current, hint, expected):
    assert decide(text, current, hint) == expected


def test_a_hint_counts_only_as_a_language_harbor_speaks():
    assert hint_of("es_US") == "es" and hint_of("EN-gb") == "en"
    assert hint_of("fr") is None and hint_of(None) is None and hint_of(7) is None


def test_one_spanish_looking_word_does_not_switch_an_english_conversation():
    assert decide("<img src=x onerror=alert(1)>", "en") == "en"
    assert decide("nada", "en") == "en"
    assert decide("no tengo nada", "en") == "es"
