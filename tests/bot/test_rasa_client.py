"""bot/rasa_client.py: one client for Rasa, blocking and asynchronous, with errors that say
what went wrong in a sentence (never an assert, never a young person's words)."""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.launch import Harbor, free_port
from bot.rasa_client import AsyncRasa, Rasa, RasaError, RasaRefused, RasaUnavailable, base_url
from bot.replay.replay import Client, Unreachable

TOKEN = "right-token"


class FakeServer(BaseHTTPRequestHandler):
    """Rasa's REST channel and HTTP API as far as the client uses them; ``status`` forces
    an answer."""

    status: int | None = None
    seen: list = []
    tools: list = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's spelling)
        self._answer(None)

    def do_POST(self) -> None:  # noqa: N802
        self._answer(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))

    def _answer(self, body) -> None:
        FakeServer.seen.append((self.command, self.path, body))
        FakeServer.tools.append(self.headers.get("X-Harbor-Tool"))
        if FakeServer.status:
            return self._send(FakeServer.status, b"oops")
        if self.path.startswith("/conversations/") and f"token={TOKEN}" not in self.path:
            return self._send(401, b'{"message": "no"}')
        if self.path.split("?")[0] == "/webhooks/rest/webhook":
            return self._send(200, json.dumps([{"text": f"hi {body['sender']}"}, 3]).encode())
        self._send(200, b'{"events": [{"event": "user"}]}')

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    FakeServer.status, FakeServer.seen, FakeServer.tools = None, [], []
    running = ThreadingHTTPServer(("127.0.0.1", 0), FakeServer)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{running.server_address[1]}"
    running.shutdown()
    running.server_close()


def test_the_rest_channel_url_or_the_server_url_both_do():
    assert base_url("http://h:5005/webhooks/rest/webhook") == "http://h:5005"
    assert base_url("http://h:5005/") == "http://h:5005"


def test_the_blocking_face_sends_reads_and_restarts(server):
    rasa = Rasa(server, TOKEN)
    assert rasa.say("s1", "hello") == [{"text": "hi s1"}]  # anything not a message is dropped
    assert rasa.events("s1") == [{"event": "user"}]
    rasa.restart("s/1")
    rasa.check()
    method, path, body = FakeServer.seen[-2]
    assert (method, body) == ("POST", {"event": "restart"})
    assert path == f"/conversations/s%2F1/tracker/events?token={TOKEN}"


def test_the_async_face_does_the_same(server):
    async def main():
        rasa = AsyncRasa(f"{server}/webhooks/rest/webhook", TOKEN)
        try:
            replies = await rasa.send("s2", "hello")
            tracker = await rasa.tracker("s2")
            await rasa.restart("s2")
        finally:
            await rasa.close()
        return replies, tracker

    replies, tracker = asyncio.run(main())
    assert replies == [{"text": "hi s2"}] and tracker == {"events": [{"event": "user"}]}


def test_a_wrong_token_is_refused_in_a_sentence(server):
    with pytest.raises(RasaRefused, match="refused the API token: pass --token or set"):
        Rasa(server, "wrong").tracker("s")


def test_a_server_error_is_unavailable_in_a_sentence(server):
    FakeServer.status = 500
    with pytest.raises(RasaUnavailable, match=f"^Harbor at {server} answered 500$"):
        Rasa(server).say("s", "my secret words")


def test_no_server_is_unavailable_and_the_error_holds_no_message(server):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(RasaUnavailable) as raised:
        Rasa(url).say("s", "my secret words")
    assert str(raised.value).startswith(f"cannot reach Harbor at {url} (")
    assert "secret" not in str(raised.value)

    async def main():
        await AsyncRasa(url, timeout=1).send("s", "my secret words")

    with pytest.raises(RasaUnavailable):
        asyncio.run(main())


def test_the_launcher_raises_a_real_error_not_an_assertion(server):
    FakeServer.status = 500
    harbor = Harbor(url=server, token=TOKEN, action_url="", logs=None)
    with pytest.raises(RasaUnavailable):
        harbor.say("s", "hello")
    with pytest.raises(RasaUnavailable):
        harbor.tracker("s")
    FakeServer.status = None
    assert harbor.say("s", "hello") == [{"text": "hi s"}]


def test_the_replay_tool_uses_the_same_client():
    assert issubclass(Client, Rasa) and Unreachable is RasaError


def test_a_testers_tool_names_itself_with_the_token_and_the_gateway_does_not(server):
    Client(server, TOKEN).say("s1", "hello")
    assert FakeServer.seen[-1][1] == f"/webhooks/rest/webhook?token={TOKEN}"
    assert FakeServer.tools[-1] == "replay"
    asyncio.run(AsyncRasa(server, TOKEN).send("s2", "hello"))
    assert FakeServer.tools[-1] is None and TOKEN in FakeServer.seen[-1][1]
