"""bot/telegram/buttons.py: callback keys that survive restarts and replicas."""

from __future__ import annotations

from bot.telegram.buttons import MAX_CALLBACK_BYTES, Buttons

STOP = "/stop"
LONG = '/inform{"place_choice": "city:CA:San Buenaventura (Ventura), county of Ventura"}'


def test_a_payload_that_fits_is_its_own_key_in_any_process():
    assert Buttons().key(STOP) == STOP
    assert Buttons().payload(STOP) == STOP  # another process, or after a restart
    assert Buttons().payload('/inform{"population": "all"}') == '/inform{"population": "all"}'


def test_a_long_payload_gets_the_same_short_key_everywhere():
    first, second = Buttons(), Buttons()
    assert len(LONG.encode()) > MAX_CALLBACK_BYTES
    key = first.key(LONG)
    assert len(key.encode()) <= MAX_CALLBACK_BYTES
    assert second.key(LONG) == key
    assert first.payload(key) == LONG
    assert Buttons().payload(key) is None  # a process that never showed it does not guess


def test_the_64_bytes_are_counted_in_bytes_not_characters():
    payload = '/inform{"location": "' + "é" * 25 + '"}'
    assert len(payload) <= MAX_CALLBACK_BYTES < len(payload.encode())
    assert Buttons().key(payload) != payload


def test_keys_of_an_older_gateway_are_unknown_never_another_choice():
    buttons = Buttons()
    buttons.key(STOP)
    for old in ("b0", "b1", "", None, "#" + "0" * 40, "hello"):
        assert buttons.payload(old) is None


def test_a_keyboard_has_a_row_per_button_with_a_payload():
    keyboard = Buttons().keyboard(
        [
            {"title": "Yes", "payload": "/affirm"},
            {"title": "No payload"},
            {"title": "x" * 80, "payload": STOP},
            "not a button",
        ]
    )
    rows = keyboard.inline_keyboard
    assert [row[0].callback_data for row in rows] == ["/affirm", STOP]
    assert len(rows[1][0].text) == 64
    assert Buttons().keyboard([{"title": "none"}]) is None
