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
        question = QUESTIONS[self.slot]
        dispatcher.utter_message(text=question["text"], buttons=list(question["buttons"]))
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
        dispatcher.utter_message(**replies.place_question(tracker.get_slot("place_options") or []))
        return []
