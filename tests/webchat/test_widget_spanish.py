"""The widget in Spanish, in Debian's Chromium against the live bot: where it starts (the tag's
data-lang, else the browser's language), the hint every message carries, the bot's language
marker followed and never shown, and the widget's own lines in Spanish."""

from __future__ import annotations

import json
import re

import pytest
import requests
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from resources import contacts
from talk import markers
from tests.webchat.chat import WEBHOOK, demo, host_page, open_chat, shorter_timeout
from tests.webchat.conftest import open_page

SPANISH = {contact.key: contact for contact in contacts.SPANISH_CONTACTS}
ENGLISH = contacts.BY_KEY
# The bot's English lines: none may turn up in a Spanish conversation.
ENGLISH_LINES = (
    "Hi. I'm Harbor",
    "Are you in a safe place to chat?",
    "What do you need help with?",
    "Where are you?",
    "just for girls",
    "If you are in danger right now",
)


def answered(page: Page) -> None:
    """Wait until the answer on its way has come."""
    expect(page.locator(".harbor-msg", has_text="…")).to_have_count(0)


def write(page: Page, text: str) -> None:
    """Type into the message box, whatever its label's language, and send."""
    page.locator("#harbor-input").fill(text)
    page.keyboard.press("Enter")
    answered(page)


def hints_sent(page: Page) -> list[tuple[str, object]]:
    """Each message posted from now on, with the language hint it carried."""
    sent: list[tuple[str, object]] = []

    def note(request) -> None:
        if request.url.endswith("/webhook") and request.method == "POST":
            body = json.loads(request.post_data)
            sent.append((body["message"], body.get("metadata")))

    page.on("request", note)
    return sent


# The widget's own controls: what each shows, and what a screen reader hears, by language.
CONTROLS = {
    "es": {
        ".harbor-exit": ("Salida rápida", "Salida rápida: sal de esta página ya."),
        ".harbor-close": ("Cerrar", "Cerrar el chat"),
        "form button": ("Enviar", None),
        "form label": ("Escribe un mensaje", None),
    },
    "en": {
        ".harbor-exit": ("Quick exit", "Quick exit: leave this page now."),
        ".harbor-close": ("Close", "Close the chat"),
        "form button": ("Send", None),
        "form label": ("Type a message", None),
    },
}
LOG_NAME = {"es": "Mensajes", "en": "Messages"}


def assert_widget_in(page: Page, lang: str) -> None:
    """The widget's own words (the panel open) are all in ``lang``."""
    root = page.locator("#harbor-chat")
    expect(root).to_have_attribute("lang", lang)
    for selector, (text, label) in CONTROLS[lang].items():
        control = root.locator(selector)
        expect(control).to_have_text(text)
        if label:
            expect(control).to_have_attribute("aria-label", re.compile("^" + re.escape(label)))
    expect(page.locator("#harbor-input")).to_have_attribute(
        "placeholder", CONTROLS[lang]["form label"][0]
    )
    expect(page.get_by_role("log", name=LOG_NAME[lang], exact=True)).to_be_visible()
    if lang == "es":
        expect(root.locator(".harbor-exit")).to_have_attribute("title", re.compile("dos veces"))


def latest_answer(page: Page) -> str:
    """The bot's messages since the person's last one, as one text."""
    return page.evaluate(
        """() => {
          const shown = [...document.querySelectorAll('#harbor-chat .harbor-msg')];
          const last = shown.map(m => m.classList.contains('harbor-user')).lastIndexOf(true);
          return shown.slice(last + 1).map(m => m.textContent).join('\\n');
        }"""
    )


def assert_no_english_lines(page: Page) -> None:
    shown = page.get_by_role("log").text_content()
    for line in ENGLISH_LINES:
        assert line not in shown, line


