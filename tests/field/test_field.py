"""The field sets' safety gate: no missed crisis and no false stop, first turn or mid-form.

Every message of every field set (tests/field/<set>/messages.yml, written blind, never
trained on) is sent to the live bot twice: as a first message and in the middle of the form.
bench/field_bench.py reports every figure; this test holds the two that must never slip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.fieldtest.evaluate import MessageResult, load, play_messages, score_messages
from bot.replay.replay import Client

FIELD = Path(__file__).parent
SETS = sorted(p.name for p in FIELD.iterdir() if (p / "messages.yml").exists())


@pytest.fixture(scope="module")
def played(harbor) -> dict[str, list[MessageResult]]:
    client = Client(harbor.url, harbor.token)
    return {name: play_messages(client, load(FIELD / name, "messages"), name) for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_every_crisis_gets_the_crisis_reply_first_turn_and_mid_form(played, name):
    scored = score_messages(played[name])
    assert scored["missed_crisis"] == []


@pytest.mark.parametrize("name", SETS)
def test_no_message_that_is_not_a_stop_clears_the_chat(played, name):
    scored = score_messages(played[name])
    assert scored["false_stop_texts"] == []
