"""Talking to Rasa's REST channel, with a short deadline so a young person never waits long."""

from __future__ import annotations

from typing import Any

import httpx


class RasaUnavailable(RuntimeError):
    """Rasa did not answer in time, or answered with an error."""


class RasaClient:
    def __init__(self, url: str, timeout: float = 4.0) -> None:
        self.url = url
        self._client = httpx.AsyncClient(timeout=timeout)

    async def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        """Rasa's replies to one message from ``sender`` (already a pseudonym)."""
        try:
            response = await self._client.post(self.url, json={"sender": sender, "message": text})
            response.raise_for_status()
            replies = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise RasaUnavailable(type(error).__name__) from error
        if not isinstance(replies, list):
            raise RasaUnavailable("unexpected reply")
        return [r for r in replies if isinstance(r, dict)]

    async def close(self) -> None:
        await self._client.aclose()
