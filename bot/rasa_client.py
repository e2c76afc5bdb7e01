"""One REST client for Rasa: the REST channel (send a message, read the replies) and the
HTTP API behind its token (read a tracker, make Rasa forget a conversation).

Two faces over the same requests: ``Rasa`` (blocking, for the launcher and the replay tool)
and ``AsyncRasa`` (for the Telegram gateway's event loop). Failures are ``RasaError``s whose
message is one sentence a person can act on; nothing a young person wrote goes into them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

REST_PATH = "/webhooks/rest/webhook"


class RasaError(RuntimeError):
    """Rasa could not be used; the message says why in one sentence."""


class RasaUnavailable(RasaError):
    """Rasa did not answer in time, refused the connection, or answered with an error."""


class RasaRefused(RasaError):
    """Rasa's HTTP API refused the token (or none was given)."""


def base_url(url: str) -> str:
    """The server's address, given it or its REST channel's URL."""
    url = url.rstrip("/")
    return url[: -len(REST_PATH)] if url.endswith(REST_PATH) else url


@dataclass(frozen=True)
class _Request:
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    body: Any = None
    reads_json: bool = True
    headers: dict[str, str] = field(default_factory=dict)


def _message(
    sender: str,
    text: str,
    token: str | None,
    tool: str | None,
    metadata: dict[str, Any] | None = None,
) -> _Request:
    # The API token marks a trusted client (the gateway speaks for many chats); a named tool
    # (replay, the benches) also plays conversations at machine speed (bot/rasa/guard.py).
    body = {"sender": sender, "message": text, **({"metadata": metadata} if metadata else {})}
    return _Request(
        "POST",
        REST_PATH,
        {"token": token} if token else {},
        body,
        headers={"X-Harbor-Tool": tool} if tool and token else {},
    )


def _tracker(sender: str, token: str | None) -> _Request:
    params = {"include_events": "ALL", **({"token": token} if token else {})}
    return _Request("GET", f"/conversations/{quote(sender, safe='')}/tracker", params)


def _restart(sender: str, token: str | None) -> _Request:
    # A restart event drops everything before it, as the young person's own stop does.
    path = f"/conversations/{quote(sender, safe='')}/tracker/events"
    return _Request("POST", path, {"token": token} if token else {}, {"event": "restart"})


class _Base:
    def __init__(self, url: str, token: str | None, tool: str | None = None) -> None:
        self.url, self.token, self.tool = base_url(url), token, tool

    def _unavailable(self, error: Exception) -> RasaUnavailable:
        return RasaUnavailable(f"cannot reach Harbor at {self.url} ({type(error).__name__})")

    def _result(self, response: httpx.Response, reads_json: bool = True) -> Any:
        """The response's JSON, or the error it stands for."""
        if response.status_code in (401, 403):
            raise RasaRefused(
                f"Harbor at {self.url} refused the API token: pass --token or set HARBOR_API_TOKEN"
            )
        if response.status_code >= 400:
            raise RasaUnavailable(f"Harbor at {self.url} answered {response.status_code}")
        if not reads_json:
            return None
        try:
            return response.json()
        except ValueError:
            message = f"Harbor at {self.url} answered with something not JSON"
            raise RasaUnavailable(message) from None

    def _replies(self, result: Any) -> list[dict[str, Any]]:
        if not isinstance(result, list):
            raise RasaUnavailable(f"Harbor at {self.url} answered with something not a list")
        return [reply for reply in result if isinstance(reply, dict)]

    def _object(self, result: Any) -> dict[str, Any]:
        if not isinstance(result, dict):
            raise RasaUnavailable(f"Harbor at {self.url} answered with something not a tracker")
        return result


class Rasa(_Base):
    """The blocking face: for the launcher, the replay tool and tests."""

    def __init__(
        self, url: str, token: str | None = None, timeout: float = 30, tool: str | None = None
    ) -> None:
        super().__init__(url, token, tool)
        self._client = httpx.Client(base_url=self.url, timeout=timeout)

    def _call(self, request: _Request) -> Any:
        try:
            response = self._client.request(
                request.method,
                request.path,
                params=request.params,
                json=request.body,
                headers=request.headers,
            )
        except httpx.HTTPError as error:
            raise self._unavailable(error) from None
        return self._result(response, request.reads_json)

    def check(self) -> None:
        """Raise ``RasaUnavailable`` unless the server answers."""
        self._call(_Request("GET", "/", reads_json=False))

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        """Rasa's replies to one message from ``sender``."""
        return self._replies(self._call(_message(sender, text, self.token, self.tool)))

    def tracker(self, sender: str) -> dict[str, Any]:
        """The sender's tracker, every event included (needs the API token)."""
        return self._object(self._call(_tracker(sender, self.token)))

    def events(self, sender: str) -> list[dict[str, Any]]:
        return self.tracker(sender).get("events") or []

    def restart(self, sender: str) -> None:
        """Make Rasa forget the sender's conversation (needs the API token)."""
        self._call(_restart(sender, self.token))

    def close(self) -> None:
        self._client.close()


class AsyncRasa(_Base):
    """The asynchronous face, for an event loop; a short deadline by default, so that a young
    person never waits long."""

    def __init__(self, url: str, token: str | None = None, timeout: float = 4.0) -> None:
        super().__init__(url, token)
        self._client = httpx.AsyncClient(base_url=self.url, timeout=timeout)

    async def _call(self, request: _Request) -> Any:
        try:
            response = await self._client.request(
                request.method,
                request.path,
                params=request.params,
                json=request.body,
                headers=request.headers,
            )
        except httpx.HTTPError as error:
            raise self._unavailable(error) from None
        return self._result(response, request.reads_json)

    async def send(
        self, sender: str, text: str, *, metadata: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Rasa's replies to one message from ``sender`` (already a pseudonym); ``metadata``,
        when given, rides along (the Telegram gateway's language hint)."""
        request = _message(sender, text, self.token, self.tool, metadata)
        return self._replies(await self._call(request))

    async def tracker(self, sender: str) -> dict[str, Any]:
        return self._object(await self._call(_tracker(sender, self.token)))

    async def restart(self, sender: str) -> None:
        """Make Rasa forget the sender's conversation (needs the API token)."""
        await self._call(_restart(sender, self.token))

    async def close(self) -> None:
        await self._client.aclose()
