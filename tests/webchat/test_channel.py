"""The web chat channel on its own: a Sanic server with the channel's routes and a stand-in
for Rasa, so the slow path and the proxy headers can be tried without a model."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
import uuid
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
from sanic import Sanic

from bot.rasa.webchat import channel
from bot.rasa.webchat.channel import WebChatInput
from resources import contacts
from talk import markers, sayings
from tests.test_house import PHONE

STATIC = Path(channel.__file__).parent / "static"
SPANISH = {contact.key: contact for contact in contacts.SPANISH_CONTACTS}
CRISIS_TEXT = "If you are in danger right now, call 911."
DOMAIN = SimpleNamespace(
    intents=["greet", "crisis", "stop"],
    responses={
        "utter_crisis": [{"text": CRISIS_TEXT}],
        "utter_crisis_next": [{"text": "Keep looking, or stop?", "buttons": []}],
    },
)


class Served:
    """The channel's blueprint on a loopback port, in a thread of its own."""

    def __init__(self, webchat: WebChatInput, on_new_message: StandIn) -> None:
        self.webchat, self.rasa = webchat, on_new_message
        self.app = Sanic(f"webchat_test_{uuid.uuid4().hex}")
        self.app.ctx.agent = SimpleNamespace(domain=DOMAIN)
        blueprint = webchat.blueprint(lambda message: self.rasa(message))
        self.app.blueprint(blueprint, url_prefix="/webhooks/webchat")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/webhooks/webchat"
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        assert ready.wait(30), "the test server did not start"

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(
            self.app.create_server(
                host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False
            )
        )
        self.loop.run_until_complete(server.startup())
        ready.set()
        with contextlib.suppress(RuntimeError):  # stopped by close()
            self.loop.run_until_complete(server.serve_forever())

    def post(
        self, message: str, headers: dict[str, str] | None = None, language: str | None = None
    ) -> requests.Response:
        """One message as the widget sends it; with ``language``, with the widget's hint."""
        sent = {"sender": f"web-{uuid.uuid4().hex}", "message": message}
        if language:
            sent["metadata"] = {"language": language}
        body = json.dumps(sent)
        return requests.post(f"{self.url}/webhook", data=body, headers=headers or {}, timeout=20)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


