"""The web chat channel: serves the widget staff embed, a demo page, and its message endpoint.

Registered in credentials.yml::

    bot.rasa.webchat.channel.WebChatInput:
      allowed_origins: ["https://youth-org.example"]   # pages that may embed the widget
      exit_url: "https://weather.com"                    # where the demo's quick exit goes
      reply_timeout: 9            # seconds Rasa may take; the widget waits one more
      trusted_proxies: []         # proxies whose X-Forwarded-* / Forwarded headers count

Routes, under ``/webhooks/webchat/``: ``widget.js`` and ``widget.css`` (the widget, with
the vetted contacts and the channel markers written into it), ``demo`` (a page showing the
one-tag embed, under a strict Content-Security-Policy) and ``webhook`` (POST
``{"sender": "…", "message": "…", "metadata": {"language": "es"}}``, answered with the
bot's messages; the widget's language hint earns a language marker at the end). A request
from an origin that is not allowed is refused with 403, readably: the widget shows why.
"""

from __future__ import annotations

import asyncio
import functools
import html
import ipaddress
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.rasa import inbound
from resources import contacts
from talk import markers, sayings
from talk.language import decide

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CONTENT_TYPES = {"js": "application/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}
# A strict policy, as a careful host page would set: the widget needs nothing inline.
DEMO_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# widget.js holds this where the served file carries its settings (the contacts, the markers).
CONFIG_PLACEHOLDER = "/*HARBOR_CONFIG*/null"
DEFAULT_REPLY_TIMEOUT = 9.0
# The widget gives up this long after the server does, so the server's answer arrives first.
WIDGET_GRACE_SECONDS = 1.0
# A channel marker (talk/markers.py's protocol): the message took too long and was not handled.
CREDENTIALS_KEY = "bot.rasa.webchat.channel.WebChatInput"

# A phone or text number as the vetted contacts write them: 1-888-373-7888, 2-1-1, 911, 233733.
NUMBER = re.compile(r"(?<![\w-])(?:(?:1-)?\d{3}-\d{3}-\d{4}|\d-\d-\d|\d{3,6})(?![\w-])")
CALL_WORDS = re.compile(r"\b(?:call|llama)\b", re.IGNORECASE)
TEXT_WORDS = re.compile(r"\b(?:text|texto|envía)\b", re.IGNORECASE)
# RFC 7239: elements split on commas outside quoted strings; pairs are token=value.
FORWARDED_ELEMENT = re.compile(r'(?:[^,"]|"(?:[^"\\]|\\.)*")+')
FORWARDED_PAIR = re.compile(r'([\w.!#$%&\'*+^`|~-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;,\s]*)')
DEFAULT_PORTS = {"http": ":80", "https": ":443"}
# The vetted contacts the widget shows on its own, by language (the widget's language codes).
CONTACTS_BY_LANGUAGE = {"en": contacts.NATIONAL_CONTACTS, "es": contacts.SPANISH_CONTACTS}


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
            reply_timeout=float(credentials.get("reply_timeout") or DEFAULT_REPLY_TIMEOUT),
            trusted_proxies=credentials.get("trusted_proxies") or [],
        )

    def __init__(
        self,
        allowed_origins: list[str],
        exit_url: str,
        reply_timeout: float = DEFAULT_REPLY_TIMEOUT,
        trusted_proxies: Iterable[str] = (),
    ) -> None:
        if reply_timeout <= 0:
            raise ValueError(f"{CREDENTIALS_KEY}: reply_timeout must be a number of seconds > 0")
        self.allowed_origins = {o.rstrip("/").lower() for o in allowed_origins}
        self.exit_url = exit_url
        self.reply_timeout = reply_timeout
        self.trusted_proxies = [_network(entry) for entry in trusted_proxies]

    # ---- where a request comes from ---------------------------------------------------

    def _origin_allowed(self, request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is None:  # not a browser's cross-site request (curl, a tester's script)
            return True
        origin = origin.rstrip("/").lower()
        return origin in self.allowed_origins or origin == self._own_origin(request)

    def _own_origin(self, request: Request) -> str:
        """This server's origin as the browser sees it; behind a trusted proxy, as the proxy
        reports it (Forwarded, else X-Forwarded-Proto and X-Forwarded-Host)."""
        scheme, host = request.scheme, request.host
        if self._from_trusted_proxy(request):
            proxied = forwarded(request.headers)
            scheme, host = proxied.get("proto", scheme), proxied.get("host", host)
        scheme, host = scheme.lower(), host.lower()
        port = DEFAULT_PORTS.get(scheme)
        if port and host.endswith(port):  # a browser's Origin leaves the default port out
            host = host[: -len(port)]
        return f"{scheme}://{host}"

    def _from_trusted_proxy(self, request: Request) -> bool:
        try:
            peer = ipaddress.ip_address(request.ip)
        except ValueError:  # a UNIX socket or no peer at all
            return False
        return any(peer in network for network in self.trusted_proxies)

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

    def _refusal(self, request: Request) -> HTTPResponse:
        """403, readable by the widget on the refused page, naming the setting to change."""
        origin = request.headers.get("origin", "")
        logger.warning("web chat: refused %s; it is not in allowed_origins", origin[:200])
        body = {
            "error": "origin not allowed",
            "origin": origin,
            "setting": "allowed_origins",
            "file": "credentials.yml",
            "channel": CREDENTIALS_KEY,
        }
        return response.json(body, status=403, headers=self._cors(request))

    # ---- routes -----------------------------------------------------------------------

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

        def config() -> dict[str, Any]:
            return widget_config(self.reply_timeout + WIDGET_GRACE_SECONDS)

        for name in ("widget.js", "widget.css", "demo.css"):
            webchat.add_route(_static_route(name, config), f"/{name}", methods=["GET"],
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
                return self._refusal(request)
            return response.empty(headers=self._cors(request))

        @webchat.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._origin_allowed(request):
                return self._refusal(request)
            # The widget posts text/plain (no preflight); the guard reads both the same.
            run = functools.partial(self._within_time, on_new_message)
            status, body = await inbound.answer(request, on_new_message, self.name(), run=run)
            return response.json(body, status=status, headers=self._cors(request))

    async def _within_time(
        self, on_new_message, message: UserMessage, crisis_replies: list[dict[str, Any]]
    ) -> None:
        """Rasa's answer within reply_timeout. Past it, Rasa's handling is cancelled before it
        saves the turn, so the message is not acted on later, and the person is asked to send
        it again; a crisis still gets the crisis reply."""
        try:
            await asyncio.wait_for(on_new_message(message), self.reply_timeout)
        except asyncio.TimeoutError:
            logger.warning("web chat: a message took over %ss; not handled", self.reply_timeout)
            replies = crisis_replies or [timed_out_reply(_language_of(message))]
            message.output_channel.messages[:] = [
                {"recipient_id": message.sender_id, **reply} for reply in replies
            ]


def timed_out_reply(lang: str = "en") -> dict[str, Any]:
    """What the person is told when Harbor took too long: send it again, and help now."""
    return {"text": sayings.timed_out(lang), "custom": markers.custom(markers.TIMED_OUT)}


def _language_of(message: UserMessage) -> str:
    """The language of a message Rasa did not get to: its words, else the widget's hint."""
    metadata = message.metadata if isinstance(message.metadata, dict) else {}
    return decide(message.text, None, metadata.get("language"))


def forwarded(headers) -> dict[str, str]:
    """``proto`` and ``host`` as the nearest proxy gives them: the last element of RFC 7239
    ``Forwarded``, else the last values of ``X-Forwarded-Proto`` / ``X-Forwarded-Host``."""
    elements = FORWARDED_ELEMENT.findall(",".join(headers.getall("forwarded", [])))
    if elements:
        pairs = {key.lower(): _unquoted(v) for key, v in FORWARDED_PAIR.findall(elements[-1])}
        found = {key: pairs[key] for key in ("proto", "host") if pairs.get(key)}
        if found:
            return found
    found = {}
    for key, header in (("proto", "x-forwarded-proto"), ("host", "x-forwarded-host")):
        values = ",".join(headers.getall(header, [])).split(",")
        if values[-1].strip():
            found[key] = values[-1].strip()
    return found


def _unquoted(value: str) -> str:
    if value.startswith('"') and value.endswith('"') and len(value) > 1:
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _network(entry: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    try:
        return ipaddress.ip_network(str(entry).strip(), strict=False)
    except ValueError:
        raise ValueError(
            f"{CREDENTIALS_KEY}: trusted_proxies holds {entry!r}, which is not an IP address"
        ) from None


def contact_numbers() -> dict[str, dict[str, bool]]:
    """Every number in the vetted contacts, as written, and whether one can call or text it
    (the verb before it says: "call 1-888-373-7888 or text 233733")."""
    numbers: dict[str, dict[str, bool]] = {}
    ways = [c.how for c in (*contacts.NATIONAL_CONTACTS, *contacts.SPANISH_CONTACTS)]
    for way in ways:
        start = 0
        for match in NUMBER.finditer(way):
            said = way[start : match.start()]
            ways_in = numbers.setdefault(match.group(), {"call": False, "text": False})
            ways_in["call"] |= bool(CALL_WORDS.search(said))
            ways_in["text"] |= bool(TEXT_WORDS.search(said))
            start = match.end()
    return numbers


def widget_config(timeout_seconds: float) -> dict[str, Any]:
    """What widget.js is served with: the vetted contacts in each language (``{"en": [...],
    "es": [...]}``), their numbers, the markers, how long to wait for an answer."""
    marker_names = {k: v for k, v in vars(markers).items() if k.isupper() and isinstance(v, str)}
    return {
        "contacts": {
            lang: [asdict(contact) for contact in listed]
            for lang, listed in CONTACTS_BY_LANGUAGE.items()
        },
        "numbers": contact_numbers(),
        "markers": marker_names,
        "timeoutMs": round(timeout_seconds * 1000),
    }


def _served(text: str, config: dict[str, Any]) -> str:
    """widget.js with its settings written in; "<" escaped so no "</script>" can close a tag."""
    settings = json.dumps(config, ensure_ascii=True).replace("<", "\\u003c")
    return text.replace(CONFIG_PLACEHOLDER, settings)


def _static_route(
    name: str, config: Callable[[], dict[str, Any]]
) -> Callable[[Request], Awaitable[HTTPResponse]]:
    """A handler serving one of the widget's files, read afresh (staff may edit them)."""
    content_type = CONTENT_TYPES[name.rsplit(".", 1)[1]]

    async def serve(request: Request) -> HTTPResponse:
        text = (STATIC / name).read_text()
        if name == "widget.js":
            text = _served(text, config())
        return response.text(
            text,
            content_type=content_type,
            headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
        )

    return serve
