"""The conversation bends to what people type, live over REST (issue: understand young people).

Each test is one of the scenarios the form used to break: an answer given before its
question, several answers in one message, a change typed after results, help asked for
someone else, a stop word that is not a stop, and a crisis said sideways mid-form.
"""

from __future__ import annotations

from tests.conversation.test_live import HOTLINE, inform, start_chat, text_of

CLEARED = "Chat cleared"


def slots(harbor, sender: str) -> dict:
    return harbor.tracker(sender)["slots"]


def test_a_place_typed_at_the_needs_question_is_kept(harbor):
    sender = start_chat(harbor)
    asked = text_of(harbor.say(sender, "im in portland oregon"))
    assert slots(harbor, sender)["place"] == "city:OR:Portland"
    assert "Where are you?" not in asked
    results = text_of(harbor.say(sender, "somewhere safe to stay"))
    assert "Portland, OR" in results


def test_an_age_typed_at_the_girls_or_boys_question_keeps_the_place(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "i need somewhere to sleep")
    asked = text_of(harbor.say(sender, "san francisco"))
    assert "just for girls or just for boys" in asked
    again = text_of(harbor.say(sender, "im 16"))
    assert "didn't get that" not in again and "just for girls or just for boys" in again
    state = slots(harbor, sender)
    assert state["place"] == "city:CA:San Francisco"
    assert state["age_range"] == "under_18"


def test_need_place_and_age_in_one_first_message_are_all_used(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "im 17 and need a place to stay in san francisco")
    harbor.say(sender, "/affirm")
    state = slots(harbor, sender)
    assert state["need"] == ["housing"]
    assert state["place"] == "city:CA:San Francisco"
    assert state["age_range"] == "under_18"


def test_results_are_refined_by_typing_a_place_a_need_and_an_age(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "housing")
    harbor.say(sender, "san francisco")
    harbor.say(sender, inform("population", "girls"))
    moved = text_of(harbor.say(sender, "what about portland oregon"))
    assert "Portland, OR" in moved and slots(harbor, sender)["place"] == "city:OR:Portland"
    text_of(harbor.say(sender, "food instead"))
    assert slots(harbor, sender)["need"] == ["basic_needs"]
    harbor.say(sender, "actually im 19")
    assert slots(harbor, sender)["age_range"] == "18_to_24"


def test_help_for_a_friend_is_understood_and_answered_for_them(harbor):
    sender = start_chat(harbor)
    said = text_of(harbor.say(sender, "my friend needs a place to stay, shes 16"))
    assert "looking out for them" in said
    assert slots(harbor, sender)["for_other"] is True
    results = text_of(harbor.say(sender, "san francisco"))
    results += text_of(harbor.say(sender, inform("population", "girls")))
    assert "Here is help for them" in results


def test_a_stop_word_that_is_not_a_stop_keeps_the_chat(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "housing")
    said = text_of(harbor.say(sender, "i cant stop crying and i want to leave my group home"))
    assert CLEARED not in said
    assert slots(harbor, sender)["need"]


def test_a_crisis_said_sideways_mid_form_gets_the_lines_and_never_clears(harbor):
    sender = start_chat(harbor)
    harbor.say(sender, "housing")
    said = text_of(harbor.say(sender, "i just want it all to stop. forever"))
    assert "988" in said and HOTLINE in said
    assert CLEARED not in said
    # What was asked for stays first; the crisis may add emotional support, never replace it.
    need = slots(harbor, sender)["need"]
    assert need[0] == "housing" and set(need) <= {"housing", "emotional_support"}


def test_never_a_dead_end_after_not_now_the_crisis_contacts_or_a_skip(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    harbor.say(sender, "not right now")
    assert "What do you need help with?" in text_of(harbor.say(sender, "ok i can talk now"))

    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    assert "What do you need help with?" in text_of(harbor.say(sender, "/skip"))

    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    said = text_of(harbor.say(sender, "hes outside my door right now and i cant get out"))
    assert HOTLINE in said
    assert slots(harbor, sender)["need"] == ["safety"]  # the crisis says its own need
    asked = text_of(harbor.say(sender, "im in oakland"))
    assert "didn't get that" not in asked and slots(harbor, sender)["place"] == "city:CA:Oakland"
