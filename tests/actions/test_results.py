"""Results, more, and changing the search: exact events and what the young person reads."""

from __future__ import annotations

import asyncio

from rasa_sdk.events import SlotSet

from actions import resource_db
from actions.results import (
    ActionChangeLocation,
    ActionChangeNeed,
    ActionMoreResults,
    ActionShowResults,
    ActionStartPrevention,
)
from tests.actions.conftest import make_tracker


def run(action, dispatcher, domain, tracker):
    return asyncio.run(action.run(dispatcher, tracker, domain))


def texts(dispatcher) -> list[str]:
    return [m["text"] for m in dispatcher.messages]


def test_san_francisco_housing_for_girls_shows_sage_and_a_24_hour_contact(dispatcher, domain):
    events = run(ActionShowResults(), dispatcher, domain, make_tracker("form_done"))
    assert events == [SlotSet("results_page", 0.0)]
    said = texts(dispatcher)
    assert said[0] == "Here is help with a safe place to stay for San Francisco, CA."
    assert said[1].startswith("SAGE services for young women\n")
    assert "Why: helps with a safe place to stay; serves San Francisco" in said[1]
    # SAGE has no phone in the seed: the bot points to the hotline, never a made-up number.
    assert (
        "Reach them through the trafficking hotline: call 1-888-373-7888 or text 233733." in said[1]
    )
    assert said[-1].startswith(
        "24/7 help, free:\n- National Human Trafficking Hotline: call 1-888-373-7888"
    )
    titles = [b["title"] for b in dispatcher.messages[-1]["buttons"]]
    assert titles == ["Change place", "Change what I need", "Stop and clear chat"]


def test_at_most_three_programs_a_page_then_more(dispatcher, domain):
    la = {"need": [], "place": "city:CA:Los Angeles", "population": None}
    tracker = make_tracker("form_done", **la)
    run(ActionShowResults(), dispatcher, domain, tracker)
    programs = dispatcher.messages[1:-1]
    assert len(programs) == 3
    assert dispatcher.messages[-1]["buttons"][0] == {"title": "Show more", "payload": "/more"}

    dispatcher.messages.clear()
    events = run(
        ActionMoreResults(), dispatcher, domain, make_tracker("form_done", **la, results_page=0.0)
    )
    assert events == [SlotSet("results_page", 1.0)]
    assert not set(texts(dispatcher)[1:-1]) & {m["text"] for m in programs}


def test_more_past_the_end_says_so_and_still_gives_contacts(dispatcher, domain):
    tracker = make_tracker("form_done", results_page=0.0)
    run(ActionMoreResults(), dispatcher, domain, tracker)
    said = texts(dispatcher)
    assert said[0] == "That's all I have for this search."
    assert "1-888-373-7888" in said[1]


def test_a_place_with_no_local_program_says_so_honestly(dispatcher, domain):
    tracker = make_tracker("form_done", place="zip:59001", population=None)  # Montana
    run(ActionShowResults(), dispatcher, domain, tracker)
    said = texts(dispatcher)
    assert (
        said[0]
        == "I don't know of a program in 59001 (Absarokee, MT) yet. These 24/7 lines can help."
    )
    assert "1-888-373-7888" in said[-1]


def test_skipping_everything_still_ends_with_national_contacts(dispatcher, domain):
    tracker = make_tracker("form_done", need=[], place=None, location="skip", population="skip")
    run(ActionShowResults(), dispatcher, domain, tracker)
    said = texts(dispatcher)
    assert said[0] == "Here is help that works anywhere in the US."
    assert "National Human Trafficking Hotline" in said[-1]


def test_prevention_search_in_atlanta_finds_project_prevent(dispatcher, domain):
    tracker = make_tracker(
        "form_done",
        need=["prevention"],
        program_kind="prevention",
        place="city:GA:Atlanta",
        population=None,
    )
    run(ActionShowResults(), dispatcher, domain, tracker)
    said = texts(dispatcher)
    assert said[0] == "Here are prevention programs for Atlanta, GA."
    assert any(t.startswith("Project PREVENT school curriculum") for t in said)


def test_database_down_gives_the_vetted_national_lines(dispatcher, domain, monkeypatch):
    def broken():
        raise resource_db.ResourceDbUnavailable("connection refused")

    monkeypatch.setattr("actions.results.engine", broken)
    assert run(ActionShowResults(), dispatcher, domain, make_tracker("form_done")) == []
    said = texts(dispatcher)
    assert said[0].startswith("I can't look up programs right now.")
    assert "call 1-888-373-7888 or text 233733" in said[0]
    assert "Call 911" in said[0]


def test_change_location_forgets_only_the_place(dispatcher, domain):
    events = run(ActionChangeLocation(), dispatcher, domain, make_tracker("form_done"))
    assert events == [
        SlotSet("location", None),
        SlotSet("place", None),
        SlotSet("place_options", None),
        SlotSet("place_choice", None),
        SlotSet("location_tries", None),
        SlotSet("results_page", None),
    ]
    assert dispatcher.messages == []


def test_change_need_forgets_the_need_and_any_prevention_search(dispatcher, domain):
    events = run(ActionChangeNeed(), dispatcher, domain, make_tracker("form_done"))
    assert events == [
        SlotSet("need", None),
        SlotSet("program_kind", None),
        SlotSet("results_page", None),
    ]


def test_start_prevention_turns_the_search_to_prevention(dispatcher, domain):
    events = run(ActionStartPrevention(), dispatcher, domain, make_tracker("form_done"))
    assert events == [
        SlotSet("program_kind", "prevention"),
        SlotSet("need", ["prevention"]),
        SlotSet("results_page", None),
    ]
