"""A policy that answers `crisis` and `stop` before anything else, from any state, and
shows new results when a message after results changed the search.

Rasa runs an active form before any rule, and a form calls the action server to validate;
with the action server down, a crisis message in the middle of a question would get no reply.
This policy outranks the form: for `crisis` it predicts the crisis responses from the domain,
and for `stop` a short reply, then Rasa's own `action_restart`. None of these needs the
action server or the database.
The rules in data/rules/ describe the same turns, so stories and `rasa test` agree with it.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_RESTART_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Restarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from talk.crisis import crisis_in
from talk.language import decide


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class CrisisPolicy(Policy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            # Above RulePolicy (6), which would otherwise run the active form first.
            "priority": 7,
            "crisis_intent": "crisis",
            "stop_intent": "stop",
            # Responses said in order for a crisis; then the bot listens.
            "crisis_responses": ["utter_crisis", "utter_crisis_next"],
            # A crisis only the model read (no words of one): the 24/7 numbers, gently, and
            # "are you safe right now?" (LANGUAGE.md: when unclear, no alarm, no dismissal).
            "check_in_response": "utter_check_in",
            # Said on stop, before Rasa's restart forgets everything, this message included.
            "stop_response": "utter_stopped",
            # Actions that always change something when they work; one that ended with nothing
            # after it failed (the action server is down): never leave the young person in
            # silence, give the way to get help now. Only the form: test stories write the
            # results actions without the messages they send.
            "speaking_actions": ["find_help_form"],
            "trouble_response": "utter_help_now",
            # After results, a message that changed the search (actions/reading.py sets
            # `refined`) runs the form again, whatever intent the model read; these intents
            # keep their own answers.
            "refined_slot": "refined",
            "refine_action": "find_help_form",
            "own_answers": ["ask_privacy", "help", "more", "goodbye", "thanks", "start_over"],
            # The conversation's language (talk/language.py), set here from each message so
            # that every reply, the crisis reply included, is worded in it without the
            # action server; the channel's hint rides in the message's metadata.
            "language_slot": "language",
        }

    def train(self, training_trackers: list, domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def next_action(self, tracker: DialogueStateTracker) -> str | None:
        """The action this policy insists on, or None to leave the turn to the others."""
        events = tracker.events
        if events and isinstance(events[-1], Restarted):
            return ACTION_LISTEN_NAME
        if (
            events
            and isinstance(events[-1], ActionExecuted)
            and events[-1].action_name in self.config["speaking_actions"]
        ):
            return self.config["trouble_response"]
        if self._after_trouble(events):
            return ACTION_LISTEN_NAME
        if tracker.latest_action_name == ACTION_LISTEN_NAME:
            return self._after_user(tracker)
        return self._after_own(tracker.latest_action_name)

    def _after_user(self, tracker: DialogueStateTracker) -> str | None:
        """A message has just come in: crisis, a check-in, stop or a refined search."""
        parsed = tracker.latest_message.intent or {}
        intent = parsed.get(INTENT_NAME_KEY)
        if self._crisis_words(tracker) or (
            intent == self.config["crisis_intent"] and parsed.get("source") != "model"
        ):
            return self.config["crisis_responses"][0]
        if intent == self.config["crisis_intent"]:
            # Only the model suspects a crisis. A message that changed the search after
            # results ("mejor en san francisco, alla tengo una amiga") gets the new results,
            # which carry the 24/7 numbers; anything else gets the gentle check-in.
            if self._refined(tracker.events):
                return self.config["refine_action"]
            return self.config["check_in_response"]
        if intent == self.config["stop_intent"]:
            return self.config["stop_response"]
        if self._refined(tracker.events) and intent not in self.config["own_answers"]:
            return self.config["refine_action"]
        return None

    def _after_own(self, latest: str | None) -> str | None:
        """One of this policy's actions has just run: what follows it."""
        responses = self.config["crisis_responses"]
        if latest == self.config["stop_response"]:
            return ACTION_RESTART_NAME
        if latest == self.config["check_in_response"]:
            return ACTION_LISTEN_NAME
        if latest in responses:
            position = responses.index(latest)
            return responses[position + 1] if position + 1 < len(responses) else ACTION_LISTEN_NAME
        return None

    def _after_trouble(self, events) -> bool:
        """True right after the trouble response that followed a failed action."""
        recent = list(events)[-4:]
        while recent and not isinstance(recent[-1], ActionExecuted):
            recent.pop()  # the response's own message
        return (
            len(recent) >= 2
            and isinstance(recent[-2], ActionExecuted)
            and recent[-1].action_name == self.config["trouble_response"]
            and recent[-2].action_name in self.config["speaking_actions"]
        )

    def _refined(self, events) -> bool:
        """True when the latest user turn changed the search after results."""
        for event in reversed(events):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, SlotSet) and event.key == self.config["refined_slot"]:
                return bool(event.value)
        return False

    @staticmethod
    def _crisis_words(tracker: DialogueStateTracker) -> bool:
        # A second net under the NLU model, on every text, typed payloads too: words that
        # always mean a crisis (talk/crisis.py). Showing the contacts by mistake costs little.
        return crisis_in(tracker.latest_message.text)

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        action = self.next_action(tracker)
        # Rasa applies every policy's events before the next action runs, whoever wins.
        events = self._language(tracker)
        if action is None:
            return self._prediction(self._default_predictions(domain), events=events)
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        # A "no user" prediction outranks the active form's, as a crisis must.
        return self._prediction(probabilities, events=events, is_no_user_prediction=True)

    def _language(self, tracker: DialogueStateTracker) -> list[SlotSet]:
        """The language slot's change this message brings, if any."""
        message = tracker.latest_message
        if tracker.latest_action_name != ACTION_LISTEN_NAME or message is None or not message.text:
            return []
        slot = self.config["language_slot"]
        current = tracker.get_slot(slot)
        hint = (
            (message.metadata or {}).get("language") if isinstance(message.metadata, dict) else None
        )
        lang = decide(message.text, current, hint)
        return [] if lang == current else [SlotSet(slot, lang)]
