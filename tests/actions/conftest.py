"""Fixtures for action tests: trackers from small JSON files, the domain, a seeded database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import resource_db
from actions.form import _questions
from resources import seed
from resources.db import make_engine

ROOT = Path(__file__).resolve().parents[2]
TRACKERS = Path(__file__).parent / "trackers"


@pytest.fixture(scope="session")
def domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


@pytest.fixture(scope="session")
def seeded_engine(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'harbor.db'}")
    seed.build(engine)
    return engine


@pytest.fixture(autouse=True)
def resource_database(monkeypatch, seeded_engine):
    """Actions read the seeded test database, never the developer's var/harbor.db."""
    monkeypatch.setattr(resource_db, "_engine", lambda: seeded_engine)
    _questions.cache_clear()  # each test sees the database as it is now
    return seeded_engine


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(name: str, **changes) -> Tracker:
    """The tracker in trackers/<name>.json, with slots or the latest message changed.

    ``text``, ``intent`` and ``entities`` change the latest message; anything else is a slot.
    """
    state = json.loads((TRACKERS / f"{name}.json").read_text())
    message = state.setdefault("latest_message", {})
    if "text" in changes:
        message["text"] = changes.pop("text")
    if "intent" in changes:
        message["intent"] = {"name": changes.pop("intent"), "confidence": 0.99}
    if "entities" in changes:
        message["entities"] = changes.pop("entities")
    state["slots"].update(changes)
    return Tracker.from_dict(state)
