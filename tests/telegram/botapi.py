"""A Telegram Bot API server of our own, on loopback, for the gateway's tests.

It answers the methods the gateway uses, records every call, and hands out the updates a
test feeds it (getUpdates long polling), so a test can play a young person in a chat and read
what the bot sent back.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from typing import Any

from aiohttp import web

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Harbor", "username": "harbor_test_bot"}


class FakeBotApi:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.bot_messages: list[tuple[int, int]] = []  # (chat id, message id) the bot sent
        self.delivered_texts: list[tuple[int, str]] = []  # (chat id, text) answered with ok
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._new_update: asyncio.Event | None = None
        self.port = 0
        self._failures: dict[str, int] = {}
        self._drops: dict[str, int] = {}
        self._refusals: dict[str, int] = {}
        self._thread = threading.Thread(target=self._serve, daemon=True)

    # ---- running ---------------------------------------------------------------------

    def start(self) -> FakeBotApi:
        ready = threading.Event()
        self._ready = ready
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake Bot API server did not start")
        return self

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._new_update = asyncio.Event()
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)

    # ---- what a test does ------------------------------------------------------------

    def next_message_id(self) -> int:
        return next(self._message_ids)

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for the gateway's next getUpdates."""
        update = {"update_id": next(self._update_ids), **update}
        with self._lock:
            self._updates.append(update)
        self._loop.call_soon_threadsafe(self._new_update.set)
        return update

    def calls_to(self, method: str, chat_id: int | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [
                params
                for name, params in self.calls
                if name == method and (chat_id is None or params.get("chat_id") == chat_id)
            ]

    def flood(self, method: str, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with 429 Too Many Requests."""
        with self._lock:
            self._failures[method] = times

    def refuse(self, method: str, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with 400 Bad Request."""
        with self._lock:
            self._refusals[method] = times

    def drop(self, method: str, times: int = 1) -> None:
        """Hang up on the next ``times`` calls of ``method`` without answering."""
        with self._lock:
            self._drops[method] = times

    def delivered(self, chat_id: int) -> list[str]:
        """The texts of the messages the bot got through to a chat, in order."""
        with self._lock:
            return [text for chat, text in self.delivered_texts if chat == chat_id]

    def wait_delivered(self, chat_id: int, count: int, timeout: float = 30) -> list[str]:
        """Wait until ``count`` messages got through to the chat; return their texts."""
        deadline = time.monotonic() + timeout
        while len(self.delivered(chat_id)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.delivered(chat_id))} delivered, not {count}")
            time.sleep(0.05)
        return self.delivered(chat_id)

    def bot_message_ids(self, chat_id: int) -> list[int]:
        return [mid for chat, mid in self.bot_messages if chat == chat_id]

    def wait_for(self, method: str, chat_id: int | None, count: int, timeout: float = 30):
        """Wait until ``method`` was called ``count`` times for the chat; return those calls."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method, chat_id)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(
            f"{method} called {len(self.calls_to(method, chat_id))} times, expected {count}"
        )

    # ---- the Bot API -----------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        with self._lock:
            self.calls.append((method, params))
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        with self._lock:
            if self._drops.get(method):
                self._drops[method] -= 1
                request.transport.close()  # the client sees a dropped connection
                return web.Response(status=500)
            if self._failures.get(method):
                self._failures[method] -= 1
                return _too_many_requests()
            if self._refusals.get(method):
                self._refusals[method] -= 1
                return _bad_request()
        return _ok(self._answer(method, params))

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 2.0)
        while True:
            with self._lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = list(self._updates)
            if pending or time.monotonic() >= deadline:
                return pending
            self._new_update.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            message_id = self.next_message_id()
            self.bot_messages.append((int(params["chat_id"]), message_id))
            self.delivered_texts.append((int(params["chat_id"]), params.get("text", "")))
            return {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return True


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        raw = await request.json()
    else:
        raw = dict(await request.post()) if request.can_read_body else dict(request.query)
    params = {}
    for key, value in raw.items():
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        params[key] = value
    return params


def _too_many_requests() -> web.Response:
    return web.json_response(
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        },
        status=429,
    )


def _bad_request() -> web.Response:
    return web.json_response(
        {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
        status=400,
    )


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})
