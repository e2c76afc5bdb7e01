"""The NLU component that makes crisis words outrank the model and keeps stop a command."""

from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from bot.rasa.safety_reader import SafetyReader, read

RANKING = [{"name": "stop", "confidence": 0.8}, {"name": "inform", "confidence": 0.15}]


def test_crisis_words_outrank_any_intent_and_say_so():
    assert read("i cant stop, i want to die", {"name": "stop"}, RANKING) == {
        "name": "crisis",
        "confidence": 1.0,
        "source": "words",
    }


def test_a_crisis_only_the_model_read_is_marked_for_a_gentle_check_in():
    decided = read("trade school", {"name": "crisis", "confidence": 0.7}, [])
    assert decided["name"] == "crisis" and decided["source"] == "model"


def test_stop_words_that_are_not_a_command_take_the_next_intent():
    assert (
        read("i cant stop crying", {"name": "stop", "confidence": 0.8}, RANKING)["name"] == "inform"
    )
    assert read("stop", {"name": "inform"}, RANKING)["name"] == "stop"


def test_a_stop_that_could_end_a_life_is_a_gentle_check_in_never_a_wipe():
    for text in ("i want to end all this", "im done. i want to end all this"):
        decided = read(text, {"name": "stop", "confidence": 0.9}, RANKING)
        assert decided["name"] == "crisis" and decided["source"] == "model"
    assert read("end this", {"name": "stop", "confidence": 0.8}, RANKING)["name"] == "stop"


def test_a_need_in_plain_words_is_an_answer_when_the_model_is_unsure():
    for text, intent in [
        ("A safe place to stay", {"name": "inform", "confidence": 0.35}),
        ("Someone to talk to", {"name": "affirm", "confidence": 0.53}),
    ]:
        assert read(text, intent, [])["name"] == "inform"
    # A sure reading stays, and so does an intent with its own meaning.
    assert read("yes i can talk", {"name": "affirm", "confidence": 0.99}, []) is None
    assert read("my friend needs food", {"name": "help", "confidence": 0.5}, [])["name"] == "inform"
    assert read("what about food", {"name": "change_need", "confidence": 0.6}, []) is None


def test_everything_else_keeps_the_models_intent():
    assert read("i need food", {"name": "inform"}, RANKING) is None


def test_spanish_crisis_and_stop_are_read_whatever_the_model_thought():
    assert read("me quiero morir", {"name": "greet"}, RANKING)["name"] == "crisis"
    assert read("borrar chat", {"name": "inform"}, RANKING)["name"] == "stop"
    assert read("no puedo parar de llorar", {"name": "stop"}, RANKING)["name"] == "inform"


def test_asking_for_a_language_is_a_greeting_in_it():
    for text in ("español", "en español porfa", "english please"):
        assert read(text, {"name": "other_language", "confidence": 0.9}, [])["name"] == "greet"
    assert read("hablas español? me quiero morir", {}, [])["name"] == "crisis"


def test_a_decision_heads_the_ranking_so_the_fallback_cannot_call_it_ambiguous():
    for text, ranking, meant in [
        ("someone to talk to", [("affirm", 0.41), ("inform", 0.39)], "inform"),
        ("español", [("inform", 1.0), ("other_language", 0.0)], "greet"),  # sure of another
    ]:
        ranked = [{"name": name, "confidence": c} for name, c in ranking]
        message = Message(data={"text": text, "intent": ranked[0]})
        message.set("intent_ranking", ranked)
        SafetyReader().process([message])
        after = message.get("intent_ranking")
        assert message.get("intent")["name"] == meant == after[0]["name"]
        assert after[0]["confidence"] - after[1]["confidence"] > 0.5