class StandIn:
    """Rasa's on_new_message: answers after ``seconds``, noting whether it was cut off."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.seconds, self.started, self.finished, self.cancelled = seconds, 0, 0, 0

    async def __call__(self, message) -> None:
        self.started += 1
        try:
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        await message.output_channel.send_text_message(message.sender_id, "Rasa's answer")
        self.finished += 1


@pytest.fixture(scope="module")
def server():
    # One server for the module: Sanic prepares its request handling once per process.
    webchat = WebChatInput([], "https://weather.com")
    served = Served(webchat, StandIn())
    yield served
    served.close()


@pytest.fixture
def serve(server):
    """The server, its channel set up with ``settings`` and Rasa standing in anew."""

    def start(stand_in: StandIn, **settings) -> Served:
        settings.setdefault("allowed_origins", [])
        settings.setdefault("exit_url", "https://weather.com")
        server.webchat.__dict__.update(vars(WebChatInput(**settings)))
        server.rasa = stand_in
        return server

    return start


def test_an_answer_within_the_timeout_is_rasas(serve):
    rasa = StandIn(seconds=0.05)
    served = serve(rasa, reply_timeout=2)
    reply = served.post("hello")
    assert reply.status_code == 200
    assert [m["text"] for m in reply.json()] == ["Rasa's answer"]


def test_a_message_past_the_timeout_is_cancelled_and_asked_for_again(serve):
    rasa = StandIn(seconds=3)
    served = serve(rasa, reply_timeout=0.3)
    reply = served.post("i need a place to stay")
    assert reply.status_code == 200
    [message] = reply.json()
    assert markers.marker_of(message) == markers.TIMED_OUT
    assert "send it again" in message["text"]
    assert contacts.DEFAULT.how in message["text"]
    time.sleep(3.5)  # long after Rasa would have answered
    assert (rasa.started, rasa.cancelled, rasa.finished) == (1, 1, 0)


@pytest.mark.parametrize(
    "words, hint",
    [("necesito un lugar para quedarme", None), ("16", "es"), ("necesito ayuda", "en")],
    ids=["spanish-words", "spanish-hint", "spanish-words-english-hint"],
)
def test_a_spanish_message_past_the_timeout_is_asked_for_again_in_spanish(serve, words, hint):
    served = serve(StandIn(seconds=3), reply_timeout=0.3)
    [message] = served.post(words, language=hint).json()
    assert markers.marker_of(message) == markers.TIMED_OUT
    assert message["text"] == sayings.timed_out("es")
    assert SPANISH["trafficking"].how in message["text"]


def test_a_crisis_past_the_timeout_still_gets_the_crisis_reply(serve):
    rasa = StandIn(seconds=3)
    served = serve(rasa, reply_timeout=0.3)
    reply = served.post("im in danger right now, he is hurting me")
    texts = [m.get("text") for m in reply.json()]
    assert texts == [CRISIS_TEXT, "Keep looking, or stop?"]
    assert rasa.cancelled == 1


def test_the_reply_timeout_comes_from_credentials_and_the_widget_waits_longer(serve):
    webchat = WebChatInput.from_credentials({"allowed_origins": [], "reply_timeout": 4})
    assert webchat.reply_timeout == 4
    assert WebChatInput.from_credentials({}).reply_timeout == channel.DEFAULT_REPLY_TIMEOUT
    served = serve(StandIn(), reply_timeout=4)
    widget = requests.get(f"{served.url}/widget.js", timeout=10).text
    assert '"timeoutMs": 5000' in widget


def test_the_widget_is_served_with_the_vetted_contacts_and_markers_and_types_no_number(serve):
    raw = (STATIC / "widget.js").read_text()
    assert channel.CONFIG_PLACEHOLDER in raw
    assert PHONE.findall(raw) == []
    served = serve(StandIn())
    widget = requests.get(f"{served.url}/widget.js", timeout=10).text
    assert channel.CONFIG_PLACEHOLDER not in widget
    config = json.loads(widget.split("var CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert [c["how"] for c in config["contacts"]["en"]] == [
        c.how for c in contacts.NATIONAL_CONTACTS
    ]
    assert config["markers"]["CLEARED"] == markers.CLEARED
    assert config["numbers"]["233733"] == {"call": False, "text": True}
    assert config["numbers"]["741741"] == {"call": False, "text": True}
    assert config["numbers"]["988"] == {"call": True, "text": True}
    assert config["numbers"]["1-888-373-7888"] == {"call": True, "text": False}


def served_config(served: Served) -> dict:
    widget = requests.get(f"{served.url}/widget.js", timeout=10).text
    return json.loads(widget.split("var CONFIG = ", 1)[1].split(";\n", 1)[0])


def test_the_widget_is_served_the_spanish_contacts_exactly(serve):
    config = served_config(serve(StandIn()))
    assert config["contacts"]["es"] == [asdict(c) for c in contacts.SPANISH_CONTACTS]
    # CONVERSATION.md, "In Spanish": name and how to reach, word for word.
    assert [(c["name"], c["how"]) for c in config["contacts"]["es"]] == [
        ("Emergencias", "llama al 911"),
        (
            "Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)",
            "llama al 1-888-373-7888 o envía un texto al 233733",
        ),
        (
            "988 Suicide & Crisis Lifeline, en español",
            "llama al 988 y marca 2, o envía AYUDA por texto al 988",
        ),
        ("Crisis Text Line en español", "envía AYUDA al 741741, o por WhatsApp al 442-AYUDAME"),
        ("211", "llama al 2-1-1"),
    ]
    # The keys the widget looks its Spanish notes up by.
    assert {"emergency", "trafficking", "text_line"} <= {c["key"] for c in config["contacts"]["es"]}
    # Spanish verbs say how to reach a number too ("envía un texto al 233733").
    assert config["numbers"]["233733"] == {"call": False, "text": True}
    assert config["numbers"]["2-1-1"] == {"call": True, "text": False}
    assert "442-AYUDAME" not in config["numbers"]  # a WhatsApp name, not a number to dial


def test_the_served_config_survives_json_and_script_tags():
    config = channel.widget_config(10)
    assert set(config["contacts"]) == {"en", "es"}
    served = channel._served(f"var CONFIG = {channel.CONFIG_PLACEHOLDER};\n", config)
    assert "<" not in served and "Línea" not in served  # ASCII only, no tag can close
    assert json.loads(served.split("var CONFIG = ", 1)[1].split(";\n", 1)[0]) == config


def test_a_refused_origin_is_told_which_setting_to_change(serve):
    served = serve(StandIn(), allowed_origins=["https://youth-org.example"])
    refused = served.post("hi", {"Origin": "https://elsewhere.example"})
    assert refused.status_code == 403
    assert refused.headers["Access-Control-Allow-Origin"] == "https://elsewhere.example"
    assert refused.json()["setting"] == "allowed_origins"
    allowed = served.post("hi", {"Origin": "https://youth-org.example"})
    assert allowed.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Forwarded-Proto": "https"},
        {"Forwarded": "for=192.0.2.60;proto=https"},
        {"Forwarded": 'for="[2001:db8::1]";proto=http, for=10.0.0.2;proto=https'},
    ],
    ids=["x-forwarded-proto", "forwarded", "forwarded-last-hop"],
)
def test_a_trusted_proxys_headers_say_what_the_browser_saw(serve, headers):
    for proxies, status in ((["127.0.0.1"], 200), ([], 403)):
        served = serve(StandIn(), trusted_proxies=proxies)
        origin = {"Origin": f"https://127.0.0.1:{served.port}"}
        assert served.post("hi", {**origin, **headers}).status_code == status


def test_a_trusted_proxy_can_name_the_public_host(serve):
    served = serve(StandIn(), trusted_proxies=["127.0.0.0/8"])
    public = {"Origin": "https://chat.youth-org.example"}
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "chat.youth-org.example"}
    assert served.post("hi", {**public, **forwarded}).status_code == 200
    rfc = {"Forwarded": 'proto=https;host="chat.youth-org.example:443"'}
    assert served.post("hi", {**public, **rfc}).status_code == 200
    assert served.post("hi", public).status_code == 403
    spoofed = {"X-Forwarded-Proto": "http", "X-Forwarded-Host": "chat.youth-org.example"}
    assert served.post("hi", {**public, **spoofed}).status_code == 403


def test_without_trusted_proxies_forwarded_headers_are_ignored(serve):
    served = serve(StandIn())
    plain = {"Origin": f"http://127.0.0.1:{served.port}"}
    assert served.post("hi", plain).status_code == 200
    lying = {"X-Forwarded-Host": "evil.example", "Origin": "http://evil.example"}
    assert served.post("hi", lying).status_code == 403


def test_a_trusted_proxy_that_is_not_an_address_is_named(serve):
    with pytest.raises(ValueError, match="trusted_proxies.*'proxy.internal'"):
        WebChatInput([], "https://weather.com", trusted_proxies=["proxy.internal"])
