"""bot/telegram/stops.py: a stop reaches Rasa even when Rasa was slow or down at the time."""

from __future__ import annotations

import asyncio

from bot.rasa_client import RasaRefused, RasaUnavailable
from bot.telegram.stops import Stops


class FakeRasa:
    """Records what reached it; fails while ``down`` says so."""

    def __init__(self, token: str | None = "token", down: int = 0) -> None:
        self.token, self.down = token, down
        self.calls: list[tuple[str, str]] = []
        self.metadata: list[dict | None] = []  # of each message sent, failed or not
        self.refuses_token = False

    async def send(self, sender: str, text: str, metadata: dict | None = None) -> list:
        self.metadata.append(metadata)
        self._answer(("send", text))
        return []

    async def restart(self, sender: str) -> None:
        if self.refuses_token:
            self.calls.append(("refused", "restart"))
            raise RasaRefused("refused")
        self._answer(("restart", sender))

    def _answer(self, call: tuple[str, str]) -> None:
        if self.down:
            self.down -= 1
            self.calls.append(("failed", call[0]))
            raise RasaUnavailable("cannot reach Harbor")
        self.calls.append(call)


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_stop_rasa_hears_at_once_is_sent_once_as_the_message():
    rasa = FakeRasa()

    async def main():
        stops = Stops(rasa, retry_seconds=(0.01,))
        await stops.stop("s")
        await asyncio.sleep(0.05)
        assert not stops.pending("s")

    run(main())
    assert rasa.calls == [("send", "/stop")]


def test_a_missed_stop_is_made_good_through_the_api_once_rasa_answers():
    rasa = FakeRasa(down=3)

    async def main():
        stops = Stops(rasa, retry_seconds=(0.01, 0.01, 0.01, 0.01))
        await stops.stop("s")
        assert stops.pending("s")
        await asyncio.sleep(0.2)
        assert not stops.pending("s")

    run(main())
    assert rasa.calls == [("failed", "send"), ("failed", "restart"), ("failed", "restart"),
                          ("restart", "s")]  # fmt: skip


def test_without_the_api_token_the_retries_send_the_stop_again():
    rasa = FakeRasa(token=None, down=1)

    async def main():
        await Stops(rasa, retry_seconds=(0.01,)).stop("s")
        await asyncio.sleep(0.1)

    run(main())
    assert rasa.calls == [("failed", "send"), ("send", "/stop")]


def test_a_refused_token_falls_back_to_the_message():
    rasa = FakeRasa(down=1)
    rasa.refuses_token = True

    async def main():
        await Stops(rasa, retry_seconds=(0.01,)).stop("s")
        await asyncio.sleep(0.1)

    run(main())
    assert rasa.calls == [("failed", "send"), ("refused", "restart"), ("send", "/stop")]


def test_the_retries_are_bounded():
    rasa = FakeRasa(down=100)

    async def main():
        stops = Stops(rasa, retry_seconds=(0.01, 0.01, 0.01))
        await stops.stop("s")
        await asyncio.sleep(0.2)
        assert not stops.pending("s")

    run(main())
    assert len(rasa.calls) == 4  # the stop and three retries, then Rasa's own expiry


def test_the_next_message_waits_for_a_missed_stop_to_be_made_good_first():
    rasa = FakeRasa(down=1)

    async def main():
        stops = Stops(rasa, retry_seconds=(60,))
        await stops.stop("s")
        await stops.settle("s")  # the young person writes again; Rasa is back
        assert not stops.pending("s")
        await stops.settle("other")  # nothing pending: nothing sent

    run(main())
    assert rasa.calls == [("failed", "send"), ("restart", "s")]


def test_closing_cancels_what_is_pending():
    rasa = FakeRasa(down=1)

    async def main():
        stops = Stops(rasa, retry_seconds=(60,))
        await stops.stop("s")
        await stops.close()
        assert not stops.pending("s")

    run(main())


def test_a_stop_sent_as_a_message_carries_the_chats_language_hint_every_time():
    rasa = FakeRasa(token=None, down=1)

    async def main():
        stops = Stops(rasa, retry_seconds=(0.01,))
        await stops.stop("s", "es")
        await asyncio.sleep(0.1)
        await stops.stop("t")  # no hint known: none is made up

    run(main())
    assert rasa.calls == [("failed", "send"), ("send", "/stop"), ("send", "/stop")]
    assert rasa.metadata == [{"language": "es"}, {"language": "es"}, None]
