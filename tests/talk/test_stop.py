"""Stop is a command, not a word."""

import pytest

from talk.stop import could_end_a_life, is_stop_command

STOPS = [
    "stop",
    "STOP",
    "stop!!!",
    "/stop",
    "/exit",
    "exit",
    "quit",
    "cancel",
    "close",
    "leave",
    "end chat",
    "delete this",
    "clear everything",
    "erase the chat",
    "forget everything",
    "stop pls",
    "nvm stop",
    "i wanna stop talking now",
    "can u wipe this whole convo",
    "ok im done here, end the chat",
    "my mom is grabbing my phone clear this",
    "no more questions. just delete everything now",
    "get rid of this conversation asap",
    "i have to go delete this now",
    "ＳＴＯＰ",
    "borra todo",
    "para",
    "salir",
    "borrar chat",
    "ya estuvo, borra todo",
    "no quiero seguir con esto, borralo",
    "me salgo, cierra el chat",
    "ahorita no puedo, elimina todo lo q escribi",
    "pls just wipe the whole thing",
    "shut it off now",
    "ya, borra esto",
    "delete this now my mom might see",
    # Kinds en5 and es4 showed (fifth session), in other words.
    "security is doing rounds, delete it",
    "stopp",
    "ya llegaron, borra todo",
    "ya no quiero hablar de eso, bórralo",
    "quiero salirme de esta conversación",
    "ya no me hables y borra todo",
    "end the chat forever",
    "olvidalo, borra lo q te dije",
    "someones looking at my phone, clear",
    "my mom is walking in the room delete",
]
NOT_STOPS = [
    "i cant stop crying",
    "stop running away",
    "how do i exit the life",
    "i want to quit vaping",
    "i want to leave my group home",
    "i want to leave",
    "dont end the chat i just need a sec to think",
    "end things with my bf",
    "i need to clear my head",
    "quit drinking",
    "forget it",
    "make it stop",
    "delete his number",
    "my phone keeps closing the app",
    "bye",
    "ok",
    "gtg",
    "no puedo parar de llorar",
    "quiero salir de esta vida",
    "quiero dejar las drogas",
    "delete all the pics he has of me",
    "the whole thing is over with my ex",
    "ya no puedo mas",
    "shut up",
    "quiero salir de esta vida ya",
    "dejame en paz",
    # A second reader's list (fifth session): hiding oneself, getting out of a place, never
    # mind, and a danger said as the "reason" to clear.
    "i need to hide",
    "hide me",
    "quiero salir de aqui",
    "necesito salir ya",
    "forget about it",
    "cancel that",
    "olvidalo",
    "delete everything hes taking me to the motel tonight",
    "borra todo mi padrastro viene a pegarme",
]
# Ending "all this", "everything" or "things" could be a life: never a stop, always a check-in.
COULD_END_A_LIFE = [
    "i want to end all this",
    "im done. i want to end all this",
    "i want to quit things",
    "i wanna quit all this",
    "end it all",
    "stop everything",
    "i want to stop all of this",
    "ok end everything now",
    "end me",
    "delete me",
    "bye. forget me",
    "get rid of me",
    "i want to end this",
    "i want to quit",
    "im done. i quit",
    "i want to log off forever",
    "delete this forever",
    "quiero acabar esto",
    "termina todo",
]


@pytest.mark.parametrize("message", STOPS)
def test_a_message_whose_point_is_to_stop_is_a_stop(message):
    assert is_stop_command(message)


@pytest.mark.parametrize("message", NOT_STOPS)
def test_a_message_that_only_contains_a_stop_word_is_not(message):
    assert not is_stop_command(message)


@pytest.mark.parametrize("message", COULD_END_A_LIFE)
def test_ending_what_could_be_a_life_never_clears_the_chat(message):
    assert not is_stop_command(message)
    assert could_end_a_life(message)


@pytest.mark.parametrize("message", ["end all the messages", "delete all of it", "end this"])
def test_ending_the_chat_by_name_stays_a_stop(message):
    assert is_stop_command(message) and not could_end_a_life(message)
