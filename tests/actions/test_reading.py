"""Every message is read for everything it says about the search, whatever was asked."""

from __future__ import annotations

import pytest

from actions import reading

EMPTY = {
    "need": None, "location": None, "place": None, "place_options": None, "place_choice": None,
    "age_range": None, "population": None, "system": None, "program_kind": None,
    "for_other": None, "refined": None, "results_page": None, "requested_slot": None,
}  # fmt: skip
SF = "city:CA:San Francisco"


def read(text: str, entities=(), **slots) -> dict:
    return reading.read(text, list(entities), {**EMPTY, **slots})


def test_need_place_and_age_in_one_first_message_are_all_kept():
    found = read("im 16 and need somewhere safe to sleep in sf")
    assert found["need"] == ["housing"]
    assert found["place"] == SF
    assert found["age_range"] == "under_18"


def test_a_place_typed_at_the_needs_question_is_kept():
    found = read("im in oakland", requested_slot="need")
    assert found["place"] == "city:CA:Oakland" and "need" not in found


def test_an_age_typed_at_the_girls_or_boys_question_keeps_the_place():
    found = read("im 16", requested_slot="population", place=SF, location="sf")
    assert found == {"age_range": "under_18"}


def test_a_value_that_does_not_resolve_never_erases_one_that_did():
    assert "place" not in read("narnia", place=SF, requested_slot="need")
    assert "need" not in read("idk", need=["housing"], requested_slot="need")


def test_a_bare_number_answers_only_the_age_question():
    assert read("16", requested_slot="age_range")["age_range"] == "under_18"
    assert "age_range" not in read("16", requested_slot="need")


@pytest.mark.parametrize(
    ("message", "slot", "value"),
    [
        ("what about oakland", "place", "city:CA:Oakland"),
        ("actually im 19", "age_range", "18_to_24"),
        ("food instead", "need", ["basic_needs"]),
        ("only for girls", "population", "girls"),
        ("im on probation", "system", "probation"),
    ],
)
def test_a_typed_change_after_results_refines_the_search(message, slot, value):
    shown = {"need": ["housing"], "place": SF, "location": "sf", "results_page": 0.0}
    found = read(message, **shown)
    assert found[slot] == value
    assert found["refined"] is True and found["results_page"] is None


def test_a_message_that_changes_nothing_after_results_is_not_a_refinement():
    shown = {"need": ["housing"], "place": SF, "results_page": 0.0, "refined": True}
    assert read("thanks so much", **shown) == {"refined": False}


def test_also_adds_a_need_and_instead_replaces_it():
    assert read("i also need food", need=["housing"])["need"] == ["housing", "basic_needs"]
    assert read("food instead", need=["housing"])["need"] == ["basic_needs"]


def test_choosing_a_state_after_an_ambiguous_city_keeps_the_city():
    options = ["city:OR:Portland", "city:ME:Portland"]
    found = read(
        "oregon", requested_slot="place_choice", place_options=options, location="portland"
    )
    assert found["place"] == "city:OR:Portland" and found["place_options"] is None


def test_a_button_payload_sets_exactly_its_value():
    found = read('/inform{"need": "health"}', [{"entity": "need", "value": "health"}])
    assert found == {"need": ["health"]}


@pytest.mark.parametrize(
    "message",
    [
        "my sister needs a place to stay in fresno",
        "im a teacher and one of my students is homeless",
        "asking for a friend, she cant go home",
        "mi amiga necesita ayuda",
    ],
)
def test_help_asked_for_someone_else_is_noticed(message):
    assert read(message)["for_other"] is True


@pytest.mark.parametrize(
    "message", ["i need a bed", "my mom kicked me out", "im in foster care", "he is mean to me"]
)
def test_ones_own_story_is_not_help_for_someone_else(message):
    assert "for_other" not in read(message)


def test_words_in_passing_do_not_make_a_place_or_a_choice_of_programs():
    found = read("im in foster care and he said she would help", requested_slot="need")
    assert "place" not in found and "population" not in found
    assert found["system"] == "child_welfare"


def test_a_prevention_request_turns_the_search_to_prevention():
    assert read("need a prevention workshop for my students")["program_kind"] == "prevention"


def test_a_school_named_after_choosing_prevention_says_who_it_is_for():
    found = read(
        "es pa un grupo de chavas de secundaria en atlanta",
        need=["prevention"],
        requested_slot="location",
    )
    assert "need" not in found and found["place"] == "city:GA:Atlanta"


