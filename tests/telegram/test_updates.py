"""bot/telegram/updates.py and logs.py: an update the library cannot read is skipped by its id,
and no log line carries what someone wrote or who they are."""

from __future__ import annotations

import json
import logging

import pytest
from telegram import Update
from telegram.error import TelegramError

from bot.telegram.logs import WithoutDetails
from bot.telegram.updates import UNREADABLE, UpdatesRequest, readable

GOOD = {
    "update_id": 11,
    "message": {
        "message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "text": "hi",
    },
}  # fmt: skip
# python-telegram-bot 22 cannot read a user without is_bot.
BAD = {
    "update_id": 12,
    "message": {
        "message_id": 2, "date": 1, "chat": {"id": 777001, "type": "private"},
        "from": {"id": 777001, "first_name": "Quenby", "username": "quenby_k"},
        "text": "zebra pancake",
    },
}  # fmt: skip


WHERE = {UNREADABLE: {"chat_id": 777001, "message_id": 2, "lang": "en"}}


def test_an_unreadable_update_is_kept_by_its_id_and_where_to_answer(caplog):
    with caplog.at_level(logging.WARNING):
        kept = readable([GOOD, BAD, {"no": "id"}, "junk"])
    assert kept == [GOOD, {"update_id": 12, **WHERE}]
    assert "12" in caplog.text
    for secret in ("777001", "Quenby", "quenby_k", "zebra"):
        assert secret not in caplog.text


def test_the_updates_connection_hands_the_library_only_what_it_can_read():
    payload = json.dumps({"ok": True, "result": [BAD, GOOD]}).encode()
    answer = UpdatesRequest.parse_json_payload(payload)
    assert answer == {"ok": True, "result": [{"update_id": 12, **WHERE}, GOOD]}
    assert Update.de_json(answer["result"][0], None).api_kwargs[UNREADABLE] == WHERE[UNREADABLE]


def test_only_a_private_message_says_where_it_was():
    in_group = {**BAD, "message": {**BAD["message"], "chat": {"id": -5, "type": "group"}}}
    callback = {"update_id": 13, "callback_query": {"id": "x"}}
    assert readable([in_group, callback]) == [{"update_id": 12}, {"update_id": 13}]


def test_an_unreadable_message_says_the_language_of_its_words_else_its_app_never_the_words():
    def where(text: str | None, app: str | None) -> dict:
        message = {**BAD["message"], "text": text, "from": {**BAD["message"]["from"]}}
        if app:
            message["from"]["language_code"] = app
        return readable([{**BAD, "message": message}])[0][UNREADABLE]

    assert where(None, "es")["lang"] == where("ok", "es-MX")["lang"] == "es"
    assert where("hola necesito ayuda", "en")["lang"] == "es"
    assert where("i need help please", "es")["lang"] == "en"
    assert where(None, None)["lang"] == "en"
    assert set(where("hola necesito ayuda", "es")) == {"chat_id", "message_id", "lang"}


def test_a_broken_answer_is_an_error_that_does_not_quote_it(caplog):
    with caplog.at_level(logging.DEBUG), pytest.raises(TelegramError):
        UpdatesRequest.parse_json_payload(b'{"result": [zebra pancake')
    assert "zebra" not in caplog.text


def _record(name: str, message: str, *args, error: Exception | None = None) -> logging.LogRecord:
    exc_info = (type(error), error, None) if error else None
    return logging.LogRecord(name, logging.CRITICAL, __file__, 1, message, args, exc_info)


def test_library_records_keep_their_words_and_lose_their_details():
    record = _record("telegram.ext.Updater", "Received data was %r", {"first_name": "Quenby"})
    assert WithoutDetails().filter(record)
    assert "Quenby" not in record.getMessage()
    assert record.getMessage().startswith("Received data was")

    failed = _record("telegram.Bot", "Error while parsing", error=KeyError("Quenby"))
    WithoutDetails().filter(failed)
    assert failed.exc_info is None and "KeyError" in failed.getMessage()
    assert "Quenby" not in logging.Formatter().format(failed)


def test_harbors_own_records_pass_as_they_are():
    record = _record("bot.telegram.handlers", "handler failed: %s", "BadRequest")
    WithoutDetails().filter(record)
    assert record.getMessage() == "handler failed: BadRequest"
