"""The crisis policy answers crisis and stop first, from any state, without the action server."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_RESTART_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    Restarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa.crisis_policy import CrisisPolicy

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(ROOT / "domain.yml")


@lru_cache(maxsize=1)
def policy() -> CrisisPolicy:
    """The policy as Rasa builds it from config.yml."""
    return CrisisPolicy.create(
        CrisisPolicy.get_default_config(),
        LocalModelStorage(Path(tempfile.mkdtemp())),
        Resource("crisis_policy"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def predicted(tracker_) -> str | None:
    """The action the policy predicts through Rasa's own interface, or None."""
    prediction = policy().predict_action_probabilities(tracker_, DOMAIN)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    return DOMAIN.action_names_or_texts[best] if prediction.probabilities[best] > 0 else None


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
def test_an_ordinary_answer_gets_no_prediction_from_this_policy(text):
    assert predicted(tracker(*MID_FORM, said(text, "inform"))) is None
    assert predicted(tracker(*MID_FORM, said(text, "crisis"))) == "utter_crisis"


def test_a_crisis_mid_form_is_predicted_through_rasas_interface_and_outranks_the_form():
    prediction = policy().predict_action_probabilities(
        tracker(*MID_FORM, said("he is selling me", "inform")), DOMAIN
    )
    assert prediction.is_no_user_prediction and max(prediction.probabilities) == 1.0


def test_a_change_typed_after_results_runs_the_form_again_whatever_the_intent():
    after_results = [ActionExecuted("action_show_results"), ActionExecuted(ACTION_LISTEN_NAME)]
    changed = [said("what about oakland", "change_location"), SlotSet("refined", True)]
    assert predicted(tracker(*after_results, *changed)) == "find_help_form"
    privacy = [said("do you keep this", "ask_privacy"), SlotSet("refined", True)]
    assert predicted(tracker(*after_results, *privacy)) is None
    unchanged = [said("ok", "affirm"), SlotSet("refined", False)]
    assert predicted(tracker(*after_results, *unchanged)) is None
    # A change the model alone took for a crisis gets the new results (with the 24/7
    # numbers), not a check-in that drops the change; crisis words still win.
    suspected = UserUttered(
        "mejor en san francisco, alla tengo una amiga",
        intent={"name": "crisis", "confidence": 0.6, "source": "model"},
    )
    assert predicted(tracker(*after_results, suspected, SlotSet("refined", True))) == (
        "find_help_form"
    )
    assert predicted(tracker(*after_results, suspected, SlotSet("refined", False))) == (
        "utter_check_in"
    )
    outside = UserUttered("what about oakland, hes outside with a gun", intent={"name": "inform"})
    assert predicted(tracker(*after_results, outside, SlotSet("refined", True))) == "utter_crisis"


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


def test_a_crisis_only_the_model_read_gets_a_gentle_check_in_not_the_alarm():
    unsure = UserUttered(
        "trade school like welding", intent={"name": "crisis", "confidence": 0.7, "source": "model"}
    )
    assert predicted(tracker(*MID_FORM, unsure)) == "utter_check_in"
    assert policy().next_action(tracker(*MID_FORM, unsure, ActionExecuted("utter_check_in"))) == (
        ACTION_LISTEN_NAME
    )
    sure = UserUttered("hes outside with a gun", intent={"name": "crisis", "source": "model"})
    assert predicted(tracker(*MID_FORM, sure)) == "utter_crisis"  # the words say it
    pressed = UserUttered("/crisis", intent={"name": "crisis", "confidence": 1.0})
    assert predicted(tracker(*MID_FORM, pressed)) == "utter_crisis"


def _language_set(tracker_) -> list:
    prediction = policy().predict_action_probabilities(tracker_, DOMAIN)
    return [(e.key, e.value) for e in prediction.events if isinstance(e, SlotSet)]


def test_a_spanish_crisis_sets_the_language_before_the_crisis_reply_is_worded():
    crisis = tracker(said("me quiero morir", "inform"))
    assert predicted(crisis) == "utter_crisis"
    assert _language_set(crisis) == [("language", "es")]


def test_the_language_follows_the_words_and_a_hint_only_fills_the_silence():
    hinted = UserUttered("16", intent={"name": "inform"}, metadata={"language": "es"})
    assert _language_set(tracker(hinted)) == [("language", "es")]
    english = UserUttered("hi there", intent={"name": "greet"}, metadata={"language": "es"})
    assert _language_set(tracker(english)) == [("language", "en")]
    spanish_already = [SlotSet("language", "es"), ActionExecuted(ACTION_LISTEN_NAME)]
    assert _language_set(tracker(*spanish_already, said("ok", "affirm"))) == []
    assert _language_set(tracker(*spanish_already, said("english please", "greet"))) == [
        ("language", "en")
    ]
