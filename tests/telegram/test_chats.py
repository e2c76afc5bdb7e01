"""bot/telegram/chats.py: what the gateway remembers per chat, and what it forgets."""

from __future__ import annotations

import asyncio
import time

from bot.telegram import chats
from bot.telegram.chats import Chats, pseudonym


def test_a_pseudonym_is_stable_keyed_and_hides_the_chat_id():
    assert pseudonym("secret", 42) == pseudonym("secret", 42)
    assert pseudonym("secret", 42) != pseudonym("secret", 43)
    assert pseudonym("other", 42) != pseudonym("secret", 42)
    assert len(pseudonym("secret", 42)) == 32
    int(pseudonym("secret", 42), 16)  # hexadecimal, nothing else


def test_remembered_messages_come_back_oldest_first_once_each():
    memory = Chats()
    for message_id in (5, 6, 5, 7):  # an edited message is remembered again
        memory.remember(1, message_id)
    memory.remember(1, None)
    memory.remember(2, 99)
    assert memory.deletable(1) == [5, 6, 7]
    assert memory.deletable(2) == [99]
    assert memory.deletable(3) == []


def test_messages_older_than_telegrams_48_hours_are_not_offered_for_deletion(monkeypatch):
    memory = Chats()
    memory.remember(1, 5)
    later = time.time() + chats.DELETABLE_SECONDS + 1
    memory.remember(1, 6)
    monkeypatch.setattr(chats.time, "time", lambda: later)
    memory.remember(1, 7)
    assert memory.deletable(1) == [7]


def test_only_the_latest_thousand_messages_are_kept():
    memory = Chats()
    for message_id in range(chats.MAX_REMEMBERED + 10):
        memory.remember(1, message_id)
    kept = memory.deletable(1)
    assert len(kept) == chats.MAX_REMEMBERED and kept[0] == 10


def test_forgetting_a_chat_keeps_its_lock_and_counts_the_clear():
    memory = Chats()
    lock = memory.lock(1)
    memory.remember(1, 5)
    memory.offering_location(1, True)
    assert memory.generation(1) == 0
    memory.forget(1)
    assert memory.deletable(1) == []
    assert not memory.location_keyboard(1)
    assert memory.lock(1) is lock  # a message waiting on it still gets its turn
    assert memory.generation(1) == 1
    memory.forget(1)
    assert memory.generation(1) == 2
    assert memory.generation(2) == 0


def test_the_location_keyboard_is_tracked_per_chat():
    memory = Chats()
    assert not memory.location_keyboard(1)
    memory.offering_location(1, True)
    assert memory.location_keyboard(1) and not memory.location_keyboard(2)
    memory.offering_location(1, False)
    assert not memory.location_keyboard(1)


def test_a_group_is_left_once_until_the_bot_is_added_again():
    memory = Chats()
    assert memory.leaving(-100)
    assert not memory.leaving(-100)
    assert memory.leaving(-200)
    memory.rejoined(-100)
    assert memory.leaving(-100)


def test_one_chats_messages_take_turns_and_other_chats_do_not_wait():
    memory, order = Chats(), []

    async def handle(chat_id: int, name: str, seconds: float) -> None:
        async with memory.lock(chat_id):
            order.append(f"{name} starts")
            await asyncio.sleep(seconds)
            order.append(f"{name} ends")

    async def main() -> None:
        await asyncio.gather(handle(1, "a1", 0.05), handle(1, "a2", 0), handle(2, "b", 0))

    asyncio.run(main())
    assert order.index("a1 ends") < order.index("a2 starts")
    assert order.index("b ends") < order.index("a1 ends")


def test_the_hint_is_the_apps_language_until_rasa_says_one():
    chats = Chats()
    assert chats.hint(1, "es") == chats.hint(1, "es-MX") == "es"
    assert chats.hint(1, "en") == chats.hint(1, "pt-br") == chats.hint(1, None) == "en"
    chats.speaking(1, "hola necesito ayuda", "en")
    assert chats.hint(1, "en") == "en"  # the gateway's own guess is no hint: Rasa reads words
    chats.told(1, "es")
    assert chats.hint(1, "en") == "es"
    assert chats.hint(2, "en") == "en"  # per chat


def test_the_chats_language_follows_the_words_then_what_rasa_says():
    chats = Chats()
    assert chats.language(1, "es") == "es"  # nothing said yet: the app's language
    assert chats.speaking(1, "hola necesito ayuda", "en") == "es"  # words outrank the app
    assert chats.speaking(1, "/affirm", "en") == "es"  # a button says no language
    assert chats.speaking(1, "ok", "en") == "es"  # nor does "ok"
    assert chats.language(1, "en") == "es"
    chats.told(1, "en")
    assert chats.language(1, "es") == "en"
    assert chats.speaking(1, "i need a place to sleep", "es") == "en"


def test_a_stop_forgets_the_chats_language():
    chats = Chats()
    chats.told(1, "es")
    chats.forget(1)
    assert chats.language(1, "en") == chats.hint(1, "en") == "en"
