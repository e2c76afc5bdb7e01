"""The web chat channel: serves the widget staff embed, a demo page, and its message endpoint.

Registered in credentials.yml::

    bot.rasa.webchat.channel.WebChatInput:
      allowed_origins: ["https://youth-org.example"]   # pages that may embed the widget
      exit_url: "https://weather.com"                    # where the demo's quick exit goes

Routes, under ``/webhooks/webchat/``: ``widget.js`` and ``widget.css`` (the widget),
``demo`` (a page showing the one-tag embed, under a strict Content-Security-Policy) and
``webhook`` (POST ``{"sender": "…", "message": "…"}``, answered with the bot's messages).
A request from an origin that is not allowed is refused with 403.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.rasa import inbound

STATIC = Path(__file__).parent / "static"
CONTENT_TYPES = {"js": "application/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}
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
        inbound.guard()  # ready before the first message
        self._page_routes(webchat)
        self._webhook_routes(webchat, on_new_message)
        return webchat

    def _page_routes(self, webchat: Blueprint) -> None:
        """The widget's files, the demo page and a health check."""

        @webchat.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        for name in ("widget.js", "widget.css", "demo.css"):
            webchat.add_route(_static_route(name), f"/{name}", methods=["GET"],
                              name=name.replace(".", "_"))  # fmt: skip

        @webchat.route("/demo", methods=["GET"])
        async def demo(request: Request) -> HTTPResponse:
            page = (STATIC / "demo.html").read_text()
            page = page.replace("{{EXIT_URL}}", html.escape(self.exit_url, quote=True))
            return response.html(page, headers={"Content-Security-Policy": DEMO_CSP})

    def _webhook_routes(self, webchat: Blueprint, on_new_message) -> None:
        """The message endpoint: the origin check, then the guard and Rasa (bot/rasa/inbound)."""

        @webchat.route("/webhook", methods=["OPTIONS"])
        async def preflight(request: Request) -> HTTPResponse:
            if not self._origin_allowed(request):
                return response.text("origin not allowed", status=403)
            return response.empty(headers=self._cors(request))

        @webchat.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._origin_allowed(request):
                return response.json({"error": "origin not allowed"}, status=403)
            # The widget posts text/plain (no preflight); the guard reads both the same.
            status, body = await inbound.answer(request, on_new_message, self.name())
            return response.json(body, status=status, headers=self._cors(request))


def _static_route(name: str) -> Callable[[Request], Awaitable[HTTPResponse]]:
    """A handler serving one of the widget's files, read afresh (staff may edit them)."""
    content_type = CONTENT_TYPES[name.rsplit(".", 1)[1]]

    async def serve(request: Request) -> HTTPResponse:
        return response.text(
            (STATIC / name).read_text(),
            content_type=content_type,
            headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
        )

    return serve
