"""Random text, JSON and payloads against the live bot's doors (REST and web chat), bounded.

Whatever arrives: never a 500, never an empty answer, never a traceback, and never a log
line holding what was sent. Each input carries a marker word only these requests use, so
the logs of both servers can be searched for it afterwards.
"""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MARK = "zqfuzzmark"
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=30,
)
intents = st.sampled_from(["inform", "crisis", "stop", "restart", "session_start", "affirm", "x"])
payloads = st.builds(
    lambda intent, body, tail: f"/{intent}{json.dumps(body)}{tail}",
    intents,
    st.dictionaries(st.sampled_from(["need", "location", "age_range", "population", "system",
                                     "place_choice", "other"]), json_values, max_size=3),
    st.sampled_from(["", " ", f" {MARK}", "}", "{"]),
)  # fmt: skip
texts = st.text(max_size=300) | payloads | st.builds(lambda n: "a" * n, st.integers(0, 12_000))


DOORS = ["rest", "webchat"]


def post(harbor, body: bytes, door: str = "rest") -> requests.Response:
    return requests.post(f"{harbor.url}/webhooks/{door}/webhook", data=body, timeout=60)


def assert_answered(response: requests.Response) -> None:
    assert response.status_code in (200, 400, 413), response.status_code
    if response.status_code == 200:
        replies = response.json()
        assert isinstance(replies, list) and replies
        assert "Traceback" not in response.text


@pytest.mark.parametrize("door", DOORS)
@FUZZ
@given(text=texts)
def test_random_messages_are_always_answered(harbor, door, text):
    body = {"sender": f"fuzz-{uuid.uuid4().hex[:8]}", "message": f"{text} {MARK}"}
    assert_answered(post(harbor, json.dumps(body).encode(), door))


@pytest.mark.parametrize("door", DOORS)
@FUZZ
@given(body=json_values)
def test_random_json_bodies_get_a_clear_answer(harbor, door, body):
    assert_answered(post(harbor, json.dumps(body).encode(), door))


@FUZZ
@given(metadata=json_values, text=payloads)
def test_random_payloads_and_metadata_never_break_a_conversation(harbor, metadata, text):
    sender = f"fuzz-{uuid.uuid4().hex[:8]}"
    body = {"sender": sender, "message": text, "metadata": metadata}
    assert_answered(post(harbor, json.dumps(body).encode()))
    # The conversation goes on afterwards.
    assert_answered(post(harbor, json.dumps({"sender": sender, "message": "hi"}).encode()))


def test_no_log_line_holds_what_the_fuzzers_sent(harbor):
    # Runs after the fuzzers in this module (pytest keeps file order).
    logs = "".join(p.read_text(errors="replace") for p in harbor.logs.glob("*.log"))
    assert MARK not in logs
