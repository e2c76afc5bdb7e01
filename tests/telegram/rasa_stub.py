"""A stand-in for Rasa on loopback: it answers the REST channel as a test says, records what
it was sent, can play dead, and can pass everything on to a live Rasa (a door in front of it).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests

Answer = Callable[[str, str], list[dict[str, Any]]]


def greeting(sender: str, message: str) -> list[dict[str, Any]]:
    return [{"recipient_id": sender, "text": f"heard {len(message)} characters"}]


class RasaStub:
    def __init__(self, answer: Answer = greeting, forward_to: str | None = None) -> None:
        self.answer, self.forward_to = answer, forward_to
        self.received: list[tuple[str, str]] = []  # (sender, message) in the order they came
        self.bodies: list[dict[str, Any]] = []  # the messages as posted, metadata and all
        self.down = False
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's spelling)
                stub._handle(self, None)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                stub._handle(self, body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def rest_url(self) -> str:
        return f"{self.url}/webhooks/rest/webhook"

    def messages(self) -> list[str]:
        with self._lock:
            return [message for _, message in self.received]

    def bodies_from(self, sender: str) -> list[dict[str, Any]]:
        """What was posted for one sender, in order."""
        with self._lock:
            return [body for body in self.bodies if body.get("sender") == sender]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handle(self, request: BaseHTTPRequestHandler, body: bytes | None) -> None:
        if self.down:
            return _reply(request, 503, b'{"error": "down"}')
        if self.forward_to:
            return self._forward(request, body)
        data = json.loads(body or b"{}")
        with self._lock:
            self.received.append((data.get("sender"), data.get("message")))
            self.bodies.append(data)
        answer = self.answer(data.get("sender"), data.get("message"))
        _reply(request, 200, json.dumps(answer).encode())

    def _forward(self, request: BaseHTTPRequestHandler, body: bytes | None) -> None:
        if body is not None and request.path.startswith("/webhooks/"):
            data = json.loads(body)
            with self._lock:
                self.received.append((data.get("sender"), data.get("message")))
                self.bodies.append(data)
        response = requests.request(
            request.command,
            self.forward_to + request.path,
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        _reply(request, response.status_code, response.content)


def _reply(request: BaseHTTPRequestHandler, status: int, body: bytes) -> None:
    request.send_response(status)
    request.send_header("Content-Type", "application/json")
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)
