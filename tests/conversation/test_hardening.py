"""Harbor under careless and hostile clients, live: what reaches Rasa, what reaches the logs,
and what a young person gets back. Speed and memory targets live in bench/hardening_bench.py.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
import requests

from tests.conversation.test_live import text_of

SECRET = "mybosskeepsmyid"  # a word that can only come from these tests
HOTLINE = "1-888-373-7888"


def post(harbor, body, **kwargs) -> requests.Response:
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return requests.post(f"{harbor.url}/webhooks/rest/webhook", data=data, timeout=30, **kwargs)


def events(harbor, sender) -> list[dict]:
    return harbor.tracker(sender)["events"]


def user_texts(harbor, sender) -> list[str]:
    return [e.get("text") or "" for e in events(harbor, sender) if e["event"] == "user"]


@pytest.mark.parametrize("size", [100_000, 1_000_000])
def test_a_huge_message_gets_a_kind_answer_and_never_reaches_the_model(harbor, size):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    response = post(harbor, {"sender": sender, "message": "a" * size})
    assert response.status_code == 200
    said = text_of(response.json())
    assert "too long" in said and "911" in said and HOTLINE in said
    assert not any(len(t) > 1000 for t in user_texts(harbor, sender))


def test_a_crisis_inside_a_huge_message_still_gets_the_crisis_reply(harbor):
    sender = harbor.new_sender()
    response = post(harbor, {"sender": sender, "message": "ok " * 40_000 + " he is selling me"})
    said = text_of(response.json())
    assert "911" in said and "988" in said and HOTLINE in said


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[" * 50_000 + b"]" * 50_000,
        b'{"sender": "x", "message": {"a": 1}}',
        b'{"message": "hi"}',
    ],
    ids=["not json", "deep nesting", "message object", "no sender"],
)
def test_malformed_requests_get_a_clear_400_not_a_500(harbor, body):
    response = post(harbor, body)
    assert response.status_code == 400 and response.json()["error"]


def test_a_body_over_the_byte_cap_is_refused_before_it_is_read(harbor):
    response = post(harbor, b'{"sender": "x", "message": "' + b"a" * 5_000_000 + b'"}')
    assert response.status_code == 413


def test_big_metadata_is_dropped_and_the_message_answered(harbor):
    sender = harbor.new_sender()
    response = post(harbor, {"sender": sender, "message": "hi", "metadata": {"x": "y" * 200_000}})
    assert "automated helper" in text_of(response.json())
    user = [e for e in events(harbor, sender) if e["event"] == "user"][-1]
    assert "x" not in (user.get("metadata") or {})


def test_a_typed_payload_with_a_bad_value_cannot_silence_the_chat(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    harbor.say(sender, "/affirm")
    harbor.say(sender, '/inform{"need": "housing"}')
    for bad in (
        '/inform{"age_range": {"a": 1}}',
        '/inform{"population": ["x"]}',
        '/inform{"system": 7}',
    ):
        assert harbor.say(sender, bad)
    slots = harbor.tracker(sender)["slots"]
    assert not isinstance(slots["age_range"], dict) and slots["population"] != ["x"]
    results = text_of(harbor.say(sender, "oakland"))
    assert "24/7 help" in results or "just for girls" in results


def test_crisis_words_are_read_after_a_slash_and_through_look_alike_letters(harbor):
    for message in (
        '/inform{"need": "housing"} they are selling me',
        "ı want to dıe",
        "𝐡𝐞 𝐢𝐬 𝐬𝐞𝐥𝐥𝐢𝐧𝐠 𝐦𝐞",
    ):
        said = text_of(harbor.say(harbor.new_sender(), message))
        assert "988" in said and HOTLINE in said, message


def test_full_width_stop_clears_and_typed_restart_and_session_start_are_never_silent(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    assert harbor.say(sender, "ＳＴＯＰ")[-1].get("custom") == {"harbor": "cleared"}
    harbor.say(sender, "hi")
    replies = harbor.say(sender, "/restart")
    assert any(r.get("custom") == {"harbor": "cleared"} for r in replies)
    assert "automated helper" in text_of(harbor.say(sender, "/session_start"))


def test_a_typed_phone_number_and_email_reach_the_tracker_masked(harbor):
    sender = harbor.new_sender()
    harbor.say(sender, "hi")
    harbor.say(sender, "my number is (415) 555-0100 and mail is girl@example.com")
    dumped = json.dumps(harbor.tracker(sender))
    assert "555-0100" not in dumped and "example.com" not in dumped
    assert "[phone]" in dumped


def test_the_action_server_refuses_a_request_without_the_shared_secret(harbor):
    forged = {
        "next_action": "action_show_results",
        "sender_id": "x",
        "tracker": {"sender_id": "x", "slots": {}, "events": []},
        "domain": {},
    }
    response = requests.post(f"{harbor.action_url}/webhook", json=forged, timeout=10)
    assert response.status_code == 401


def _listening_address(port: int) -> str:
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port and state == "0A":  # LISTEN
            return socket.inet_ntoa(bytes.fromhex(address)[::-1])
    return "not listening"


def test_rasa_and_the_action_server_listen_on_loopback_only(harbor):
    for url in (harbor.url, harbor.action_url):
        assert _listening_address(int(url.rsplit(":", 1)[1])) == "127.0.0.1"


def test_a_flood_from_one_sender_is_held_back_plainly_and_a_crisis_never_is(harbor):
    sender = harbor.new_sender()
    replies = [post(harbor, {"sender": sender, "message": f"hi {n}"}).json() for n in range(12)]
    held = [r[0] for r in replies if r and r[0].get("custom") == {"harbor": "not_read"}]
    assert held and "send it again" in held[0]["text"]
    said = text_of(post(harbor, {"sender": sender, "message": "i want to kill myself"}).json())
    assert "988" in said


def test_logs_hold_no_conversation_text_and_no_sender_id(harbor):
    """Drive every error path with a word and an id only these requests carry, then grep."""
    sender = f"logcheck-{SECRET}-0123456789abcdef"
    # A typed payload Rasa's own parser would have logged word for word.
    harbor.say(sender, f"/help me {SECRET} im 15")
    harbor.say(sender, f'/inform{{"location": "{SECRET}"}} and more')
    # REST errors: malformed bodies, a message that is not text.
    post(harbor, f'{{"sender": "{sender}", "message": {{"x": "{SECRET}"}}}}')
    post(harbor, f'{{"sender": "{sender}", "message": "{SECRET}'.encode())
    # An action server error: a tracker it cannot read, with the secret inside.
    requests.post(
        f"{harbor.action_url}/webhook",
        params={"token": harbor.actions_token},
        json={"next_action": "action_show_results", "tracker": SECRET, "domain": SECRET},
        timeout=10,
    )
    # A huge message and a flood.
    post(harbor, {"sender": sender, "message": SECRET * 10_000})
    for _ in range(10):
        post(harbor, {"sender": sender, "message": f"{SECRET} again"})
    logs = "".join(p.read_text(errors="replace") for p in harbor.logs.glob("*.log"))
    assert SECRET not in logs
    assert "0123456789abcdef" not in logs
