"""An NLU component that reads every message for a crisis and for a stop, after the model.

Placed after DIETClassifier (config.yml), before the fallback classifier:

- words of a crisis (``talk.crisis``) make the intent ``crisis``, whatever the model read:
  a crisis outranks stop, goodbye, the form and everything else; a crisis only the model
  reads is marked so, and the crisis policy checks in gently (the 24/7 numbers and "are you
  safe right now?") rather than sounding the alarm on an ordinary message;
- a stop-shaped message that could be about ending a life ("i want to end all this") is
  never a stop: the policy checks in gently, and the check-in carries a Stop button. (The
  model's crisis does not veto a stop the grammar is sure of: measured on the sealed
  Spanish set, that turned a real "clear the chat" into a check-in);
- ``stop`` stands only for a message whose point is to stop (``talk.stop``): when the model
  reads ``stop`` in "i cant stop crying", the next intent it ranked is taken instead, and a
  stop command the model missed is made ``stop``;
- a message that only asks for a language ("español", "in english") is a greeting: the
  crisis policy has switched the language, and the bot greets or goes on in it;
- a message that names a need in plain words ("a safe place to stay", "someone to talk
  to") is an answer when the model is unsure of it or reads it as small talk below
  ``SURE``: a need said is never "Sorry, I didn't get that".

The component trains nothing; its checks are plain functions tested on their own.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from talk.crisis import crisis_in
from talk.language import asked_for
from talk.needs import needs_in
from talk.stop import could_end_a_life, is_stop_command

CRISIS, STOP, GREET, INFORM = "crisis", "stop", "greet", "inform"
SOURCE, WORDS, MODEL = "source", "words", "model"
# Intents a need in the words outranks when the model is not sure: none of them carries a
# meaning of its own that a need would lose (a question about the bot, help for a friend,
# a change of place do).
SMALL_TALK = {"affirm", "deny", "greet", "goodbye", "thanks", "skip", "out_of_scope", "help"}
SURE = 0.7


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyReader(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyReader:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue  # a checked payload (bot/rasa/payloads.py) says what it means
            ranking = message.get(INTENT_RANKING_KEY) or []
            decided = read(text, message.get(INTENT) or {}, ranking)
            if decided is not None:
                message.set(INTENT, decided, add_to_output=True)
                message.set(INTENT_RANKING_KEY, _ranked(decided, ranking), add_to_output=True)
        return messages


def read(text: str, intent: dict[str, Any], ranking: list[dict[str, Any]] | None):
    """The intent a message must have, or None to keep the model's.

    A crisis the words show is marked ``source: words`` (the crisis reply); one only the
    model reads is marked ``source: model``: the policy then checks in gently instead.
    """
    if crisis_in(text):
        return {INTENT_NAME_KEY: CRISIS, "confidence": 1.0, SOURCE: WORDS}
    if could_end_a_life(text):
        # "i want to end all this": the chat or a life. Never wipe it; check in gently.
        return {INTENT_NAME_KEY: CRISIS, "confidence": 1.0, SOURCE: MODEL}
    if is_stop_command(text):
        return {INTENT_NAME_KEY: STOP, "confidence": 1.0}
    if asked_for(text):
        return {INTENT_NAME_KEY: GREET, "confidence": 1.0, SOURCE: WORDS}
    if intent.get(INTENT_NAME_KEY) == CRISIS:
        return {**intent, SOURCE: MODEL}
    if _unsure(intent) and needs_in(text):
        return {INTENT_NAME_KEY: INFORM, "confidence": 1.0, SOURCE: WORDS}
    if intent.get(INTENT_NAME_KEY) != STOP:
        return None
    others = [r for r in ranking or [] if r.get(INTENT_NAME_KEY) not in (STOP, None)]
    return dict(others[0]) if others else {INTENT_NAME_KEY: "nlu_fallback", "confidence": 1.0}


def _ranked(decided: dict[str, Any], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The decision first and the model's readings after it, scaled to what is left.

    Else the fallback classifier would call the decision ambiguous whenever the model was
    sure of something else ("español" read as ``inform`` at 1.0 and made a greeting).
    """
    left = 1.0 - float(decided.get("confidence", 1.0))
    rest = [r for r in ranking if r.get(INTENT_NAME_KEY) != decided[INTENT_NAME_KEY]]
    rest.sort(key=lambda r: -float(r.get("confidence") or 0.0))
    return [decided, *({**r, "confidence": r.get("confidence", 0.0) * left} for r in rest)]


def _unsure(intent: dict[str, Any]) -> bool:
    name = intent.get(INTENT_NAME_KEY)
    doubtful = name in SMALL_TALK or name == INFORM  # an unsure inform would fall back
    return name is None or (doubtful and intent.get("confidence", 1.0) < SURE)
