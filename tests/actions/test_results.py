"""Results, more, and changing the search: exact events and what the young person reads."""

from __future__ import annotations

import asyncio

from rasa_sdk.events import SlotSet

from actions import replies, resource_db
from actions.results import (
    ActionChangeLocation,
    ActionChangeNeed,
    ActionMoreResults,
    ActionShowResults,
    ActionStartPrevention,
)
from resources import places
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


# ---- honest answers --------------------------------------------------------------------------

PORTLAND = {"place": "city:OR:Portland", "population": None, "location": "portland oregon"}


def test_a_need_with_no_local_program_is_named_when_the_place_has_others(dispatcher, domain):
    run(
        ActionShowResults(),
        dispatcher,
        domain,
        make_tracker("form_done", **PORTLAND, need=["basic_needs"]),
    )
    said = texts(dispatcher)
    assert said[0] == (
        "I don't have a program for food, clothes and basics in Portland, OR yet. "
        "These 24/7 lines can help."
    )
    # SARC answers all day in Multnomah County whatever the need; no number is made up.
    assert said[-1].splitlines()[1] == (
        "- SARC 24-hour response and advocacy: ask the National Human Trafficking Hotline "
        "to connect you (call 1-888-373-7888 or text 233733)"
    )
    assert "- 211: call 2-1-1" in said[-1].splitlines()
    assert len(said[-1].split()) <= 60


def test_local_help_for_one_need_and_none_for_another_says_both(dispatcher, domain):
    tracker = make_tracker("form_done", **PORTLAND, need=["safety", "basic_needs"])
    run(ActionShowResults(), dispatcher, domain, tracker)
    assert texts(dispatcher)[0] == (
        "Here is help with staying safe for Portland, OR. "
        "I don't have a program for food, clothes and basics there yet."
    )


def test_show_all_finds_sage_for_housing_in_san_francisco(dispatcher, domain):
    run(ActionShowResults(), dispatcher, domain, make_tracker("form_done", population="all"))
    said = texts(dispatcher)
    assert said[0] == "Here is help with a safe place to stay for San Francisco, CA."
    assert said[1].startswith("SAGE services for young women\n")


def test_someone_to_talk_to_gets_988_and_trevor(dispatcher, domain):
    tracker = make_tracker(
        "form_done", need=["emotional_support"], place="city:CA:Oakland", population=None
    )
    run(ActionShowResults(), dispatcher, domain, tracker)
    contacts = texts(dispatcher)[-1].splitlines()
    assert "- 988 Suicide & Crisis Lifeline: call or text 988" in contacts
    assert "- The Trevor Project (TrevorLifeline): call 1-866-488-7386" in contacts


# ---- asking which place ----------------------------------------------------------------------


def test_one_candidate_is_a_did_you_mean_question():
    question = replies.place_question(["city:WA:Vancouver"])
    assert question["text"] == "Did you mean Vancouver, WA?"
    assert [b["title"] for b in question["buttons"]] == ["Vancouver, WA", "Skip"]


def test_places_of_different_names_are_asked_plainly():
    keys = [p.key for p in places.resolve("the bay").candidates]
    question = replies.place_question(keys)
    assert question["text"] == "Which place do you mean?"
    titles = [b["title"] for b in question["buttons"]]
    assert titles == ["San Francisco, CA", "Oakland, CA", "San Jose, CA", "Skip"]


def test_springfield_is_asked_about_biggest_first():
    keys = [p.key for p in places.resolve("Springfield").candidates][:4]
    question = replies.place_question(keys)
    assert question["text"] == "Springfield in Missouri, Massachusetts, Illinois or in Oregon?"


def test_slot_values_a_client_slipped_in_widen_the_search_and_never_crash():
    from actions.replies import query_from_slots

    odd = {"need": {"a": 1}, "age_range": {"a": 1}, "population": ["girls"], "system": 7,
           "place": {"x": 1}, "program_kind": ["prevention"]}  # fmt: skip
    query = query_from_slots(odd)
    assert query.needs == () and query.age_min is None and query.population is None
    assert query.system is None and query.place is None and query.kind is None


def test_results_for_someone_else_are_worded_for_the_helper(dispatcher, domain):
    tracker = make_tracker("form_done", for_other=True)
    asyncio.run(ActionShowResults().run(dispatcher, tracker, domain))
    assert dispatcher.messages[0]["text"].startswith("Here is help for them")
