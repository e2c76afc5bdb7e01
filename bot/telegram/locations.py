"""Shared locations, coarsened to their ZIP code away from the event loop.

The place data (spaCy and 42,000 ZIP codes) takes seconds to load. It loads in a thread when
the gateway starts, and each lookup runs in a thread too, so a first shared location never
holds up the other chats.
"""

from __future__ import annotations

import asyncio
import logging
import sys

logger = logging.getLogger(__name__)


def _load() -> None:
    from resources import places

    places.gazetteer()


def _nearest_zip(latitude: float, longitude: float) -> str | None:
    from resources import places

    place = places.nearest_zip(latitude, longitude)
    return place.zip if place else None


class Locator:
    def __init__(self) -> None:
        self._ready: asyncio.Future | None = None

    def warm(self) -> None:
        """Start loading the place data in the background (call it on the running loop)."""
        if self._ready is None:
            # spaCy's thinc would import TensorFlow (Rasa brings it): seconds, for nothing here.
            sys.modules.setdefault("tensorflow", None)  # type: ignore[arg-type]
            self._ready = asyncio.get_running_loop().run_in_executor(None, _load)

    async def nearest_zip(self, latitude: float, longitude: float) -> str | None:
        """The ZIP code nearest the point, or None when the point is not near the US.
        Raises whatever stops the place data from loading."""
        self.warm()
        # Shielded: one chat giving up on its wait must not cancel the load for the others.
        try:
            await asyncio.shield(self._ready)
        except Exception:
            self._ready = None  # the next location tries again
            raise
        return await asyncio.to_thread(_nearest_zip, latitude, longitude)
