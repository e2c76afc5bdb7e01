"""A stop always reaches Rasa: when Rasa is slow or down at that moment, the gateway keeps
trying in the background for a few minutes, and before the chat's next message.

The first try sends ``/stop`` as the young person's message, as any channel does. The later
ones, when the gateway has Rasa's API token, append a restart event to the conversation
through the HTTP API, which forgets it without depending on how the message is understood.
A stop sent as a message carries the chat's language hint, as every message to Rasa does.
"""

from __future__ import annotations

import asyncio
import logging

from bot.rasa_client import AsyncRasa, RasaError, RasaRefused

logger = logging.getLogger(__name__)

# About four minutes in all; after that, Rasa's own expiry of idle conversations is the backstop.
RETRY_SECONDS = (1, 2, 4, 8, 15, 30, 60, 120)


class Stops:
    def __init__(self, rasa: AsyncRasa, retry_seconds: tuple[float, ...] = RETRY_SECONDS) -> None:
        self.rasa, self.retry_seconds = rasa, retry_seconds
        self._pending: dict[str, asyncio.Task] = {}

    async def stop(self, sender: str, language: str | None = None) -> None:
        """Tell Rasa the sender stopped; when it cannot be told now, keep trying."""
        self._cancel(sender)
        if not await self._try(sender, language, first=True):
            self._retry_later(sender, language)

    async def settle(self, sender: str, language: str | None = None) -> None:
        """Before a new message of the sender goes to Rasa: make good a stop Rasa missed, so
        that the new message starts a new conversation and is not forgotten with the old."""
        if self._cancel(sender) and not await self._try(sender, language):
            self._retry_later(sender, language)

    def pending(self, sender: str) -> bool:
        return sender in self._pending

    async def close(self) -> None:
        for sender in list(self._pending):
            self._cancel(sender)

    async def _try(self, sender: str, language: str | None, first: bool = False) -> bool:
        try:
            if first or not self.rasa.token:
                await self._send(sender, language)
            else:
                await self._restart(sender, language)
        except RasaError as error:
            logger.warning("a stop has not reached Rasa yet: %s", error)
            return False
        return True

    async def _send(self, sender: str, language: str | None) -> None:
        metadata = {"language": language} if language else None
        await self.rasa.send(sender, "/stop", metadata=metadata)

    async def _restart(self, sender: str, language: str | None) -> None:
        try:
            await self.rasa.restart(sender)
        except RasaRefused:
            logger.warning("Rasa refused the API token; sending the stop as a message")
            await self._send(sender, language)

    def _retry_later(self, sender: str, language: str | None) -> None:
        self._pending[sender] = asyncio.create_task(self._retry(sender, language))

    async def _retry(self, sender: str, language: str | None) -> None:
        for seconds in self.retry_seconds:
            await asyncio.sleep(seconds)
            if await self._try(sender, language):
                logger.info("a stop reached Rasa after a retry")
                break
        else:
            logger.warning("gave up on a stop after %d retries", len(self.retry_seconds))
        self._pending.pop(sender, None)

    def _cancel(self, sender: str) -> bool:
        task = self._pending.pop(sender, None)
        if task is not None:
            task.cancel()
        return task is not None