def test_a_spanish_page_holds_a_whole_conversation_in_spanish(page, harbor, site):
    page.goto(host_page(site, harbor, "Ayuda", lang="es"))  # the browser is in English
    sent = hints_sent(page)
    expect(page.get_by_role("button", name="Salida rápida")).to_be_visible()
    page.get_by_role("button", name="Chatear con Harbor").click()
    log = page.get_by_role("log", name="Mensajes")
    expect(log).to_contain_text("Hola")
    answered(page)
    assert_widget_in(page, "es")
    expect(page.get_by_role("group", name="Opciones").last).to_be_visible()
    for words in ("hola", "necesito un lugar seguro para quedarme", "estoy en Los Ángeles"):
        write(page, words)
        assert_widget_in(page, "es")
    write(page, "me quiero morir")
    assert "llama al 911" in latest_answer(page)
    assert_no_english_lines(page)
    assert sent and all(hint == {"language": "es"} for _, hint in sent), sent
    # Harbor goes down: the widget says so in Spanish, with the Spanish contacts.
    page.route(WEBHOOK, lambda route: route.abort("connectionrefused"))
    write(page, "gracias")
    offline = page.locator(".harbor-note").last
    expect(offline).to_contain_text("Harbor no se puede conectar ahora")
    expect(offline).to_contain_text(SPANISH["trafficking"].how)
    expect(offline).to_contain_text("Llama al 911")


def test_a_browser_set_to_spanish_starts_the_widget_in_spanish(browser, harbor):
    page = open_page(browser, locale="es-ES")
    try:
        page.goto(demo(harbor))  # the demo's tag has no data-lang
        assert page.evaluate("navigator.language") == "es-ES"
        sent = hints_sent(page)
        page.get_by_role("button", name="Chatear con Harbor").click()
        expect(page.get_by_role("log")).to_contain_text("Hola")
        answered(page)
        assert_widget_in(page, "es")
        assert_no_english_lines(page)
        assert sent == [("/greet", {"language": "es"})]
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
    finally:
        page.context.close()


def test_the_tags_data_lang_wins_over_the_browsers_language(browser, harbor, site):
    page = open_page(browser, locale="es-MX")
    try:
        page.goto(host_page(site, harbor, "Help", lang="en"))
        open_chat(page, harbor, page.url)
        assert_widget_in(page, "en")
    finally:
        page.context.close()


def test_spanish_typed_on_an_english_page_turns_the_widget_spanish(page, harbor, site):
    page.goto(host_page(site, harbor, "Help", lang="en"))
    sent = hints_sent(page)
    open_chat(page, harbor, page.url)
    answered(page)
    assert_widget_in(page, "en")
    write(page, "hola, necesito ayuda")
    assert_widget_in(page, "es")  # after the bot's marker
    assert "What do you need help with?" not in page.get_by_role("log").text_content()
    page.locator(".harbor-buttons").last.get_by_role("button").first.click()
    answered(page)
    # The greeting and the Spanish words went with the page's guess; the next, with Harbor's.
    assert [hint["language"] for _, hint in sent] == ["en", "en", "es"], sent
    page.get_by_role("button", name="Cerrar el chat").click()
    expect(page.get_by_role("button", name="Chatear con Harbor")).to_be_focused()


def fulfil(page: Page, replies: list[dict]) -> None:
    """Harbor answers the next messages with ``replies``."""
    body = json.dumps(replies)
    page.unroute(WEBHOOK)
    page.route(
        WEBHOOK, lambda route: route.fulfill(status=200, content_type="application/json", body=body)
    )


def language_marker(lang: str) -> dict:
    return {"recipient_id": "x", "custom": markers.custom(markers.LANGUAGE, lang=lang)}


def test_the_language_marker_is_followed_and_never_shown(page, harbor):
    open_chat(page, harbor)
    answered(page)
    shown = page.locator(".harbor-msg").count()
    fulfil(page, [{"recipient_id": "x", "text": "Vale."}, language_marker("es")])
    write(page, "ok")
    assert_widget_in(page, "es")
    assert page.locator(".harbor-msg").count() == shown + 2  # "ok" and "Vale." only
    assert "language" not in page.locator("#harbor-chat").text_content()
    fulfil(page, [{"recipient_id": "x", "text": "D'accord."}, language_marker("fr")])
    write(page, "ok")
    assert_widget_in(page, "es")  # a language it does not speak changes nothing
    fulfil(page, [{"recipient_id": "x", "text": "Okay."}, language_marker("en")])
    write(page, "ok")
    assert_widget_in(page, "en")


