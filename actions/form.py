"""The find-help form: what the young person needs and where, then only the questions that
would change the answer. Every question can be skipped; skipping widens the search."""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import questions, replies, typed_answers
from actions.resource_db import engine
from resources import needs, places
from resources.search import questions_that_matter

logger = logging.getLogger(__name__)

SKIPPED = replies.SKIPPED
# Intents that are never an answer to a question: the form lets rules answer them. A yes,
# no or hi is an answer only when its words are ("no" to the system question).
ALWAYS_RULES = {
    "crisis",
    "stop",
    "ask_privacy",
    "help",
    "goodbye",
    "thanks",
    "more",
    "change_location",
    "change_need",
    "ask_prevention",
    "other_language",
}
# Intents a typed answer may come with when the model cannot tell what it is.
ANSWER_INTENTS = {"inform", "nlu_fallback", "out_of_scope"}
MAX_PLACE_TRIES = 2
MAX_PLACE_OPTIONS = 4


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _has_entity(tracker: Tracker, entity: str) -> bool:
    return any(e.get("entity") == entity for e in tracker.latest_message.get("entities") or [])


def _answering(tracker: Tracker, slot: str) -> bool:
    """True when the latest message may be read as the answer to the question for ``slot``."""
    return tracker.get_slot("requested_slot") == slot and _intent(tracker) not in ALWAYS_RULES


def _typed(tracker: Tracker, slot: str, read) -> dict[str, Any]:
    """Extract a follow-up answer from a skip or typed words; entity payloads fill themselves."""
    if tracker.get_slot("requested_slot") != slot:
        return {}
    if _intent(tracker) == "skip":
        return {slot: SKIPPED}
    if _has_entity(tracker, slot) or not _answering(tracker, slot):
        return {}
    value = read(tracker.latest_message.get("text"))
    return {slot: value} if value else {}


# Rasa SDK asks for the form's slots three times a turn; one query answers all three, and a
# staff import is seen within a minute.
QUESTIONS_FRESH_SECONDS = 60


@lru_cache(maxsize=512)
def _questions(query, minute: int) -> tuple[str, ...]:
    return tuple(questions_that_matter(engine(), query))


class ValidateFindHelpForm(FormValidationAction):
    def name(self) -> str:
        return "validate_find_help_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        slots = [] if tracker.get_slot("program_kind") == "prevention" else ["need"]
        slots.append("location")
        if tracker.get_slot("place_options"):
            slots.append("place_choice")
            return slots
        if any(tracker.get_slot(s) is None for s in slots):
            return slots
        try:
            query = replies.query_from_slots(tracker.slots)
            minute = int(time.monotonic() // QUESTIONS_FRESH_SECONDS)
            slots += list(_questions(query, minute))
        except Exception:  # the questions are a refinement only
            logger.warning("could not decide the follow-up questions", exc_info=True)
        return slots

    # ---- need ------------------------------------------------------------------------

    async def extract_need(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "need":
            return {}
        if _intent(tracker) == "skip":
            return {"need": []}
        if _has_entity(tracker, "need") or not _answering(tracker, "need"):
            return {}
        found = needs.needs_in(tracker.latest_message.get("text"))
        return {"need": found} if found else {}

    def validate_need(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == []:
            return {"need": []}
        found = needs.normalise(value)
        # The model may split a phrase ("somewhere" + "safe to sleep"): read the words too.
        if _intent(tracker) in ANSWER_INTENTS:
            text = tracker.latest_message.get("text") or ""
            found += [n for n in needs.needs_in(text) if n not in found]
        return {"need": found or None}

    # ---- location --------------------------------------------------------------------

    async def extract_location(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "location":
            return {}
        if _intent(tracker) == "skip":
            return {"location": SKIPPED}
        if _has_entity(tracker, "location") or not _answering(tracker, "location"):
            return {}
        text = (tracker.latest_message.get("text") or "").strip()
        if not text:
            return {}
        resolution = places.resolve(text)
        if resolution.found or resolution.ambiguous:
            return {"location": text[:200]}
        # Not a place: a failed try only when the words were meant as an answer. A bare need
        # ("food") is taken by the need mapping instead.
        if _intent(tracker) in ANSWER_INTENTS and not needs.needs_in(text):
            return {"location": text[:200]}
        return {}

    def validate_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == SKIPPED:
            return {"location": SKIPPED, "place": None, "place_options": None}
        options = tracker.get_slot("place_options")
        if options and tracker.get_slot("requested_slot") == "place_choice":
            chosen = typed_answers.place_choice(str(value), options)
            if chosen:
                return {"place": chosen, "place_choice": chosen, "place_options": None}
        resolution = places.resolve(str(value) if value is not None else None)
        if resolution.found:
            return {
                "location": value,
                "place": resolution.place.key,
                "place_options": None,
                "location_tries": 0.0,
            }
        if resolution.ambiguous:
            keys = [p.key for p in resolution.candidates[:MAX_PLACE_OPTIONS]]
            return {"location": value, "place": None, "place_options": keys}
        tries = int(tracker.get_slot("location_tries") or 0) + 1
        if tries >= MAX_PLACE_TRIES:
            dispatcher.utter_message(text=questions.PLACE_UNKNOWN_GO_ON)
            return {"location": SKIPPED, "place": None, "location_tries": float(tries)}
        dispatcher.utter_message(text=questions.PLACE_UNKNOWN)
        return {"location": None, "location_tries": float(tries)}

    # ---- which of several places -------------------------------------------------------

    async def extract_place_choice(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        options = tracker.get_slot("place_options") or []
        return _typed(
            tracker, "place_choice", lambda text: typed_answers.place_choice(text, options)
        )

    def validate_place_choice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        options = tracker.get_slot("place_options") or []
        if value == SKIPPED:
            return {"place_choice": SKIPPED, "place": None, "place_options": None}
        if value in options:
            return {"place_choice": value, "place": value, "place_options": None}
        return {"place_choice": None}

    # ---- follow-up questions -----------------------------------------------------------

    async def extract_age_range(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _typed(tracker, "age_range", typed_answers.age_range)

    def validate_age_range(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        ok = value in typed_answers.AGE_RANGES or value == SKIPPED
        return {"age_range": value if ok else None}

    async def extract_population(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _typed(tracker, "population", typed_answers.population)

    def validate_population(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        ok = value in typed_answers.POPULATIONS or value == SKIPPED
        return {"population": value if ok else None}

    async def extract_system(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _typed(tracker, "system", typed_answers.system)

    def validate_system(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        ok = value in typed_answers.SYSTEMS or value == SKIPPED
        return {"system": value if ok else None}
