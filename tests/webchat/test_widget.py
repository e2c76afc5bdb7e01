"""The web chat widget in Debian's Chromium, driven by Playwright, against the live bot."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import requests
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.conftest import Site
from tests.webchat.chat import demo, host_page, open_chat, sender_of

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "test-results"
INJECTION = "<img src=x onerror=alert(1)>"


def test_whole_conversation_by_clicking_reaches_sage(page, harbor):
    open_chat(page, harbor)
    page.get_by_role("button", name="Yes, I can chat").click()
    page.get_by_role("button", name="A safe place to stay").click()
    expect(page.get_by_role("log")).to_contain_text("Where are you?")
    page.get_by_label("Type a message").fill("san francisco")
    page.get_by_role("button", name="Send").click()
    page.get_by_role("button", name="Girls and young women").click()
    expect(page.get_by_role("log")).to_contain_text("SAGE services for young women")
    expect(page.get_by_role("log")).to_contain_text("1-888-373-7888")
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTS / "webchat-1280.png"))


def test_whole_conversation_by_keyboard_only(page, harbor):
    page.goto(demo(harbor))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Quick exit"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # opens the chat; focus goes to the message box
    expect(page.get_by_role("log")).to_contain_text("safe place to chat")
    assert page.evaluate("document.activeElement.id") == "harbor-input"
    # Back from the message box over "Stop and clear chat", "Skip" and "Not right now".
    for _ in range(4):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Yes, I can chat"
    page.keyboard.press("Enter")
    expect(page.get_by_role("log")).to_contain_text("What do you need help with?")
    for text, expected in [
        ("i need a place to stay", "Where are you?"),
        ("san francisco", "just for girls"),
        ("girls", "SAGE services for young women"),
    ]:
        page.get_by_label("Type a message").focus()
        page.keyboard.type(text)
        page.keyboard.press("Enter")
        expect(page.get_by_role("log")).to_contain_text(expected)


def _assert_exited(page: Page, harbor, site: Site, sender: str) -> None:
    page.wait_for_url(f"{site.url}/exit.html")
    page.go_back()  # history.back()
    time.sleep(1)
    assert "webchat/demo" not in page.url
    # Same tab, the widget's origin, a page without the widget: nothing stored.
    page.goto(f"{harbor.url}/webhooks/webchat/")
    assert page.evaluate("sessionStorage.length") == 0
    assert page.evaluate("localStorage.length") == 0
    assert page.context.cookies() == []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        events = harbor.tracker(sender)["events"]
        if not [e for e in events if e["event"] == "user"]:
            return
        time.sleep(0.3)
    raise AssertionError("the server still holds the conversation")


@pytest.mark.parametrize("how", ["control", "escape twice"])
def test_quick_exit_leaves_and_forgets(page, harbor, site, how):
    page.goto("about:blank")
    open_chat(page, harbor)
    page.get_by_role("button", name="Yes, I can chat").click()
    expect(page.get_by_role("log")).to_contain_text("What do you need help with?")
    sender = sender_of(page)
    assert [e for e in harbor.tracker(sender)["events"] if e["event"] == "user"]
    if how == "control":
        page.get_by_role("button", name="Quick exit").click()
    else:
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
    _assert_exited(page, harbor, site, sender)


def test_quick_exit_never_promises_to_erase_history(page, harbor):
    page.goto(demo(harbor))
    exit_button = page.get_by_role("button", name="Quick exit")
    wording = (exit_button.text_content() + exit_button.get_attribute("aria-label")).lower()
    assert "history" not in wording and "erase" not in wording


def test_html_in_messages_is_shown_as_text(page, harbor):
    open_chat(page, harbor)
    page.get_by_label("Type a message").fill(INJECTION)
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".harbor-user")).to_have_text(INJECTION)
    expect(page.locator(".harbor-msg", has_text="…")).to_have_count(0)

    # And from the bot's side: a reply holding HTML stays text.
    def answer(route):
        route.fulfill(
            status=200,
            content_type="application/json",
            body=json.dumps([{"recipient_id": "x", "text": INJECTION}]),
        )

    page.route("**/webhooks/webchat/webhook", answer)
    # By id: the bot reads the "x" of "src=x" as Spanish texting ("x" for "por") and may
    # turn the widget's labels Spanish.
    page.locator("#harbor-input").fill("hello")
    page.keyboard.press("Enter")
    expect(page.locator(".harbor-bot").last).to_have_text(INJECTION)
    assert page.locator("#harbor-chat img").count() == 0
    time.sleep(0.5)
    assert page.dialogs == []


def test_links_open_safely(page, harbor):
    open_chat(page, harbor)

    def answer(route):
        body = [{"recipient_id": "x", "text": "More at https://example.org/help today."}]
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    page.route("**/webhooks/webchat/webhook", answer)
    page.get_by_label("Type a message").fill("links?")
    page.keyboard.press("Enter")
    link = page.locator(".harbor-bot a").last
    expect(link).to_have_attribute("href", "https://example.org/help")
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_accessibility_scan_with_the_chat_open_finds_nothing(page, harbor):
    open_chat(page, harbor)
    page.get_by_role("button", name="Yes, I can chat").click()
    expect(page.get_by_role("log")).to_contain_text("What do you need help with?")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_works_at_320_pixels(browser, harbor):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        open_chat(page, harbor)
        box = page.locator("#harbor-panel").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.set_viewport_size({"width": 360, "height": 740})
        RESULTS.mkdir(exist_ok=True)
        page.screenshot(path=str(RESULTS / "webchat-360.png"))
    finally:
        context.close()


def test_a_disallowed_origin_is_refused_and_told_which_setting(page, harbor, tmp_path):
    other = Site(tmp_path / "other")
    try:
        refused = requests.post(
            f"{harbor.url}/webhooks/webchat/webhook",
            data=json.dumps({"sender": "web-x", "message": "hi"}),
            headers={"Origin": other.url, "Content-Type": "text/plain"},
            timeout=10,
        )
        assert refused.status_code == 403
        # Readable by the refused page: the widget can say why.
        assert refused.headers["Access-Control-Allow-Origin"] == other.url
        assert refused.json()["setting"] == "allowed_origins"
        assert refused.json()["file"] == "credentials.yml"
        page.goto(host_page(other, harbor, "Other"))
        page.get_by_role("button", name="Chat with Harbor").click()
        log = page.get_by_role("log")
        expect(log).to_contain_text("can't connect right now")
        expect(log).to_contain_text("1-888-373-7888")  # the young person still gets help
        staff = page.locator(".harbor-staff")
        expect(staff).to_have_count(1)
        expect(staff).to_contain_text(f"add {other.url} to allowed_origins")
        expect(staff).to_contain_text("credentials.yml")
        assert any(
            "allowed_origins" in error and other.url in error for error in page.console_errors
        ), page.console_errors
    finally:
        other.close()


def test_an_allowed_origin_can_embed_it(page, harbor, site):
    page.goto(host_page(site, harbor, "Youth org"))
    page.get_by_role("button", name="Chat with Harbor").click()
    expect(page.get_by_role("log")).to_contain_text("automated helper")


def test_server_down_shows_the_offline_message_with_contacts(page, harbor):
    page.goto(demo(harbor))
    page.route("**/webhooks/webchat/webhook", lambda route: route.abort("connectionrefused"))
    page.get_by_role("button", name="Chat with Harbor").click()
    log = page.get_by_role("log")
    expect(log).to_contain_text("can't connect right now")
    expect(log).to_contain_text("1-888-373-7888")
    expect(log).to_contain_text("Call 911")
    assert page.locator(".harbor-msg", has_text="…").count() == 0


def test_an_empty_answer_shows_the_contacts_not_silence(page, harbor):
    open_chat(page, harbor)
    page.route(
        "**/webhooks/webchat/webhook",
        lambda route: route.fulfill(status=200, content_type="application/json", body="[]"),
    )
    page.get_by_label("Type a message").fill("more")
    page.keyboard.press("Enter")
    note = page.locator(".harbor-msg", has_text="something went wrong")
    expect(note).to_contain_text("1-888-373-7888")
    expect(note).to_contain_text("Call 911")
    assert page.locator(".harbor-msg", has_text="…").count() == 0