def test_a_spanish_widget_says_it_is_sending_and_still_waiting_in_spanish(page, harbor, site):
    page.goto(host_page(site, harbor, "Ayuda", lang="es"))
    page.get_by_role("button", name="Chatear con Harbor").click()
    answered(page)
    held = []
    page.route(WEBHOOK, lambda route: held.append(route))
    page.locator(".harbor-buttons").last.get_by_role("button").first.click()
    expect(page.locator("[aria-busy='true']")).to_contain_text("(enviando…)")
    page.locator("#harbor-input").fill("hola")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text(
        "Espera un momento: Harbor todavía está contestando tu último mensaje."
    )
    held[0].continue_()
    answered(page)


# What each note starts with, and the lines it lists, by language.
NOTES = {
    "es": {
        "offline": "Harbor no se puede conectar ahora.",
        "empty": "Perdón, algo falló en Harbor",
        "slow": "Tu mensaje no llegó",
    },
    "en": {
        "offline": "Harbor can't connect right now.",
        "empty": "Sorry, something went wrong",
        "slow": "Your message did not get through.",
    },
}
NOTE_LINES = {
    "es": [SPANISH[key].how for key in ("trafficking", "text_line")] + ["Llama al 911."],
    "en": [ENGLISH[key].how for key in ("trafficking", "suicide", "text_line")] + ["Call 911."],
}


def cannot_answer(page: Page, kind: str) -> None:
    """Harbor, from now on, is down (offline), answers nothing (empty) or too late (slow)."""
    if kind == "offline":
        page.route(WEBHOOK, lambda route: route.abort("connectionrefused"))
    elif kind == "empty":
        page.route(WEBHOOK, lambda route: route.fulfill(status=200, body="[]"))
    else:
        shorter_timeout(page, 1500)
        page.route(WEBHOOK, lambda route: None)  # never answered


@pytest.mark.parametrize("kind", ["offline", "empty", "slow"])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_when_harbor_cannot_answer_the_note_is_in_the_widgets_language(
    page, site, harbor, lang, kind
):
    cannot_answer(page, kind)
    page.goto(host_page(site, harbor, "Ayuda", lang=lang))
    page.locator(".harbor-open").click()
    note = page.locator(".harbor-note")
    expect(note).to_have_count(1, timeout=10_000)
    text = note.text_content()
    assert text.startswith(NOTES[lang][kind]), text
    for line in NOTE_LINES[lang]:
        assert line in text, line
    # One idea, short: about 60 words at most (CONVERSATION.md).
    assert len(re.findall(r"\S*\w\S*", text)) <= 60, text
    if lang == "es":
        assert "24/7 help" not in text and "call" not in text
        expect(note.get_by_role("link", name="741741")).to_have_attribute("href", "sms:741741")
        expect(note.get_by_role("link", name="233733")).to_have_attribute("href", "sms:233733")
        expect(note.get_by_role("link", name="911")).to_have_attribute("href", "tel:911")


def test_the_bot_answers_a_hint_with_the_conversations_language(harbor):
    """The contract the widget relies on, over HTTP: a hint earns a language marker."""
    url = f"{harbor.url}/webhooks/webchat/webhook"

    def post(sender: str, message: str, hint: str | None) -> list[dict]:
        body = {"sender": sender, "message": message}
        if hint:
            body["metadata"] = {"language": hint}
        return requests.post(url, data=json.dumps(body), timeout=30).json()

    spanish = post("web-spanish-hint", "/greet", "es")
    assert spanish[-1]["custom"] == {markers.KEY: markers.LANGUAGE, "lang": "es"}
    assert "Hola" in spanish[0]["text"]
    typed = post("web-english-hint", "hola, necesito ayuda", "en")
    assert typed[-1]["custom"] == {markers.KEY: markers.LANGUAGE, "lang": "es"}
    plain = post("web-no-hint", "/greet", None)
    assert all(markers.marker_of(reply) != markers.LANGUAGE for reply in plain)
