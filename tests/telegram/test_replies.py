"""bot/telegram/replies.py: Rasa's replies to one message, as the messages the chat gets."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove

from bot.telegram import texts
from bot.telegram.buttons import Buttons
from bot.telegram.replies import MAX_CHARS, plan, split
from talk import markers

QUESTION = {"text": "Where are you?", "buttons": [{"title": "Skip", "payload": "/skip"}]}
ASK_PLACE = {"custom": markers.custom(markers.REQUEST_LOCATION)}


def test_a_stop_clears_and_says_nothing():
    done = plan([{"text": "Chat cleared."}, {"custom": markers.custom(markers.CLEARED)}], Buttons())
    assert done.cleared and not done.messages


def test_buttons_become_an_inline_keyboard_on_their_message():
    done = plan([{"text": "Hi."}, QUESTION], Buttons())
    assert [m.text for m in done.messages] == ["Hi.", "Where are you?"]
    assert done.messages[0].markup is None
    assert isinstance(done.messages[1].markup, InlineKeyboardMarkup)


def test_the_place_question_offers_the_location_keyboard():
    done = plan([QUESTION, ASK_PLACE], Buttons())
    assert done.messages[-1].text == texts.ENGLISH.location_offer
    assert isinstance(done.messages[-1].markup, ReplyKeyboardMarkup)
    assert done.keyboard is True


def test_the_next_turn_takes_the_keyboard_away_on_a_plain_message():
    done = plan([{"text": "Okay, Oakland."}, QUESTION], Buttons(), 7, keyboard_showing=True)
    assert isinstance(done.messages[0].markup, ReplyKeyboardRemove)
    assert done.keyboard is False


def test_when_every_message_has_buttons_a_short_one_takes_the_keyboard_away():
    done = plan([QUESTION], Buttons(), 7, keyboard_showing=True)
    assert done.messages[0].text == texts.ENGLISH.moving_on
    assert isinstance(done.messages[0].markup, ReplyKeyboardRemove)
    assert isinstance(done.messages[1].markup, InlineKeyboardMarkup)


def test_no_keyboard_no_removal():
    done = plan([QUESTION], Buttons(), 7, keyboard_showing=False)
    assert [m.text for m in done.messages] == ["Where are you?"]
    assert done.keyboard is None


def test_a_message_rasa_did_not_read_is_answered_as_a_reply_to_it_and_the_keyboard_stays():
    held = [{"text": "I did not read that one."}, {"custom": markers.custom(markers.NOT_READ)}]
    done = plan(held, Buttons(), 41, keyboard_showing=True)
    assert [(m.text, m.reply_to, m.markup) for m in done.messages] == [
        ("I did not read that one.", 41, None)
    ]
    assert done.keyboard is None


def test_a_too_long_marker_may_carry_its_text_itself():
    reply = {"custom": markers.custom(markers.TOO_LONG, text="That is longer than I read.")}
    done = plan([reply], Buttons(), 9)
    assert [(m.text, m.reply_to) for m in done.messages] == [("That is longer than I read.", 9)]


def test_nothing_to_say_is_a_failure_and_gets_the_contacts():
    assert [m.text for m in plan([], Buttons()).messages] == [texts.ENGLISH.no_answer]
    language_only = [{"custom": markers.custom(markers.LANGUAGE, lang="es")}]
    assert [m.text for m in plan(language_only, Buttons()).messages] == [texts.SPANISH.no_answer]


def test_a_reply_longer_than_telegram_allows_is_sent_in_pieces_with_the_buttons_last():
    long = {"text": ("word " * 200 + "\n") * 6, "buttons": QUESTION["buttons"]}
    done = plan([long], Buttons())
    assert len(done.messages) == 2
    assert all(len(m.text) <= MAX_CHARS for m in done.messages)
    assert done.messages[0].markup is None and done.messages[1].markup is not None


def test_split_cuts_at_line_ends_and_loses_nothing_but_them():
    text = "\n".join(f"line {n} " + "x" * 50 for n in range(200))
    pieces = split(text, 1000)
    assert all(len(p) <= 1000 for p in pieces)
    assert "\n".join(pieces) == text
    assert split("y" * 2500, 1000) == ["y" * 1000, "y" * 1000, "y" * 500]
    assert split("") == []


def said_in(lang: str) -> dict:
    return {"recipient_id": "s", "custom": markers.custom(markers.LANGUAGE, lang=lang)}


def test_the_language_marker_is_kept_and_never_shown():
    done = plan([{"text": "Hola."}, QUESTION, said_in("es")], Buttons())
    assert [m.text for m in done.messages] == ["Hola.", "Where are you?"]
    assert done.language == "es"
    assert plan([{"text": "Hi."}], Buttons()).language is None
    assert plan([{"text": "Hi."}, said_in("fr")], Buttons()).language is None


def test_the_gateways_own_lines_in_a_turn_follow_the_marker_else_the_chat():
    done = plan([QUESTION, ASK_PLACE, said_in("es")], Buttons(), lang="en")
    assert done.messages[-1].text == texts.SPANISH.location_offer
    keyboard = done.messages[-1].markup.keyboard
    assert keyboard[0][0].text == texts.SPANISH.share_location
    moved = plan([QUESTION], Buttons(), 7, keyboard_showing=True, lang="es")
    assert moved.messages[0].text == texts.SPANISH.moving_on
    assert plan([], Buttons(), lang="es").messages[0].text == texts.SPANISH.no_answer
    english = plan([said_in("en")], Buttons(), lang="es")
    assert english.messages[0].text == texts.ENGLISH.no_answer
