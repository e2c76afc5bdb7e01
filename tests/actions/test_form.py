"""The find-help form, a turn at a time: action_read_message reads the message (as Rasa runs
it after every user message), then the form's validation action decides what to ask next.
Exact events and messages for each kind of answer."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import questions
from actions.form import ValidateFindHelpForm
from actions.read_message import ActionReadMessage
from tests.actions.conftest import make_tracker


def run_form(dispatcher, domain, tracker):
    """One user turn: the reading's slot events, then the form's."""
    read = asyncio.run(ActionReadMessage().run(CollectingDispatcher(), tracker, domain))
    for event in read:
        tracker.slots[event["name"]] = event["value"]
        tracker.events.append(event)
    return read + asyncio.run(ValidateFindHelpForm().run(dispatcher, tracker, domain))


def slots(events) -> dict:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_san_francisco_is_resolved_and_the_population_question_comes_next(dispatcher, domain):
    found = slots(run_form(dispatcher, domain, make_tracker("asking_location")))
    assert found["location"] == "san francisco"
    assert found["place"] == "city:CA:San Francisco"
    assert found["place_options"] is None
    assert found["requested_slot"] == "population"
    assert dispatcher.messages == []


def test_los_angeles_asks_population_then_system(dispatcher, domain):
    tracker = make_tracker("asking_location", text="im in LA", need=["legal"])
    assert slots(run_form(dispatcher, domain, tracker))["requested_slot"] == "population"
    tracker = make_tracker(
        "asking_location",
        text="girls",
        need=["legal"],
        location="LA",
        place="city:CA:Los Angeles",
        requested_slot="population",
    )
    found = slots(run_form(dispatcher, domain, tracker))
    assert found["population"] == "girls" and found["requested_slot"] == "system"


def test_multnomah_county_needs_no_follow_up_question(dispatcher, domain):
    tracker = make_tracker("asking_location", text="multnomah county", need=["safety"])
    found = slots(run_form(dispatcher, domain, tracker))
    assert found["place"] == "county:OR:Multnomah County"
    assert found.get("requested_slot") is None  # nothing more to ask


def test_bare_portland_asks_which_one(dispatcher, domain):
    found = slots(run_form(dispatcher, domain, make_tracker("asking_location", text="portland")))
    assert found["place_options"][:2] == ["city:OR:Portland", "city:ME:Portland"]
    assert found["place"] is None
    assert found["requested_slot"] == "place_choice"


@pytest.mark.parametrize("answer", ["oregon", "OR", "the one in oregon", "portland oregon"])
def test_typed_place_choice_is_understood(dispatcher, domain, answer):
    tracker = make_tracker(
        "asking_location",
        text=answer,
        location="portland",
        place_options=["city:OR:Portland", "city:ME:Portland"],
        requested_slot="place_choice",
    )
    found = slots(run_form(dispatcher, domain, tracker))
    assert found["place"] == "city:OR:Portland"
    assert found["place_options"] is None


def test_skipping_which_one_searches_the_most_populous_not_nowhere(dispatcher, domain):
    tracker = make_tracker(
        "asking_location",
        text="/skip",
        intent="skip",
        location="portland",
        place_options=["city:OR:Portland", "city:ME:Portland"],
        requested_slot="place_choice",
    )
    found = slots(run_form(dispatcher, domain, tracker))
    assert found["place"] == "city:OR:Portland"
    assert found["place_options"] is None


def test_unknown_place_gets_one_gentle_retry_then_search_goes_on(dispatcher, domain):
    events = run_form(dispatcher, domain, make_tracker("asking_location", text="atlantis"))
    assert events == [SlotSet("location", None), SlotSet("location_tries", 1.0)]
    assert [m["text"] for m in dispatcher.messages] == [questions.PLACE_UNKNOWN]

    again = CollectingDispatcher()
    tracker = make_tracker("asking_location", text="narnia", location_tries=1.0)
    found = slots(run_form(again, domain, tracker))
    assert found["location"] == "skip"
    assert found["place"] is None
    assert [m["text"] for m in again.messages] == [questions.PLACE_UNKNOWN_GO_ON]


@pytest.mark.parametrize("slot", ["need", "location"])
def test_skip_fills_the_question_and_widens(dispatcher, domain, slot):
    tracker = make_tracker(
        "asking_location", text="rather not say", intent="skip", requested_slot=slot, need=None
    )
    found = slots(run_form(dispatcher, domain, tracker))
    assert found[slot] == ([] if slot == "need" else "skip")


def test_needs_typed_in_own_words_are_normalised(dispatcher, domain):
    tracker = make_tracker(
        "asking_location", text="i need a bed and some food", requested_slot="need", need=None
    )
    assert slots(run_form(dispatcher, domain, tracker))["need"] == ["housing", "basic_needs"]


def test_need_entity_values_are_normalised_to_ids(dispatcher, domain):
    tracker = make_tracker(
        "asking_location",
        text="shelter",
        need=["shelter", "counseling"],
        requested_slot="need",
        entities=[
            {"entity": "need", "value": "shelter"},
            {"entity": "need", "value": "counseling"},
        ],
    )
    found = slots(run_form(dispatcher, domain, tracker))
    assert found["need"] == ["housing", "emotional_support"]


@pytest.mark.parametrize("intent", ["crisis", "stop", "ask_privacy"])
def test_interruptions_say_nothing_from_the_form_so_rules_can_answer(dispatcher, domain, intent):
    tracker = make_tracker("asking_location", text="do you keep this", intent=intent)
    # Nothing filled: Rasa rejects the form and the rules answer.
    assert run_form(dispatcher, domain, tracker) == []
    assert dispatcher.messages == []


def test_a_place_in_a_crisis_message_is_kept_for_later(dispatcher, domain):
    tracker = make_tracker("asking_location", text="he is hurting me in oakland", intent="crisis")
    assert slots(run_form(dispatcher, domain, tracker))["place"] == "city:CA:Oakland"


@pytest.mark.parametrize("text", ["🙂🙂🙂", "'; DROP TABLE service; --", "x" * 5000])
def test_odd_answers_to_the_place_question_get_one_gentle_retry(dispatcher, domain, text):
    found = slots(run_form(dispatcher, domain, make_tracker("asking_location", text=text)))
    assert found.get("place") is None and found["location"] is None
    assert [m["text"] for m in dispatcher.messages] == [questions.PLACE_UNKNOWN]


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_answer_to_the_place_question_fills_nothing(dispatcher, domain, text):
    # Nothing filled: Rasa rejects the form and a rule says it did not understand.
    assert run_form(dispatcher, domain, make_tracker("asking_location", text=text)) == []
    assert dispatcher.messages == []


def test_follow_up_questions_are_skipped_when_the_database_is_down(dispatcher, domain, monkeypatch):
    from actions import resource_db

    def broken():
        raise resource_db.ResourceDbUnavailable("down")

    monkeypatch.setattr("actions.form.engine", broken)
    found = slots(run_form(dispatcher, domain, make_tracker("asking_location")))
    assert found["place"] == "city:CA:San Francisco"
    assert found.get("requested_slot") is None  # nothing more to ask
