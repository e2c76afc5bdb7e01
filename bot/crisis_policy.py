"""A policy that answers `crisis` and `stop` before anything else, from any state.

Rasa runs an active form before any rule, and a form calls the action server to validate;
with the action server down, a crisis message in the middle of a question would get no reply.
This policy outranks the form: for `crisis` it predicts the crisis responses from the domain,
and for `stop` a short reply, then Rasa's own `action_restart`. None of these needs the
action server or the database.
The rules in data/rules/ describe the same turns, so stories and `rasa test` agree with it.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_RESTART_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Restarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

CRISIS_PATTERNS = [
    r"\b(kill|hurt|cut|cutting|killing|hurting) myself\b",
    r"\b(want|wanna|going|gonna) (to )?die\b",
    r"\bsuicid",
    r"\bend(ing)? (it all|my life)\b",
    r"\b(being|getting|been) (sold|trafficked)\b",
    r"\b(selling|sells|sold) me\b",
    r"\braped?\b",
    r"\bwo?n'?t let me (leave|go)\b",
    r"\bforc(ed|ing) me\b",
    r"\bin danger\b",
]


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
            # A second net under the NLU model: words that always mean a crisis, whatever
            # intent the model read. Showing the contacts by mistake costs little.
            "crisis_patterns": CRISIS_PATTERNS,
            "stop_intent": "stop",
            # Responses said in order for a crisis; then the bot listens.
            "crisis_responses": ["utter_crisis", "utter_crisis_next"],
            # Said on stop, before Rasa's restart forgets everything, this message included.
            "stop_response": "utter_stopped",
            # Actions that always change something when they work; one that ended with nothing
            # after it failed (the action server is down): never leave the young person in
            # silence, give the way to get help now. Only the form: test stories write the
            # results actions without the messages they send.
            "speaking_actions": ["find_help_form"],
            "trouble_response": "utter_help_now",
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
        responses = self.config["crisis_responses"]
        latest = tracker.latest_action_name
        if latest == ACTION_LISTEN_NAME:
            intent = (tracker.latest_message.intent or {}).get(INTENT_NAME_KEY)
            if intent == self.config["crisis_intent"] or self._crisis_words(tracker):
                return responses[0]
            if intent == self.config["stop_intent"]:
                return self.config["stop_response"]
            return None
        if latest == self.config["stop_response"]:
            return ACTION_RESTART_NAME
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

    def _crisis_words(self, tracker: DialogueStateTracker) -> bool:
        text = (tracker.latest_message.text or "").lower()
        if not text or text.startswith("/"):  # a button payload says what it means
            return False
        return any(re.search(pattern, text) for pattern in self.config["crisis_patterns"])

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        action = self.next_action(tracker)
        if action is None:
            return self._prediction(self._default_predictions(domain))
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        # A "no user" prediction outranks the active form's, as a crisis must.
        return self._prediction(probabilities, is_no_user_prediction=True)
