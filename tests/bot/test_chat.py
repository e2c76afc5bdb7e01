"""`harbor chat` against the live bot: words and numbered buttons, and a clear word when no
bot is running."""

from __future__ import annotations

import io
import socket

from bot import chat


def run(monkeypatch, capsys, url: str, typed: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    code = chat.main(["--url", url])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_chat_in_the_terminal_presses_buttons_by_number(harbor, monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, harbor.url, "hi\n1\n")
    assert code == 0
    assert "automated helper" in out and "1. Yes, I can chat" in out
    assert "What do you need help with?" in out  # "1" pressed "Yes, I can chat"


def test_no_running_bot_is_said_plainly(monkeypatch, capsys):
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    code, _, err = run(monkeypatch, capsys, f"http://127.0.0.1:{port}", "hi\n")
    assert code == 1 and "make run" in err
