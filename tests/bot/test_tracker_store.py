"""The tracker stores forget what came before a stop or a new session, and idle chats."""

from __future__ import annotations

import asyncio
import json
import os

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Restarted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa.tracker_store import ForgetfulRedisTrackerStore, ForgetfulTrackerStore

DOMAIN = Domain.from_path("domain.yml")


def conversation(sender: str, *middle) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        sender,
        [
            ActionExecuted("action_session_start"),
            SessionStarted(),
            ActionExecuted("action_listen"),
            UserUttered("i need housing in oakland", intent={"name": "inform"}),
            *middle,
        ],
        slots=DOMAIN.slots,
    )


def stored_text(store, sender: str) -> str:
    found = asyncio.run(store.retrieve_full_tracker(sender))
    return json.dumps(found.current_state(), default=str) if found else ""


def test_stop_leaves_nothing_of_what_came_before():
    store = ForgetfulTrackerStore(DOMAIN)
    tracker = conversation("a", ActionExecuted("action_restart"), Restarted())
    asyncio.run(store.save(tracker))
    assert "oakland" not in store.store["a"]
    assert "oakland" not in stored_text(store, "a")


def test_a_new_session_leaves_nothing_of_the_old_one():
    store = ForgetfulTrackerStore(DOMAIN)
    tracker = conversation(
        "b",
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
    )
    asyncio.run(store.save(tracker))
    assert "oakland" not in store.store["b"]


def test_a_conversation_in_progress_is_kept():
    store = ForgetfulTrackerStore(DOMAIN)
    asyncio.run(store.save(conversation("c")))
    assert "oakland" in stored_text(store, "c")


def test_idle_conversations_expire():
    store = ForgetfulTrackerStore(DOMAIN, expire_minutes=0)
    asyncio.run(store.save(conversation("d")))
    assert asyncio.run(store.retrieve("d")) is None
    assert "d" not in store.store


def test_redis_store_forgets_at_stop_and_expires():
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    host_port = url.split("//", 1)[1].split("/", 1)[0]
    host, _, port = host_port.partition(":")
    store = ForgetfulRedisTrackerStore(
        DOMAIN, host=host, port=int(port or 6379), key_prefix="harbortest", expire_minutes=1
    )
    try:
        store.red.ping()
    except Exception as error:  # a dead Redis fails the test with a clear reason
        pytest.fail(f"Redis at {url} is not reachable: {error}")
    asyncio.run(store.save(conversation("e")))
    assert "oakland" in stored_text(store, "e")
    asyncio.run(store.save(conversation("e", ActionExecuted("action_restart"), Restarted())))
    assert "oakland" not in stored_text(store, "e")
    assert 0 < store.red.ttl(store.key_prefix + "e") <= 60
    store.red.delete(store.key_prefix + "e")
