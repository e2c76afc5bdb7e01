"""Rasa's REST channel, behind Harbor's inbound guard.

Registered in credentials.yml in place of Rasa's own ``rest``; the address is the same
(``/webhooks/rest/webhook``), so testers, replay and the Telegram gateway are unchanged.
Rasa's own channel logs the whole message when handling fails; this one never does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.rasa import inbound


class GuardedRestInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest = Blueprint("harbor_rest", __name__)
        inbound.guard()  # ready before the first message

        @rest.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            status, body = await inbound.answer(request, on_new_message, self.name())
            return response.json(body, status=status)

        return rest
