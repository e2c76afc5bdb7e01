"""The find-help form: what the young person needs and where, then only the questions that
would change the answer. Every question can be skipped; skipping widens the search."""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import questions, reading, replies, typed_answers
from actions.read_message import set_this_turn
from actions.resource_db import engine
from resources import places
from resources.search import questions_that_matter
from talk import needs

logger = logging.getLogger(__name__)

SKIPPED = replies.SKIPPED
# Intents that are never an answer to a question: the form lets rules answer them. A yes,
# no or hi is an answer only when its words are ("no" to the system question). A message in
# another language is an answer when its words give one ("comida y ropa"); when they do not,
# the form is rejected and the rule for other languages answers.
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
}
# Intents a typed answer may come with when the model cannot tell what it is.
ANSWER_INTENTS = {"inform", "nlu_fallback", "out_of_scope"}
MAX_PLACE_TRIES = 2
# What action_read_message may set from any message.
READ_EVERY_TURN = (*reading.SEARCH_SLOTS, "for_other")


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _answering(tracker: Tracker, slot: str) -> bool:
    """True when the latest message may be read as the answer to the question for ``slot``."""
    return tracker.get_slot("requested_slot") == slot and _intent(tracker) not in ALWAYS_RULES


def _skipped(tracker: Tracker, slot: str, value: Any) -> dict[str, Any]:
    """``{slot: value}`` when the person skips the question about ``slot``."""
    if tracker.get_slot("requested_slot") == slot and _intent(tracker) == "skip":
        return {slot: value}
    return {}


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

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # Rasa drops what a slot-mapping action says, so the note for someone asking on
        # behalf of another person is said here, once, in the turn it was understood.
        if tracker.get_slot("for_other") and set_this_turn(tracker, "for_other"):
            dispatcher.utter_message(text=replies.for_someone_else(replies.lang_of(tracker.slots)))
        events = await super().run(dispatcher, tracker, domain)
        # A message that told the bot something (an age at the girls/boys question) is an
        # answer, not a message the form "didn't get": saying so keeps Rasa from rejecting
        # the form, which then asks its question again without "Sorry, I didn't get that".
        told = [slot for slot in READ_EVERY_TURN if set_this_turn(tracker, slot)]
        named = {event.get("name") for event in events}
        events += [SlotSet(slot, tracker.get_slot(slot)) for slot in told if slot not in named]
        return events

    # The messages themselves are read by action_read_message (actions/reading.py) after
    # every user turn, whatever was asked. What is left to the form: a skip, and a place
    # typed as the answer that no map knows.

    # ---- need ------------------------------------------------------------------------

    async def extract_need(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _skipped(tracker, "need", [])

    def validate_need(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == []:
            return {"need": []}
        return {"need": needs.normalise(value) or None}

    # ---- location --------------------------------------------------------------------

    async def extract_location(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        skipped = _skipped(tracker, "location", SKIPPED)
        if skipped or not _answering(tracker, "location") or set_this_turn(tracker, "location"):
            return skipped
        text = (tracker.latest_message.get("text") or "").strip()
        if not text or text.startswith("/") or _intent(tracker) not in ANSWER_INTENTS:
            return {}
        # Not a place anyone knows: a failed try, unless the words were a need ("food").
        if needs.needs_in(text) or places.resolve(text).found or places.resolve(text).ambiguous:
            return {}
        return {"location": text[:200]}

    def validate_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == SKIPPED:
            return {"location": SKIPPED, "place": None, "place_options": None}
        if value is None:  # forgotten ("start over", "change place"): nothing to check
            return {}
        resolution = places.resolve(str(value))
        if resolution.found or resolution.ambiguous or tracker.get_slot("place"):
            return {}  # read and resolved by action_read_message this turn
        tries = int(tracker.get_slot("location_tries") or 0) + 1
        if tries >= MAX_PLACE_TRIES:
            dispatcher.utter_message(text=questions.place_unknown(_lang(tracker), go_on=True))
            return {"location": SKIPPED, "place": None, "location_tries": float(tries)}
        dispatcher.utter_message(text=questions.place_unknown(_lang(tracker)))
        return {"location": None, "location_tries": float(tries)}

    # ---- which of several places -------------------------------------------------------

    async def extract_place_choice(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _skipped(tracker, "place_choice", SKIPPED)

    def validate_place_choice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == SKIPPED:
            # Skipping widens, never blocks: the most populous of the places offered (they
            # come first), named in the results' first line so a wrong guess shows.
            options = tracker.get_slot("place_options") or []
            return {"place_choice": SKIPPED, "place": options[0] if options else None,
                    "place_options": None}  # fmt: skip
        return {}

    # ---- follow-up questions -----------------------------------------------------------

    async def extract_age_range(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _skipped(tracker, "age_range", SKIPPED)

    def validate_age_range(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"age_range": _known(value, typed_answers.AGE_RANGES)}

    async def extract_population(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _skipped(tracker, "population", SKIPPED)

    def validate_population(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"population": _known(value, typed_answers.POPULATIONS)}

    async def extract_system(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _skipped(tracker, "system", SKIPPED)

    def validate_system(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"system": _known(value, typed_answers.SYSTEMS)}


def _known(value: Any, vocabulary: tuple[str, ...]) -> str | None:
    """The value when it is one Harbor knows (or a skip); nothing else reaches a slot."""
    return value if isinstance(value, str) and (value in vocabulary or value == SKIPPED) else None


def _lang(tracker: Tracker) -> str:
    return replies.lang_of(tracker.slots)
