"""Tracker stores that forget: nothing about a conversation outlives a `stop` or its session.

Rasa's own stores keep every event of a conversation, even after `action_restart` or a new
session, so `stop` would only hide the past. These keep only what came after the latest
restart or session start, and drop a conversation left idle for ``expire_minutes``.

endpoints.yml::

    tracker_store:
      type: bot.rasa.tracker_store.ForgetfulTrackerStore        # in memory (the default)
      expire_minutes: 60

    tracker_store:
      type: bot.rasa.tracker_store.ForgetfulRedisTrackerStore   # several Rasa servers
      url: 127.0.0.1
      port: 6379
      expire_minutes: 60
"""

from __future__ import annotations

import time
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Restarted
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_EXPIRE_MINUTES = 60.0


def forget_the_past(tracker: DialogueStateTracker, domain: Domain) -> DialogueStateTracker:
    """The tracker holding only events after its latest restart or session start."""
    events = list(tracker.events)
    cut = 0
    for index, event in enumerate(events):
        if isinstance(event, Restarted):
            cut = index + 1
        elif isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME:
            cut = index
    if cut == 0:
        return tracker
    return DialogueStateTracker.from_events(
        tracker.sender_id, events[cut:], slots=domain.slots, sender_source=tracker.sender_source
    )


class ForgetfulTrackerStore(InMemoryTrackerStore):
    """In-memory store that keeps only the current session and expires idle conversations."""

    def __init__(
        self,
        domain: Domain,
        event_broker: Any = None,
        expire_minutes: float = DEFAULT_EXPIRE_MINUTES,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("host", None)  # Rasa passes the endpoint's url, which memory has no use for
        super().__init__(domain, event_broker, **kwargs)
        self.expire_seconds = float(expire_minutes) * 60
        self._last_seen: dict[str, float] = {}

    def _expire(self) -> None:
        now = time.monotonic()
        for sender_id, seen in list(self._last_seen.items()):
            if now - seen > self.expire_seconds:
                self.store.pop(sender_id, None)
                self._last_seen.pop(sender_id, None)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._expire()
        await super().save(forget_the_past(tracker, self.domain))
        self._last_seen[tracker.sender_id] = time.monotonic()

    async def _retrieve(
        self, sender_id: str, fetch_all_sessions: bool
    ) -> DialogueStateTracker | None:
        self._expire()
        return await super()._retrieve(sender_id, fetch_all_sessions)


class ForgetfulRedisTrackerStore(RedisTrackerStore):
    """Redis store for several Rasa servers: the same forgetting, with Redis doing the expiry."""

    def __init__(
        self,
        domain: Domain,
        host: str = "localhost",
        expire_minutes: float = DEFAULT_EXPIRE_MINUTES,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("record_exp", None)
        # Redis wants whole seconds.
        super().__init__(domain, host=host, record_exp=int(float(expire_minutes) * 60), **kwargs)

    async def save(self, tracker: DialogueStateTracker, timeout: float | None = None) -> None:
        trimmed = forget_the_past(tracker, self.domain)
        if trimmed is tracker:
            await super().save(tracker, timeout)
            return
        # Rasa merges with what Redis holds; after a restart the old part must go, so overwrite.
        await self.stream_events(trimmed)
        self.red.set(
            self.key_prefix + trimmed.sender_id,
            self.serialise_tracker(trimmed),
            ex=timeout or self.record_exp,
        )
