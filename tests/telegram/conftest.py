"""The Telegram suites' fixtures: a Bot API server of our own and the gateway in front of
the live bot, shared by a module's tests; each test gets a chat of its own."""

from __future__ import annotations

import itertools

import pytest

from tests.telegram.botapi import FakeBotApi
from tests.telegram.chat import Person, start_gateway
from tests.telegram.rasa_stub import RasaStub, greeting

_chat_ids = itertools.count(7000001)


def new_chat_id() -> int:
    return next(_chat_ids)


@pytest.fixture(scope="module")
def api():
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def warm_harbor(harbor):
    """The live bot after one place was looked up: the action server loads its place data
    on first use, which can take longer than the gateway waits for an answer."""
    sender = harbor.new_sender()
    for message in ("hi", "yes", "i need a place to stay", "oakland"):
        harbor.say(sender, message)
    return harbor


@pytest.fixture(scope="module")
def gateway(api, warm_harbor, tmp_path_factory):
    harbor = warm_harbor
    log = tmp_path_factory.mktemp("tg") / "gateway.log"
    running = start_gateway(api, f"{harbor.url}/webhooks/rest/webhook", log)
    yield running
    running.close()


# A module that tests the gateway against a stand-in Rasa overrides ``gateway`` with
# ``stub_gateway`` and gets the stand-in, reset after each test, as ``rasa``.
@pytest.fixture(scope="module")
def stub():
    running = RasaStub()
    yield running
    running.close()


@pytest.fixture(scope="module")
def stub_gateway(api, stub, tmp_path_factory):
    log = tmp_path_factory.mktemp("tg") / "gateway.log"
    running = start_gateway(api, stub.rest_url, log)
    yield running
    running.close()


@pytest.fixture
def rasa(stub, stub_gateway):
    """The stand-in, answering ordinarily again after each test."""
    yield stub
    stub.answer, stub.down = greeting, False


@pytest.fixture
def person(api, gateway) -> Person:
    return Person(api, new_chat_id())
