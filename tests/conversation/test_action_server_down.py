"""With the action server gone mid-conversation, crisis and stop still work: neither needs it."""

from __future__ import annotations

import pytest

from tests.conftest import start_harbor
from tests.conversation.test_live import HOTLINE, start_chat, text_of


@pytest.fixture(scope="module")
def fragile_harbor(tmp_path_factory):
    """A bot of its own: this test kills its action server."""
    running = start_harbor(tmp_path_factory)
    yield running
    running.close()


def test_action_server_killed_mid_form_and_crisis_is_still_answered(fragile_harbor):
    harbor = fragile_harbor
    sender = start_chat(harbor)
    assert "Where are you?" in text_of(harbor.say(sender, "housing"))
    harbor.stop_actions()

    # An answer the form cannot take without the action server still gets the way to help.
    said = text_of(harbor.say(sender, "oakland"))
    assert "call 911" in said and HOTLINE in said

    said = text_of(harbor.say(sender, "someone is selling me"))
    assert said.index("911") < said.index("988") < said.index(HOTLINE)

    assert text_of(harbor.say(sender, "stop")) == "Chat cleared. Say hi any time."
    assert harbor.tracker(sender)["slots"]["need"] is None

    # A new conversation still starts: the greeting needs only the domain.
    assert "automated helper" in text_of(harbor.say(harbor.new_sender(), "hi"))

    # In Spanish too: the language is set without the action server, and so is its crisis reply.
    spanish = harbor.new_sender()
    assert "asistente automático" in text_of(harbor.say(spanish, "hola"))
    said = text_of(harbor.say(spanish, "me quiero morir"))
    assert said.index("911") < said.index("988 y marca 2") < said.index(HOTLINE)
    assert "Ya borré el chat" in text_of(harbor.say(spanish, "borrar"))
