"""Whole conversations with the real bot over REST: Rasa, the action server and the database."""

from __future__ import annotations

import json

import pytest

HOTLINE = "1-888-373-7888"


def text_of(replies: list[dict]) -> str:
    return "\n".join(r["text"] for r in replies if r.get("text"))


def buttons_of(replies: list[dict]) -> list[str]:
    return [b["payload"] for r in replies for b in r.get("buttons") or []]


def inform(entity: str, value: str) -> str:
    return "/inform" + json.dumps({entity: value})


def start_chat(harbor) -> str:
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    harbor.say(sender, "/affirm")
    return sender


def test_greeting_says_what_it_is_and_asks_if_safe_to_chat(harbor):
    replies = harbor.say(harbor.new_sender(), "hey")
    said = text_of(replies)
    assert "automated helper" in said
    assert "not the police" in said
    assert "skip any question" in said
    assert "Type stop" in said
    assert "911" in said and HOTLINE in said
    assert {"/affirm", "/deny", "/stop"} <= set(buttons_of(replies))


def test_san_francisco_and_housing_reaches_sage(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    asked = harbor.say(sender, "yes")
    assert "What do you need help with?" in text_of(asked)
    asked = harbor.say(sender, "i need somewhere to sleep")
    assert "Where are you?" in text_of(asked)
    asked = harbor.say(sender, "im in sf")
    assert "just for girls or just for boys" in text_of(asked)
    results = text_of(harbor.say(sender, inform("population", "girls")))
    assert "SAGE services for young women" in results
    assert "24/7 help" in results and HOTLINE in results


def test_los_angeles_on_probation_reaches_probation_and_star_court(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "court and legal help")
    harbor.say(sender, "los angeles")
    asked = harbor.say(sender, "skip")
    assert "probation, in court" in text_of(asked)
    results = text_of(harbor.say(sender, "im on probation"))
    assert "Dedicated CSEC probation officers" in results
    assert "STAR Court" in results


def test_multnomah_county_reaches_sarc(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, inform("need", "safety"))
    results = text_of(harbor.say(sender, "multnomah county"))
    assert "SARC 24-hour response and advocacy" in results


def test_a_school_asking_for_prevention_gets_prevention_programs(harbor):
    sender = harbor.new_sender()
    first = text_of(harbor.say(sender, "our school wants a prevention program"))
    assert "automated helper" in first and "Where are you?" in first
    asked = harbor.say(sender, "atlanta")
    if "just for girls" in text_of(asked):
        results = text_of(harbor.say(sender, "show all"))
    else:
        results = text_of(asked)
    assert "Here are prevention programs for Atlanta, GA." in results
    assert "Project PREVENT school curriculum" in results


def test_crisis_mid_form_is_answered_in_the_same_turn_and_the_form_resumes(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "housing")
    replies = harbor.say(sender, "he wont let me leave")
    said = text_of(replies)
    assert said.index("911") < said.index("988") < said.index(HOTLINE)
    assert "/affirm" in buttons_of(replies)
    assert "Where are you?" in text_of(harbor.say(sender, "keep looking"))
    assert "just for girls" in text_of(harbor.say(sender, "94110"))


def test_skipping_everything_still_ends_with_national_contacts(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "skip")
    results = text_of(harbor.say(sender, "rather not say"))
    assert "anywhere in the US" in results
    assert "National Human Trafficking Hotline" in results


def test_a_place_with_no_local_program_says_so_honestly(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "food")
    results = text_of(harbor.say(sender, "billings montana"))
    assert "I don't know of a program in Billings, MT yet." in results
    assert HOTLINE in results


def test_an_ambiguous_place_gets_one_clarifying_question(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "someone to talk to")
    asked = harbor.say(sender, "portland")
    assert "Portland in Oregon or in Maine?" in text_of(asked)
    results = text_of(harbor.say(sender, "oregon"))
    assert "Portland, OR" in results


def test_an_unknown_place_gets_a_retry_then_the_search_goes_on(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "food")
    assert "couldn't find that place" in text_of(harbor.say(sender, "atlantis"))
    results = text_of(harbor.say(sender, "atlantis ga"))
    assert "still can't find that place" in results
    assert HOTLINE in results


def test_stop_forgets_place_and_needs_at_once(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "housing")
    harbor.say(sender, "oakland")
    replies = harbor.say(sender, "stop")
    assert text_of(replies) == "Chat cleared. Say hi any time."
    tracker = harbor.tracker(sender)
    dumped = json.dumps(tracker)
    assert "oakland" not in dumped.lower() and "housing" not in dumped
    assert tracker["slots"]["need"] is None and tracker["slots"]["location"] is None
    assert not [e for e in tracker["events"] if e["event"] == "user"]
    assert "automated helper" in text_of(harbor.say(sender, "hi"))


def test_something_off_topic_gets_the_main_choices_and_help_now(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    replies = harbor.say(sender, "tell me a joke")
    said = text_of(replies)
    assert "I can't help with that." in said
    assert "911" in said and HOTLINE in said
    assert {"/find_help", "/crisis", "/stop"} <= set(buttons_of(replies))


def test_privacy_question_is_answered_plainly_mid_form(harbor):
    sender = start_chat(harbor)
    said = text_of(harbor.say(sender, "do you save my messages"))
    assert "don't save this chat" in said
    assert "What do you need help with?" in said


@pytest.mark.parametrize(
    "message",
    ["", "   ", "x" * 5000, "🙂🙂🙂", "¿dónde puedo encontrar ayuda?", "'; DROP TABLE service; --"],
    ids=["empty", "spaces", "5000 chars", "emoji", "spanish", "sql"],
)
def test_bad_input_gets_a_reply_and_loses_nothing(harbor, message):
    sender = start_chat(harbor)
    harbor.say(sender, "housing")
    replies = harbor.say(sender, message)
    said = text_of(replies)
    assert "Traceback" not in said and "error" not in said.lower()
    # The conversation goes on with what was said before.
    assert harbor.tracker(sender)["slots"]["need"] == ["housing"]
    results = text_of(harbor.say(sender, "oakland"))
    assert "Oakland, CA" in results or "just for girls" in results
