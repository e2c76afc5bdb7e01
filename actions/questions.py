"""The find-help form's questions, each with buttons and a skip.

Rasa asks a form's questions through ``action_ask_<slot>``; they live here rather than in the
domain so that one place holds each question with its buttons (the place question is built
from the places being asked about). tests/actions/test_wording.py checks them like the
domain's responses: reading grade 6 or lower, 60 words at most.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import replies
from talk import markers

SKIP = {"title": "Skip", "payload": "/skip"}

# Button titles for the needs, in the order a young person most often asks.
NEED_BUTTONS = (
    ("housing", "A safe place to stay"),
    ("safety", "Staying safe"),
    ("emotional_support", "Someone to talk to"),
    ("health", "Health care"),
    ("basic_needs", "Food, clothes, basics"),
    ("legal", "Court and legal help"),
    ("education", "School"),
    ("job", "Jobs and training"),
    ("family", "Family"),
    ("life_skills", "Life skills"),
    ("substance_use", "Drugs or alcohol"),
    ("prevention", "Learn how to stay safe"),
)


def _choice(entity: str, value: str, title: str) -> dict[str, str]:
    return {"title": title, "payload": replies.inform_payload(entity, value)}


QUESTIONS: dict[str, dict[str, Any]] = {
    "need": {
        "text": "What do you need help with? Pick one, or type it in your own words.",
        "buttons": [_choice("need", n, t) for n, t in NEED_BUTTONS] + [SKIP],
    },
    "location": {
        "text": "Where are you? A ZIP code, city, county or state is enough. "
        "I never need your address.",
        "buttons": [SKIP],
    },
    "age_range": {
        "text": "Some programs are for certain ages. Are you under 18, or 18 to 24?",
        "buttons": [
            _choice("age_range", "under_18", "Under 18"),
            _choice("age_range", "18_to_24", "18 to 24"),
            SKIP,
        ],
    },
    "population": {
        "text": "Some programs here are just for girls or just for boys. Which should I show?",
        "buttons": [
            _choice("population", "girls", "Girls and young women"),
            _choice("population", "boys", "Boys and young men"),
            _choice("population", "all", "Show all"),
            SKIP,
        ],
    },
    "system": {
        "text": "Some programs only work with youth on probation, in court, in foster care "
        "or in custody. Do any of these fit you?",
        "buttons": [
            _choice("system", "probation", "Probation"),
            _choice("system", "court", "Court"),
            _choice("system", "child_welfare", "Foster care or child welfare"),
            _choice("system", "custody", "Custody or juvenile hall"),
            _choice("system", "none", "None of these"),
            SKIP,
        ],
    },
}

PLACE_UNKNOWN = "I couldn't find that place. Try a ZIP code, a city or a state. Or tap Skip."
PLACE_UNKNOWN_GO_ON = (
    "I still can't find that place. That's okay. I'll show help you can reach from anywhere."
)

# The same questions in Spanish, for young people: tú, plain words (CONVERSATION.md).
SKIP_ES = {"title": "Saltar", "payload": "/skip"}
NEED_BUTTONS_ES = (
    ("housing", "Un lugar seguro para quedarme"),
    ("safety", "Estar a salvo"),
    ("emotional_support", "Alguien con quien hablar"),
    ("health", "Salud"),
    ("basic_needs", "Comida, ropa y cosas básicas"),
    ("legal", "Corte y ayuda legal"),
    ("education", "Escuela"),
    ("job", "Trabajo y capacitación"),
    ("family", "Familia"),
    ("life_skills", "Habilidades para la vida"),
    ("substance_use", "Drogas o alcohol"),
    ("prevention", "Aprender a estar a salvo"),
)
QUESTIONS_ES: dict[str, dict[str, Any]] = {
    "need": {
        "text": "¿Con qué necesitas ayuda? Elige una, o escríbelo con tus palabras.",
        "buttons": [_choice("need", n, t) for n, t in NEED_BUTTONS_ES] + [SKIP_ES],
    },
    "location": {
        "text": "¿Dónde estás? Basta con un código postal, ciudad, condado o estado. "
        "Nunca necesito tu dirección.",
        "buttons": [SKIP_ES],
    },
    "age_range": {
        "text": "Algunos programas son para ciertas edades. ¿Tienes menos de 18, o de 18 a 24?",
        "buttons": [
            _choice("age_range", "under_18", "Menos de 18"),
            _choice("age_range", "18_to_24", "De 18 a 24"),
            SKIP_ES,
        ],
    },
    "population": {
        "text": "Aquí hay programas solo para chicas o solo para chicos. ¿Cuáles te muestro?",
        "buttons": [
            _choice("population", "girls", "Chicas y mujeres jóvenes"),
            _choice("population", "boys", "Chicos y hombres jóvenes"),
            _choice("population", "all", "Mostrar todos"),
            SKIP_ES,
        ],
    },
    "system": {
        "text": "Algunos programas son solo para jóvenes en libertad condicional, en la corte, "
        "en hogares de crianza o detenidos. ¿Alguno es tu caso?",
        "buttons": [
            _choice("system", "probation", "Libertad condicional"),
            _choice("system", "court", "Corte"),
            _choice("system", "child_welfare", "Hogar de crianza o servicios sociales"),
            _choice("system", "custody", "Detención o correccional juvenil"),
            _choice("system", "none", "Ninguno"),
            SKIP_ES,
        ],
    },
}
PLACE_UNKNOWN_ES = (
    "No encontré ese lugar. Prueba con un código postal, una ciudad o un estado. O toca Saltar."
)
PLACE_UNKNOWN_GO_ON_ES = (
    "Sigo sin encontrar ese lugar. No pasa nada. Te muestro ayuda que sirve desde cualquier lugar."
)


def question(slot: str, lang: str = "en") -> dict[str, Any]:
    """The question for ``slot`` in the conversation's language."""
    return (QUESTIONS_ES if lang == "es" else QUESTIONS)[slot]


def place_unknown(lang: str = "en", go_on: bool = False) -> str:
    """What to say when a typed place is not found (``go_on``: after the last try)."""
    if lang == "es":
        return PLACE_UNKNOWN_GO_ON_ES if go_on else PLACE_UNKNOWN_ES
    return PLACE_UNKNOWN_GO_ON if go_on else PLACE_UNKNOWN


class _AskQuestion(Action, ABC):
    @property
    @abstractmethod
    def slot(self) -> str:
        """The form slot this question fills."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        asked = question(self.slot, replies.lang_of(tracker.slots))
        dispatcher.utter_message(text=asked["text"], buttons=list(asked["buttons"]))
        if self.slot == "location":
            # Channels that can share a location (Telegram) offer it; others ignore this.
            dispatcher.utter_message(json_message=markers.custom(markers.REQUEST_LOCATION))
        return []


class ActionAskNeed(_AskQuestion):
    slot = "need"


class ActionAskLocation(_AskQuestion):
    slot = "location"


class ActionAskAgeRange(_AskQuestion):
    slot = "age_range"


class ActionAskPopulation(_AskQuestion):
    slot = "population"


class ActionAskSystem(_AskQuestion):
    slot = "system"


class ActionAskPlaceChoice(Action):
    """Asks which of several same-named places the young person means."""

    def name(self) -> str:
        return "action_ask_place_choice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        options = tracker.get_slot("place_options") or []
        dispatcher.utter_message(**replies.place_question(options, replies.lang_of(tracker.slots)))
        return []
