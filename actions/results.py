"""Showing results, three at a time, and changing the search afterwards."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import replies
from actions.read_message import set_this_turn
from actions.resource_db import engine
from resources.search import search

logger = logging.getLogger(__name__)

# Slots that describe where the young person is; cleared together when the place changes.
PLACE_SLOTS = ("location", "place", "place_options", "place_choice", "location_tries")
# Everything a search is made of; "start over" forgets them all.
SEARCH_SLOTS = (
    *PLACE_SLOTS, "need", "age_range", "population", "system", "program_kind", "for_other",
    "refined", "results_page",
)  # fmt: skip


def _show(dispatcher: CollectingDispatcher, tracker: Tracker, page: int) -> list[dict[str, Any]]:
    query = replies.query_from_slots(tracker.slots)
    try:
        results = search(engine(), query, page=page)
    except Exception:  # never a dead end: the vetted lines instead
        logger.error("resource search failed", exc_info=True)
        dispatcher.utter_message(**replies.offline_contacts(query.lang))
        return []
    if page > 0 and not results.services:
        messages = replies.no_more(results, query)
    else:
        messages = replies.answer(results, query, helper=tracker.get_slot("for_other") is True)
    for message in messages:
        dispatcher.utter_message(**message)
    return [SlotSet("results_page", float(page))]


class ActionShowResults(Action):
    """The first page of programs for what the form collected, with 24-hour contacts."""

    def name(self) -> str:
        return "action_show_results"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return _show(dispatcher, tracker, page=0)


class ActionMoreResults(Action):
    """The next three programs for the same search."""

    def name(self) -> str:
        return "action_more_results"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        page = tracker.get_slot("results_page")
        page = 0 if page is None else int(page) + 1
        return _show(dispatcher, tracker, page=page)


def _changed_this_turn(tracker: Tracker) -> bool:
    """True when the words already changed the search; the model's intent then adds nothing."""
    return any(set_this_turn(tracker, slot) for slot in (*PLACE_SLOTS, "need", "age_range",
                                                          "population", "system"))  # fmt: skip


class ActionChangeLocation(Action):
    """Forgets the place so the form asks for it again, unless the message named a new one."""

    def name(self) -> str:
        return "action_change_location"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if _changed_this_turn(tracker):  # "what about oakland", or any other typed change
            return [SlotSet("results_page", None)]
        return [SlotSet(slot, None) for slot in (*PLACE_SLOTS, "results_page")]


class ActionChangeNeed(Action):
    """Forgets what was needed so the form asks again; a prevention search becomes general."""

    def name(self) -> str:
        return "action_change_need"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if _changed_this_turn(tracker):  # "food instead": the new need is already read
            return [SlotSet("program_kind", None), SlotSet("results_page", None)]
        return [SlotSet("need", None), SlotSet("program_kind", None), SlotSet("results_page", None)]


class ActionStartOver(Action):
    """Forgets the search (not the chat) so the form asks from the first question."""

    def name(self) -> str:
        return "action_start_over"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return [SlotSet(slot, None) for slot in SEARCH_SLOTS]


class ActionStartPrevention(Action):
    """Turns the search to prevention programs (for a school, a group or a young person)."""

    def name(self) -> str:
        return "action_start_prevention"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # The model's intent alone is weak: when the words asked for something else ("leave my
        # group home"), that is what is searched.
        if set_this_turn(tracker, "need") and not set_this_turn(tracker, "program_kind"):
            return [SlotSet("results_page", None)]
        return [
            SlotSet("program_kind", "prevention"),
            SlotSet("need", ["prevention"]),
            SlotSet("results_page", None),
        ]
