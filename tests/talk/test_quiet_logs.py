"""Log lines keep what helps a maintainer and lose what belongs to a conversation."""

from __future__ import annotations

import io
import logging

import pytest

from talk import quiet_logs

SECRET_WORDS = "he is selling me at 415-555-0100"
SENDER = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def captured():
    previous = logging.getLogRecordFactory()
    quiet_logs.install({"action_show_results"})
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("harbor.test.quiet")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield logger, stream
    logger.removeHandler(handler)
    logging.setLogRecordFactory(previous)


def test_quoted_words_ids_tokens_and_numbers_are_masked(captured):
    logger, stream = captured
    logger.warning("Failed to parse arguments in line '/help %s'", SECRET_WORDS)
    logger.error("Circuit breaker tripped for sender '%s'", SENDER)
    logger.info("POST http://127.0.0.1:5005/conversations/%s/tracker?token=abc123", SENDER)
    logger.info("running 'action_show_results'")
    said = stream.getvalue()
    assert "selling" not in said and "415" not in said and SENDER not in said
    assert "abc123" not in said
    assert "'action_show_results'" in said


def test_rasa_structured_logs_keep_only_the_event(captured):
    logger, stream = captured
    logger.error('{"event": "rest.message.received.failure", "text": "%s"}', SECRET_WORDS)
    assert "rest.message.received.failure" in stream.getvalue()
    assert "selling" not in stream.getvalue()


def test_a_traceback_keeps_its_frames_and_loses_its_text(captured):
    logger, stream = captured
    try:
        raise ValueError(f"request_body: {SECRET_WORDS}")
    except ValueError:
        logger.exception("an action failed")
    said = stream.getvalue()
    assert "ValueError" in said and "test_quiet_logs.py" in said
    assert "selling" not in said
