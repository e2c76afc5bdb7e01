"""The inbound guard, on its own: caps, payloads, rate limits, and crisis never held back."""

from __future__ import annotations

import json

import pytest

from bot.rasa.guard import Admitted, Answered, Buckets, Guard, Limits
from talk import markers

INTENTS = {"greet", "inform", "stop", "crisis", "affirm", "deny", "skip"}
CRISIS_REPLIES = {
    "en": [{"text": "If you are in danger right now, call 911."}],
    "es": [{"text": "Si estás en peligro ahora, llama al 911."}],
}


def admit(guard: Guard, message, sender="s1", client="c1", **body):
    raw = json.dumps({"sender": sender, "message": message, **body}).encode()
    return guard.admit(raw, client, INTENTS, CRISIS_REPLIES, token=body.pop("token", None))


def marker(outcome) -> str | None:
    return markers.marker_of(outcome.body[0])


def test_a_normal_message_passes_normalised():
    outcome = admit(Guard(), "ı need a ＢＥＤ")
    assert isinstance(outcome, Admitted) and outcome.text == "i need a BED"


@pytest.mark.parametrize("size", [2001, 100_000, 1_000_000])
def test_a_message_over_the_cap_gets_a_kind_answer_and_is_not_read(size):
    outcome = admit(Guard(), "a" * size)
    assert isinstance(outcome, Answered) and outcome.status == 200
    assert marker(outcome) == markers.TOO_LONG
    assert "too long" in outcome.body[0]["text"] and "911" in outcome.body[0]["text"]


def test_a_crisis_in_a_message_over_the_cap_is_still_answered_as_a_crisis():
    outcome = admit(Guard(), "blah " * 50_000 + "and he is selling me")
    assert isinstance(outcome, Admitted) and outcome.text == "/crisis" and outcome.crisis


def test_a_body_over_the_byte_cap_is_refused_kindly():
    guard = Guard(Limits(max_body_bytes=1000))
    outcome = admit(guard, "x" * 2000)
    assert outcome.status == 413 and marker(outcome) == markers.TOO_LONG


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"message": "hi"}',
        b'{"sender": {"a": 1}, "message": "hi"}',
        b'{"sender": "s", "message": {"a": 1}}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["not json", "a list", "no sender", "sender object", "message object", "deep nesting"],
)
def test_malformed_requests_get_a_clear_400(body):
    outcome = Guard().admit(body, "c", INTENTS, CRISIS_REPLIES)
    assert isinstance(outcome, Answered) and outcome.status == 400 and outcome.body["error"]


def test_big_or_deep_metadata_is_dropped_and_the_message_kept():
    deep: dict = {}
    node = deep
    for _ in range(50):
        node["a"] = {}
        node = node["a"]
    for metadata in ({"x": "y" * 20_000}, deep, "not a dict"):
        outcome = admit(Guard(), "hi", metadata=metadata)
        assert isinstance(outcome, Admitted) and outcome.metadata == {}
    assert admit(Guard(), "hi", metadata={"channel": "telegram"}).metadata == {
        "channel": "telegram"
    }


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ('/inform{"need": "housing"}', '/inform{"need": "housing"}'),
        ('/inform{"age_range": {"a": 1}}', 'inform{"age_range": {"a": 1}}'),
        ('/inform{"population": ["girls"]}', 'inform{"population": ["girls"]}'),
        ('/inform{"system": "jail"}', 'inform{"system": "jail"}'),
        ('/inform{"need": {}}', 'inform{"need": {}}'),
        ('/inform{"need": [["housing"]]}', 'inform{"need": [["housing"]]}'),
        ("/help me im 15 and at the bus stop", "help me im 15 and at the bus stop"),
        ("/restart", "/stop"),
        ("/session_start", "/greet"),
    ],
)
def test_typed_payloads_are_as_strict_as_buttons(typed, read):
    assert admit(Guard(), typed).text == read


def test_personal_details_are_masked_before_rasa():
    outcome = admit(Guard(), "call me at 415-555-0100 or mail me@example.com, im in 94110")
    assert "415" not in outcome.text and "example.com" not in outcome.text
    assert "94110" in outcome.text


def test_a_flood_from_one_sender_is_held_back_with_a_plain_answer():
    guard = Guard(Limits(sender_burst=3, sender_per_second=0.001))
    outcomes = [admit(guard, f"message {n}") for n in range(5)]
    assert [isinstance(o, Admitted) for o in outcomes] == [True, True, True, False, False]
    assert marker(outcomes[-1]) == markers.NOT_READ
    assert "send it again" in outcomes[-1].body[0]["text"]


def test_a_crisis_is_never_held_back():
    guard = Guard(Limits(sender_burst=1, sender_per_second=0.001))
    admit(guard, "hi")
    outcome = admit(guard, "he is outside with a knife")
    assert isinstance(outcome, Answered) and outcome.body[0]["text"].startswith(
        "If you are in danger"
    )


def test_a_flood_from_one_client_is_held_back_but_not_the_gateway_with_the_token():
    guard = Guard(Limits(client_burst=2, client_per_second=0.001), token="t0ken")
    held = [admit(guard, "hi", sender=f"s{n}") for n in range(3)]
    assert isinstance(held[-1], Answered)
    trusted = [admit(guard, "hi", sender=f"t{n}", token="t0ken") for n in range(5)]
    assert all(isinstance(o, Admitted) for o in trusted)


def test_buckets_refill_and_forget_the_oldest_keys():
    buckets = Buckets(burst=1, per_second=1.0, size=2)
    assert buckets.take("a", now=0) and not buckets.take("a", now=0.5)
    assert buckets.take("a", now=1.6)
    buckets.take("b", now=2)
    buckets.take("c", now=2)
    assert "a" not in buckets._buckets and len(buckets._buckets) == 2
