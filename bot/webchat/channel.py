"""The web chat channel: serves the widget staff embed, a demo page, and its message endpoint.

Registered in credentials.yml::

    bot.webchat.channel.WebChatInput:
      allowed_origins: ["https://youth-org.example"]   # pages that may embed the widget
      exit_url: "https://weather.com"                    # where the demo's quick exit goes

Routes, under ``/webhooks/webchat/``: ``widget.js`` and ``widget.css`` (the widget),
``demo`` (a page showing the one-tag embed, under a strict Content-Security-Policy) and
``webhook`` (POST ``{"sender": "…", "message": "…"}``, answered with the bot's messages).
A request from an origin that is not allowed is refused with 403.
"""

from __future__ import annotations

import html
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

STATIC = Path(__file__).parent / "static"
MAX_MESSAGE_CHARS = 5000
# A strict policy, as a careful host page would set: the widget needs nothing inline.
DEMO_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


class WebChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            allowed_origins=credentials.get("allowed_origins") or [],
            exit_url=credentials.get("exit_url") or "https://weather.com",
        )

    def __init__(self, allowed_origins: list[str], exit_url: str) -> None:
        self.allowed_origins = {o.rstrip("/") for o in allowed_origins}
        self.exit_url = exit_url

    def _origin_allowed(self, request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is None:  # not a browser's cross-site request (curl, a tester's script)
            return True
        own = f"{request.scheme}://{request.host}"
        return origin.rstrip("/") in self.allowed_origins or origin == own

    def _cors(self, request: Request) -> dict[str, str]:
        origin = request.headers.get("origin")
        if not origin:
            return {}
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": "POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type",
            "Vary": "Origin",
        }

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webchat = Blueprint("harbor_webchat", __name__)

        @webchat.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webchat.route("/widget.js", methods=["GET"])
        async def widget(request: Request) -> HTTPResponse:
            return await _static("widget.js", "application/javascript; charset=utf-8")

        @webchat.route("/widget.css", methods=["GET"])
        async def styles(request: Request) -> HTTPResponse:
            return await _static("widget.css", "text/css; charset=utf-8")

        @webchat.route("/demo.css", methods=["GET"])
        async def demo_styles(request: Request) -> HTTPResponse:
            return await _static("demo.css", "text/css; charset=utf-8")

        @webchat.route("/demo", methods=["GET"])
        async def demo(request: Request) -> HTTPResponse:
            page = (STATIC / "demo.html").read_text()
            page = page.replace("{{EXIT_URL}}", html.escape(self.exit_url, quote=True))
            return response.html(page, headers={"Content-Security-Policy": DEMO_CSP})

        @webchat.route("/webhook", methods=["OPTIONS"])
        async def preflight(request: Request) -> HTTPResponse:
            if not self._origin_allowed(request):
                return response.text("origin not allowed", status=403)
            return response.empty(headers=self._cors(request))

        @webchat.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._origin_allowed(request):
                return response.json({"error": "origin not allowed"}, status=403)
            try:
                # The widget posts text/plain (no preflight); both parse the same.
                body = json.loads(request.body or b"{}")
                sender = str(body["sender"])[:64]
                text = str(body.get("message") or "")[:MAX_MESSAGE_CHARS]
            except (ValueError, KeyError, TypeError):
                return response.json(
                    {"error": 'send JSON: {"sender": "…", "message": "…"}'},
                    status=400,
                    headers=self._cors(request),
                )
            collector = CollectingOutputChannel()
            await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
            return response.json(collector.messages, headers=self._cors(request))

        return webchat


async def _static(name: str, content_type: str) -> HTTPResponse:
    return response.text(
        (STATIC / name).read_text(),
        content_type=content_type,
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )
