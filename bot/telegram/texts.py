"""What the Telegram gateway says on its own, when Rasa cannot or should not answer: one set
of lines per language, chosen by the chat's language (``chats.py``). The contacts in them come
from ``resources.contacts`` (its Spanish list for Spanish), never typed here."""

from __future__ import annotations

from dataclasses import dataclass

from resources import contacts


@dataclass(frozen=True)
class Lines:
    offline: str
    # Rasa answered with nothing: a part of it failed (an action, the action server).
    no_answer: str
    text_only: str
    unreadable: str
    private_only: str
    outside_us: str
    location_offer: str
    # The button of the "Share my location" keyboard.
    share_location: str
    # Carries the removal of the "Share my location" keyboard when no other message can.
    moving_on: str
    # A button from an older chat or gateway: say so rather than guess which choice it was.
    old_button: str
    # Sent and deleted at a stop, only to take the "Share my location" keyboard away with it.
    clearing: str
    # Telegram's command menu: (command, what it does).
    commands: tuple[tuple[str, str], ...]


def _english() -> Lines:
    hotline, lifeline = contacts.BY_KEY["trafficking"], contacts.BY_KEY["suicide"]
    danger = f"In danger? {contacts.BY_KEY['emergency'].how.capitalize()}."
    hotline_line = f"24/7 help: {hotline.name}, {hotline.how}."
    help_now = f"{hotline_line} {lifeline.name}, {lifeline.how}.\n{danger}"
    return Lines(
        offline=f"I can't reach my helper right now. Please try again soon.\n{help_now}",
        no_answer="Sorry, something went wrong on my side and I have no answer to that. "
        f"Please try again soon.\n{help_now}",
        text_only=f"I can only read text. {danger} {hotline_line}",
        unreadable=f"I couldn't read that message. Please send it again as text. {danger} "
        f"{hotline_line}",
        private_only="I only work in a private chat. Message me directly. I'm leaving this group.",
        outside_us="That place looks outside the US. Type a ZIP code, city or state, or tap Skip.",
        location_offer="Or share your location. I only keep the ZIP code.",
        share_location="Share my location",
        moving_on="Okay.",
        old_button="That button is from an earlier chat, so I can't use it. Type your answer, "
        "or /start.",
        clearing="Clearing…",
        commands=(
            ("start", "Start or start over"),
            ("help", "What I can do, and help right now"),
            ("exit", "Clear this chat now"),
            ("stop", "Clear this chat now"),
        ),
    )


def _spanish() -> Lines:
    by_key = contacts.SPANISH_BY_KEY
    linea, lifeline = by_key["trafficking"], by_key["suicide"]
    danger = f"¿Estás en peligro? {by_key['emergency'].how.capitalize()}."
    linea_line = f"Ayuda 24/7: {linea.name}, {linea.how}."
    help_now = f"{linea_line} {lifeline.name}: {lifeline.how}.\n{danger}"
    return Lines(
        offline=f"Ahora no puedo conectarme. Intenta otra vez pronto.\n{help_now}",
        no_answer=f"Perdón, algo falló de mi lado. Intenta otra vez pronto.\n{help_now}",
        text_only=f"Solo puedo leer texto. {danger} {linea_line}",
        unreadable=f"No pude leer ese mensaje. Mándalo otra vez como texto. {danger} {linea_line}",
        private_only="Solo hablo en chats privados. Escríbeme directo. Me voy de este grupo.",
        outside_us="Ese lugar parece estar fuera de EE. UU. Escribe un código postal, una "
        "ciudad o un estado, o toca Saltar.",
        location_offer="O comparte tu ubicación. Solo guardo el código postal.",
        share_location="Compartir mi ubicación",
        moving_on="Está bien.",
        old_button="Ese botón es de un chat anterior y ya no puedo usarlo. Escribe tu "
        "respuesta, o /start.",
        clearing="Borrando…",
        commands=(
            ("start", "Empezar o empezar de nuevo"),
            ("help", "Qué puedo hacer, y ayuda ahora mismo"),
            ("exit", "Borrar este chat ahora"),
            ("stop", "Borrar este chat ahora"),
        ),
    )


ENGLISH = _english()
SPANISH = _spanish()
BY_LANGUAGE = {"en": ENGLISH, "es": SPANISH}


def lines(lang: str | None) -> Lines:
    """The gateway's lines in ``lang`` ("en" or "es"); English for anything else."""
    return BY_LANGUAGE.get(lang or "", ENGLISH)
