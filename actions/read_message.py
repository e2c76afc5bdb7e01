"""``action_read_message``: the custom slot mapping Rasa runs after every user message.

It reads the message for everything it says about the search (actions/reading.py) and sets
those slots, whatever was asked and whether or not the form is active. When a message first
says the person asks for someone else, it puts the trafficking hotline first, worded for a
helper.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import reading


def set_this_turn(tracker: Tracker, slot: str) -> bool:
    """True when ``slot`` was set after the latest user message (by this action, as Rasa runs
    it first): an action answering the model's intent keeps what the words said."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == slot:
            return True
    return False


class ActionReadMessage(Action):
    def name(self) -> str:
        return "action_read_message"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        found = reading.read(message.get("text"), message.get("entities") or [], tracker.slots)
        return [SlotSet(slot, value) for slot, value in found.items()]
