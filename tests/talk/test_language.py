import pytest

from talk.language import language_of


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
