"""The crisis policy answers crisis and stop first, from any state, without the action server."""

from __future__ import annotations

import pytest
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_RESTART_NAME
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    Restarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.crisis_policy import CrisisPolicy

CONFIG = CrisisPolicy.get_default_config()


def policy() -> CrisisPolicy:
    # next_action reads only the configuration.
    found = CrisisPolicy.__new__(CrisisPolicy)
    found.config = dict(CONFIG)
    return found


def tracker(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "someone", [ActionExecuted(ACTION_LISTEN_NAME), *events]
    )


def said(text: str, intent: str) -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 0.99})


MID_FORM = [
    ActionExecuted("find_help_form"),
    ActiveLoop("find_help_form"),
    SlotSet("requested_slot", "location"),
    ActionExecuted(ACTION_LISTEN_NAME),
]


@pytest.mark.parametrize("before", [[], MID_FORM], ids=["start", "mid-form"])
def test_crisis_intent_gets_the_crisis_responses_then_listens(before):
    events = [*before, said("he wont let me leave", "crisis")]
    assert policy().next_action(tracker(*events)) == "utter_crisis"
    events.append(ActionExecuted("utter_crisis"))
    assert policy().next_action(tracker(*events)) == "utter_crisis_next"
    events.append(ActionExecuted("utter_crisis_next"))
    assert policy().next_action(tracker(*events)) == ACTION_LISTEN_NAME


@pytest.mark.parametrize(
    "text", ["i wanna die tonight", "my bf is selling me", "I was raped", "they won't let me leave"]
)
def test_crisis_words_win_even_when_the_model_read_another_intent(text):
    assert policy().next_action(tracker(*MID_FORM, said(text, "inform"))) == "utter_crisis"


@pytest.mark.parametrize("text", ["i need a place to stay", "oakland", '/inform{"need": "safety"}'])
def test_everything_else_is_left_to_the_other_policies(text):
    assert policy().next_action(tracker(*MID_FORM, said(text, "inform"))) is None


def test_stop_says_one_line_then_restarts_then_listens():
    events = [*MID_FORM, said("stop", "stop")]
    assert policy().next_action(tracker(*events)) == "utter_stopped"
    events.append(ActionExecuted("utter_stopped"))
    assert policy().next_action(tracker(*events)) == ACTION_RESTART_NAME
    events += [ActionExecuted(ACTION_RESTART_NAME), Restarted()]
    assert policy().next_action(tracker(*events)) == ACTION_LISTEN_NAME


@pytest.mark.parametrize("action", ["find_help_form"])
def test_an_action_that_failed_silently_is_followed_by_the_way_to_get_help(action):
    failed = [*MID_FORM, said("oakland", "inform"), ActionExecuted(action)]
    assert policy().next_action(tracker(*failed)) == "utter_help_now"
    assert policy().next_action(tracker(*failed, ActionExecuted("utter_help_now"))) == (
        ACTION_LISTEN_NAME
    )


def test_an_action_that_worked_is_left_alone():
    worked = [
        *MID_FORM,
        said("oakland", "inform"),
        ActionExecuted("find_help_form"),
        SlotSet("requested_slot", "population"),
    ]
    assert policy().next_action(tracker(*worked)) is None


def test_the_greeting_still_runs_its_three_messages():
    greeting = [
        said("hi", "greet"),
        ActionExecuted("utter_greet"),
        ActionExecuted("utter_help_now"),
    ]
    assert policy().next_action(tracker(*greeting)) is None
