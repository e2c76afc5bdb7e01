"""Random text through the real gateway to the live bot, for a bounded number of messages.

Whatever a person types: a reply comes (never silence), and the gateway's log never holds
it. Every message carries a marker word only this test uses, to search the log for.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.telegram.chat import texts_of

MARK = "zqtgfuzzmark"
FUZZ = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
# Text as people type it, and payload-like text: "/" starts a command only at the start.
payload_like = st.builds(
    lambda intent, body: f"/{intent}{json.dumps(body)}",
    st.sampled_from(["inform", "crisis", "affirm", "greet", "x"]),
    st.dictionaries(st.sampled_from(["need", "age_range", "population"]),
                    st.integers() | st.text(max_size=20), max_size=2),
)  # fmt: skip
typed = (
    st.text(min_size=0, max_size=400)
    | payload_like
    | st.builds(lambda n: "é" * n, st.integers(0, 5000))
)


@FUZZ
@given(text=typed)
def test_whatever_is_typed_gets_a_reply(person, text):
    replies = person.says(f"{MARK} {text}")
    assert replies and texts_of(replies).strip()
    assert "Traceback" not in texts_of(replies)


def test_the_gateway_log_never_holds_what_was_typed(gateway):
    # Runs after the fuzzer above (pytest keeps file order).
    assert MARK not in gateway.log.read_text(errors="replace")
