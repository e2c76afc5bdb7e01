"""Crisis words alone catch every crisis of the gated field sets, with no live bot.

The model may shift a little with each training; the words do not. So the gate of
test_field.py (live, every message first turn and mid-form) rests on a floor this test
checks in a second: each crisis message of each gated set is caught by ``talk.crisis``
itself, and no more than one ordinary message in twenty sets the words off.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from talk.crisis import crisis_in

FIELD = Path(__file__).parent
SETS = sorted(p.name for p in FIELD.iterdir() if (p / "messages.yml").exists())


def messages(name: str) -> list[dict]:
    return yaml.safe_load((FIELD / name / "messages.yml").read_text())["messages"]


@pytest.mark.parametrize("name", SETS)
def test_the_words_alone_catch_every_crisis(name):
    missed = [m["text"] for m in messages(name) if m.get("crisis") is True]
    assert [text for text in missed if not crisis_in(text)] == []


@pytest.mark.parametrize("name", SETS)
def test_the_words_rarely_fire_on_an_ordinary_message(name):
    ordinary = [m["text"] for m in messages(name) if m.get("crisis") is False]
    alarms = [text for text in ordinary if crisis_in(text)]
    assert len(alarms) <= len(ordinary) // 20, alarms
