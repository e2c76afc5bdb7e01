"""The prebuilt validator refuses what Rasa's own check refuses, and accepts the rest."""

from __future__ import annotations

import sys

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot.rasa import action_replies, serve


def test_harbor_serve_installs_the_check_before_rasa_starts(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result", lambda self, result: True)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    monkeypatch.setenv(serve.TOKEN_VARIABLE, "t")
    seen = {}
    monkeypatch.setattr(
        "rasa.__main__.main",
        lambda: seen.setdefault("check", RemoteAction._validate_action_result),
    )
    assert serve.main(["--port", "5999"]) == 0
    assert seen["check"] is action_replies._validate_action_result


@pytest.fixture(autouse=True)
def _installed(monkeypatch):
    monkeypatch.setattr(
        RemoteAction, "_validate_action_result", action_replies._validate_action_result
    )


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
