"""`stop` is a command, not a word: only a message whose point is to end, leave or clear the
chat is one.

A message is a stop command when every part of it (split at sentence marks) is either a stop
phrase ("stop", "end the chat", "can u wipe this whole convo", "borra todo") or something
that often comes with one ("ok", "im done", "my mom is coming", "gtg"), and at least one
part is a stop phrase. So "i cant stop crying", "quit vaping", "exit the life", "leave my
group home" and "dont end the chat" are not. A crisis outranks this check elsewhere.

Ending "it all", "everything" or "things" could be the chat or a life ("i want to end all
this", "i wanna quit things"): such a message is never a stop command. ``could_end_a_life``
says so, and the reader checks in gently, with the 24/7 numbers and a Stop button.
"""

from __future__ import annotations

import re
from functools import lru_cache

from talk.reading import fold

_VERBS_EN = (
    r"stop|stopp|stahp|stp|stpo|sotp|exit|quit|end|cancel|close|clear|delete|del|erase|wipe|hide|"
    r"remove|get rid of|log off|log out|logout|shut (?:it )?down|turn (?:it )?off|"
    r"forget about|forget(?! it\b)|shut (?:this|it|that) (?:off|down)|turn (?:this|that) off"
)
_VERBS_ES = (
    r"para|parale|parar|alto|basta|salir|salte|sal|terminar|termina|cerrar|cierra|borrar|"
    r"borra|borralo|borrala|elimina|eliminar|olvida|olvidalo|acaba|acabar|cancelar|cancela|"
    r"adios chat|detente|detener"
)
_OBJECT = (
    r"(?:(?:this|the|that|our|my|this whole|the whole|all of this|all this|all of|all the|all|"
    r"whole|everything in|every|el|la|los|las|este|esta|todo el|toda la|todos los|mi|mis|"
    r"nuestra|nuestro) )*"
    r"(?:chat|chats|convo|convos|conversation|conversations|thread|messages|message|msgs|"
    r"texts|history|everything|it all|this all|all|app|bot|window|page|screen|"
    r"talking(?: (?:to|with) (?:you|u|this bot|the bot))?|talk|this|it|that|"
    r"stuff|data|info|what i said|what i wrote|everything i said|me|thing|things|whole thing|"
    r"conversacion|mensajes|mensaje|historial|todo|esto|eso|aplicacion|app|pagina|pantalla|"
    r"todo lo que escribi|todo lo que dije|lo que te dije|lo que escribi|lo que dije|"
    r"lo que te escribi|todo lo que te escribi|todo lo que te dije|lo que te conte|"
    r"lo que te he dicho)"
)
_SOFT = (
    r"(?:now|right now|rn|pls|plz|please|asap|immediately|quick|quickly|fast|for me|"
    r"already|here|forever|completely|thanks|thx|ty|ya|ahora|rapido|porfa|por favor|"
    r"ya mismo|todo|de una vez|stop|again)"
)
_LEAD = (
    r"(?:(?:ok|okay|k|kk|so|ok so|um|uh|just|pls|please|plz|now|yes|yeah|ya|nvm|never mind|"
    r"actually|wait|hey|oh|ugh|bro|dude|porfa|por favor|ya|oye|nomas|solo) )*"
    r"(?:(?:i|yo) )?(?:(?:want|wanna|need|gotta|have|got|would like|wish|quiero|necesito|"
    r"tengo que|hay que|puedes|podrias|can|could|will) (?:to )?)?"
    r"(?:(?:you|u|ya|please|pls|just) )*"
)
# What may follow "my mom is coming": the phone, the room, "in", "now". Not "to the motel":
# a reason that says where someone is being taken is no reason to wipe the chat.
_TAIL = (
    r"(?:(?: at| on| through| in| into| by| over| to| mi| en)? (?:my|the|his|her|their|mi|el|la) "
    r"(?:phone|cel|celular|room|cuarto|door|puerta|screen|"
    r"stuff|car|house|casa)| (?:in|up|over|now|rn|right now|home|back|soon|here|in here|this way|"
    r"upstairs|downstairs|ahorita|ya|aqui|ahora|pronto|to see|to check))*"
)
_REASON = (
    r"(?:(?:someone|somebody|some1|sombody|alguien|my \w+|mi \w+|he|she|they|mom|dad|mama|"
    r"papa|ma|pa)(?:s| is| are|s is)? (?:coming|here|home|back|grabbing|checking|looking|"
    r"about to|gonna|walking in|viene|esta aqui|llego|esta viendo|agarro)\b"
    rf"{_TAIL}|"
    r"(?:someone|somebody|my \w+|mi \w+|he|she|they|mom|dad|alguien) (?:just |is |s )?(?:got|came|"
    r"walked|walking|is walking|coming) (?:home|here|in|back|over|by|up)\b"
    rf"{_TAIL}|(?:viene|ya viene|"
    r"ahi viene|llego) (?:alguien|mi \w+|el|ella)|"
    r"(?:i )?(?:have to|gotta|got to|need to|gtg|g2g|tengo que) (?:go|irme|leave)|gtg|g2g|"
    r"(?:im|i am) out|no more|enough|thats enough|(?:all )?done|nvm|never mind|"
    r"(?:im|i am|i m) (?:done|finished|good)(?: here| talking| with this| now)?|"
    r"no more questions|thats all|that s all|ya termine|ya acabe|me tengo que ir|ya me voy|"
    r"ok|okay|k|bye|goodbye|adios|thanks|thank you|gracias|sorry|perdon|hurry|rapido|now|"
    r"please|pls|porfa|por favor|"
    r"(?:ya )?no quiero (?:hablar|platicar|escribir|seguir(?: con esto| aqui)?)"
    r"(?: de esto| de eso| mas)?|"
    r"ya estuvo|ya fue|ya (?:llego|llegaron|vino|volvio|esta aqui)|deja de hablarme|dejame en paz|"
    r"ya no me hables|"
    r"(?:someone|somebody|some1|he|she|they|my \w+|mom|dad) (?:might|could|will|can|may|is gonna|"
    r"gonna) (?:see|find|read|check|look)(?: (?:it|this|my phone|my screen))?|"
    r"listo|me salgo|me voy|ya|(?:ahorita|ahora) no(?: puedo)?|no puedo (?:ahorita|ahora)|"
    # Staff, the police, a teacher turning up: "staff doing room checks", "cops just pulled up".
    r"(?:the )?(?:staff|cops|police|security|guards?|teacher|nurse|counselor|caseworker|"
    r"case worker|po|my po|rs|supervisor|manager|boss|coach)(?: is| are| just| r)* "
    r"(?:doing (?:room )?checks|"
    r"doing rounds|checking (?:rooms|phones|on us)|pulled up|showed up|here|walking (?:in|by|over)|"
    r"walked in|coming(?: around| in| by)?)\b"
    rf"{_TAIL})"
)
# "leave" alone or with the chat as its object: "i want to leave" is about a place or a person.
_LEAVE = (
    r"(?:leave|(?:quiero )?(?:salir|salirme) (?:del|de este|de esta) (?:chat|conversacion|pagina))"
    r"(?: (?:this|the)? ?(?:chat|convo|conversation|page|here))?"
)
# A verb of ending with an object that could be a life as well as the chat ("end all this").
_ENDING = re.compile(
    r"\b(?:end|ending|quit|stop|finish)(?: with)? (?:(?:all|this|of|the|whole|it|my|with) )*"
    r"(?:all|all this|all of this|all that|all of that|everything|every thing|things|thing|"
    r"it all|this all|all of it|life|me)"
    f"(?: {_SOFT})*$"
)
# "delete me", "forget me", "borrame": the person, not the chat. "forever", "for good".
_ENDING_ME = re.compile(
    r"\b(?:delete|del|erase|remove|forget|forget about|get rid of|wipe|end|stop|quit|exit|log off|"
    r"log out|logout|shut down|shut it down|borra|borrame|"
    r"elimina|eliminame|olvida|olvidame)\b.*\b(?:me|forever|for good|permanently|"
    r"para siempre)(?: \w+)?$|\b(?:borrame|eliminame|olvidame)\b"
)
# Wanting to end, quit or stop with nothing named ("i want to end this", "i wanna quit",
# "quiero acabar esto", "termina todo"): the chat or a life. Ask, never wipe.
_BARE_ENDING = re.compile(
    r"^(?:(?:ok|so|just|i|yo|ya|now|porfa) )*(?:(?:want|wanna|need|gotta|ready|gonna|going|about|"
    r"have) (?:to )?|quiero |necesito |tengo que )(?:just )?"
    r"(?:end|quit|stop|finish|acabar|terminar)"
    r"(?: (?:this|it|esto|todo|ya|now|rn|already|pls|please|porfa|right now|this now))*$|"
    r"^(?:ya )?(?:acaba|termina|terminar|acabar) (?:todo|esto)(?: ya)?$"
)
# Said of something else: hiding oneself, getting out of a place, never mind.
_NOT_STOP = re.compile(
    r"^(?:(?:i|ok|so|just) )*(?:(?:need|have|gotta|got|want|wanna) (?:to )?)?hide(?: me)?"
    r"(?: now| rn| right now| pls)?$|"
    r"^(?:(?:ok|ya|por favor|porfa) )*(?:quiero|necesito|tengo que|ya quiero) (?:salir|salirme)"
    r"(?: ya| porfa| por favor)*$|"
    r"^(?:nvm |never mind |ok |wait )*(?:forget (?:about )?(?:it|that)|cancel that|olvidalo|"
    r"olvida eso|olvidalo ya)$"
)
_CHAT_NAMED = re.compile(
    r"\b(?:chat|chats|convo|conversation|messages|msgs|texts|history|thread|app|bot|page|"
    r"conversacion|mensajes|historial|pagina|aplicacion)\b"
)
_DONE = re.compile(
    r"\b(?:im|i am|i m) (?:so )?done\b|\bi cant (?:anymore|do this)\b|\bya no puedo\b"
)
_SPLIT = re.compile(r"[.,;!?¡¿\n]+|\s+(?:and|then|y|luego|pero|but)\s+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = f"(?:{_VERBS_EN}|{_VERBS_ES})"
    phrase = f"{_LEAD}{verbs}(?: {_OBJECT})?(?: {_SOFT})*"
    stop = re.compile(f"^(?:{_REASON} )*(?:{phrase}|{_LEAVE})(?: {phrase})*(?: {_REASON})*$")
    return stop, re.compile(f"^{_REASON}(?: {_REASON})*$")


def is_stop_command(text: str | None) -> bool:
    """True when the point of the message is to end and clear the chat."""
    return _stop_parts(text) is True


def could_end_a_life(text: str | None) -> bool:
    """True for a stop-shaped message whose "ending" could be a life: never clear it."""
    return _stop_parts(text) == "unclear"


def _stop_parts(text: str | None) -> bool | str:
    """True for a stop command, "unclear" when what it ends could be a life, else False."""
    if not text:
        return False
    stop, reason = _patterns()
    parts = [fold(part) for part in _SPLIT.split(str(text)[:300])]
    parts = [p for p in parts if p]
    if not parts or len(" ".join(parts).split()) > 24:
        return False
    said_stop, unclear = False, False
    for part in parts:
        if _NOT_STOP.match(part):
            continue  # never a stop by itself; beside a real one ("olvidalo, borra todo") fine
        if stop.match(part):
            said_stop = True
            named = _CHAT_NAMED.search(part)
            unclear = unclear or any(
                p.search(part) for p in (_ENDING, _BARE_ENDING, *(() if named else (_ENDING_ME,)))
            )
        elif not reason.match(part):
            return False
    if said_stop and not unclear and _DONE.search(" ".join(parts)):
        # "im done. i quit": a bare verb of ending beside "im done" could be a life too.
        unclear = any(re.fullmatch(r"(?:i )?(?:quit|end it|stop)(?: now)?", p) for p in parts)
    return "unclear" if said_stop and unclear else said_stop
