"""The prebuilt validator refuses what Rasa's own check refuses, and accepts the rest."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

import bot.tracker_store  # noqa: F401  (installs the patch, as in the Rasa server)
from bot import rasa_patches


def test_the_patch_is_installed_by_the_tracker_store():
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result


@pytest.mark.parametrize(
    "reply",
    [
        {"events": [], "responses": []},
        {
            "events": [{"event": "slot", "name": "need", "value": ["housing"]}],
            "responses": [{"text": "hi"}],
        },
    ],
)
def test_valid_replies_pass(reply):
    assert RemoteAction._validate_action_result(None, reply) is True


@pytest.mark.parametrize(
    "reply",
    [
        {"events": "not a list"},
        {"events": [{"name": "need"}]},  # an event without its type
        {"responses": "hello"},
    ],
)
def test_invalid_replies_are_refused_as_before(reply):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        RemoteAction._validate_action_result(None, reply)