@pytest.mark.parametrize(
    "message", ["hi", "ok", "me too", "in", "help me pls", "oh no", "ich brauche hilfe bitte"]
)
def test_everyday_words_are_not_states_or_towns_in_passing(message):
    assert "place" not in read(message) and "place_options" not in read(message)


def test_a_state_by_its_name_a_county_by_its_word_and_a_zip_count_in_passing():
    assert read("im in oregon rn")["place"] == "state:OR"
    assert read("in multnomah county")["place"] == "county:OR:Multnomah County"
    assert read("my zip is 94110")["place"] == "zip:94110"


def test_did_you_mean_takes_a_yes_and_a_no_asks_again():
    one = {"place_options": ["city:WA:Vancouver"], "location": "vancouver"}
    assert read("yes", requested_slot="place_choice", **one)["place"] == "city:WA:Vancouver"
    again = read("no", requested_slot="place_choice", **one)
    assert again["place_options"] is None and again["location"] is None


def test_a_state_not_among_the_options_still_keeps_the_city():
    options = ["city:MO:Springfield", "city:MA:Springfield", "city:IL:Springfield"]
    found = read(
        "vermont", requested_slot="place_choice", place_options=options, location="springfield"
    )
    assert found["place"] == "city:VT:Springfield"


def test_a_region_answer_picks_the_city_by_name():
    options = ["city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"]
    found = read(
        "oakland", requested_slot="place_choice", place_options=options, location="the bay"
    )
    assert found["place"] == "city:CA:Oakland"


def test_a_place_the_model_mistagged_does_not_hide_the_one_in_the_message():
    found = read(
        "got kicked out need a bed tonight 94110", [{"entity": "location", "value": "tonight"}]
    )
    assert found["place"] == "zip:94110"


def test_the_whole_message_names_the_place_before_a_partial_tag():
    found = read("gresham oregon", [{"entity": "location", "value": "oregon"}])
    assert found["place"] == "city:OR:Gresham"
    assert read("im in gresham", requested_slot="need")["place"] == "city:OR:Gresham"


@pytest.mark.parametrize(
    "message, need",
    [
        ("he is outside my door rn and hes mad", "safety"),
        ("my bf makes me meet guys and keeps the money", "safety"),
        ("i wanna kms tonight", "emotional_support"),
        ("me tiene encerrada en el cuarto", "safety"),
        ("mi daddy se queda con todo lo que gano", "safety"),
        ("ya no quiero vivir", "emotional_support"),
    ],
)
def test_a_crisis_carries_its_own_need(message, need):
    assert read(message, requested_slot="need")["need"][0] == need


def test_a_crisis_adds_its_need_to_one_already_given_never_replaces_it():
    found = read("hes outside my house right now", need=["housing"], requested_slot="location")
    assert found["need"] == ["housing", "safety"]


def test_a_cut_is_not_a_court_date():
    assert read("me corte otra vez")["need"][0] == "emotional_support"
    assert read("tengo corte el lunes y necesito ayuda")["need"] == ["legal"]


def test_a_bare_age_after_results_refines_the_age():
    found = read("15", results_page=0.0, place=SF, need=["housing"], age_range="18_24")
    assert found["age_range"] == "under_18" and found["refined"] is True


def test_yes_i_can_talk_is_not_a_need_for_someone_to_talk_to():
    tag = [{"entity": "need", "value": "emotional_support", "start": 9, "end": 15}]
    assert "need" not in read("si puedo hablar", tag, requested_slot=None)
    tag = [{"entity": "need", "value": "emotional_support", "start": 10, "end": 14}]
    assert "need" not in read("yes i can talk", tag)
    tag = [{"entity": "need", "value": "emotional_support", "start": 10, "end": 14}]
    assert read("i need to talk", tag)["need"] == ["emotional_support"]


def test_probation_named_beside_a_case_is_probation_and_a_bare_system_refines():
    assert read("ayuda con mi caso de probatoria, tengo PO")["system"] == "probation"
    found = read("probation", system="court", results_page=0, place=SF)
    assert found["system"] == "probation" and found["refined"] is True


def test_a_system_typed_at_its_question_is_not_a_new_need():
    found = read("i was in juvie", need=["safety"], requested_slot="system")
    assert found == {"system": "custody"}
