"""The widget's turns in Debian's Chromium against the live bot: stop clears the screen,
numbers can be dialled, answers scroll to their top, old choices are off, slow answers are
given up on."""

from __future__ import annotations

import json
import time

import pytest
from playwright.sync_api import Page, expect

from bot.rasa.webchat import channel
from tests.webchat.chat import WEBHOOK, demo, open_chat, say, sender_of, shorter_timeout

CRISIS = "im in danger right now"


def widget_text(page: Page) -> str:
    return page.locator("#harbor-chat").text_content()


def stored(page: Page) -> dict:
    return page.evaluate("Object.fromEntries(Object.entries(sessionStorage))")


def answered(page: Page) -> None:
    """Wait until the answer on its way has come."""
    expect(page.locator(".harbor-msg", has_text="…")).to_have_count(0)


def webhook_posts(page: Page) -> list[str]:
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.post_data) if r.url.endswith("/webhook") else None)
    return posts


@pytest.mark.parametrize("how", ["typed", "button"])
def test_stop_clears_every_earlier_message_and_the_session(page, harbor, how):
    open_chat(page, harbor)
    log = page.get_by_role("log")
    page.get_by_role("button", name="Yes, I can chat").click()
    expect(log).to_contain_text("What do you need help with?")
    say(page, CRISIS)
    expect(log).to_contain_text("If someone is forcing you")
    answered(page)
    sender = sender_of(page)
    assert stored(page) == {"harbor-chat-sender": sender}
    if how == "typed":
        page.get_by_role("button", name="Keep looking").click()
        answered(page)
        say(page, "stop")
    else:
        page.get_by_role("button", name="Stop and clear chat").last.click()
    expect(log).to_contain_text("Chat cleared")
    shown = widget_text(page)
    for earlier in ("automated helper", "Yes, I can chat", "help with?", CRISIS, "911", "stop"):
        assert earlier not in shown.replace("Chat cleared", ""), earlier
    assert page.locator(".harbor-msg").count() == 1
    assert stored(page) == {}
    assert sender not in json.dumps(page.evaluate("Object.values(sessionStorage)"))


def test_numbers_in_the_crisis_reply_are_links_to_call_or_text(page, harbor):
    open_chat(page, harbor)
    say(page, CRISIS)
    reply = page.locator(".harbor-bot", has_text="If someone is forcing you")
    expect(reply).to_be_visible()
    for number, href in [
        ("911", "tel:911"),
        ("988", "tel:988"),  # "call or text 988": a call
        ("1-888-373-7888", "tel:18883737888"),
        ("233733", "sms:233733"),  # text only
    ]:
        link = reply.get_by_role("link", name=number, exact=True)
        expect(link).to_have_attribute("href", href)
        expect(link).to_have_text(number)


def test_the_contacts_shown_without_the_server_come_from_the_server_and_are_links(page, harbor):
    page.goto(demo(harbor))
    page.route(WEBHOOK, lambda route: route.abort("connectionrefused"))
    page.get_by_role("button", name="Chat with Harbor").click()
    note = page.locator(".harbor-note", has_text="can't connect right now")
    expect(note.get_by_role("link", name="741741")).to_have_attribute("href", "sms:741741")
    expect(note.get_by_role("link", name="233733")).to_have_attribute("href", "sms:233733")
    expect(note.get_by_role("link", name="911")).to_have_attribute("href", "tel:911")


def test_text_before_a_number_makes_it_a_text_link(page, harbor):
    open_chat(page, harbor)
    said = "You can text 988 any time. Or call 1-800-786-2929. Our line is (415) 555-0100."
    page.route(
        WEBHOOK,
        lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps([{"text": said}])
        ),
    )
    say(page, "numbers?")
    reply = page.locator(".harbor-bot").last
    expect(reply).to_have_text(said)
    expect(reply.get_by_role("link", name="988")).to_have_attribute("href", "sms:988")
    expect(reply.get_by_role("link", name="1-800-786-2929")).to_have_attribute(
        "href", "tel:18007862929"
    )
    expect(reply.get_by_role("link", name="(415) 555-0100")).to_have_attribute(
        "href", "tel:4155550100"
    )
    # The person's own words are never made into links.
    assert page.locator(".harbor-user a").count() == 0


def test_results_on_a_phone_scroll_to_the_top_of_the_first_program(browser, harbor):
    context = browser.new_context(viewport={"width": 360, "height": 640})
    page = context.new_page()
    try:
        open_chat(page, harbor)
        page.get_by_role("button", name="Yes, I can chat").click()
        page.get_by_role("button", name="A safe place to stay").click()
        expect(page.get_by_role("log")).to_contain_text("Where are you?")
        say(page, "san francisco")
        page.get_by_role("button", name="Girls and young women").click()
        first = page.locator(".harbor-bot", has_text="SAGE services for young women")
        expect(first).to_be_visible()
        time.sleep(0.3)
        log_box = page.locator(".harbor-log").bounding_box()
        top = first.bounding_box()["y"]
        assert log_box["y"] <= top < log_box["y"] + log_box["height"] - 40, (top, log_box)
        # The answer is longer than the screen: its end is still below.
        assert page.evaluate(
            "(l => l.scrollTop + l.clientHeight < l.scrollHeight - 1)"
            "(document.querySelector('.harbor-log'))"
        )
    finally:
        context.close()


def test_only_the_latest_turns_buttons_can_be_pressed(page, harbor):
    open_chat(page, harbor)
    log = page.get_by_role("log")
    page.get_by_role("button", name="Yes, I can chat").click()
    expect(log).to_contain_text("What do you need help with?")
    say(page, "i need a place to stay")
    expect(log).to_contain_text("Where are you?")
    say(page, "san francisco")
    expect(log).to_contain_text("just for girls")
    groups = page.locator(".harbor-buttons")
    assert groups.count() >= 3
    for index in range(groups.count() - 1):
        for button in groups.nth(index).get_by_role("button").all():
            expect(button).to_be_disabled()
            expect(button).to_have_attribute("aria-disabled", "true")
    for button in groups.last.get_by_role("button").all():
        expect(button).to_be_enabled()
    posts = webhook_posts(page)
    before = widget_text(page)
    old = page.get_by_role("button", name="Yes, I can chat")
    old.dispatch_event("click")
    old.click(force=True)
    time.sleep(1)
    assert posts == []
    assert widget_text(page) == before


def test_a_pressed_choice_shows_it_is_sending_and_other_presses_are_refused_visibly(page, harbor):
    open_chat(page, harbor)
    held = []
    page.route(WEBHOOK, lambda route: held.append(route))
    page.get_by_role("button", name="Yes, I can chat").click()
    chosen = page.locator(".harbor-buttons button[aria-busy='true']")
    expect(chosen).to_have_count(1)
    expect(chosen).to_contain_text("Yes, I can chat")
    expect(chosen).to_contain_text("sending")
    for button in page.locator(".harbor-buttons button").all():
        expect(button).to_be_disabled()
    say(page, "hello")  # typed while the answer is on its way
    expect(page.get_by_role("status")).to_contain_text("still answering")
    expect(page.get_by_label("Type a message")).to_have_value("hello")
    assert len(held) == 1
    held[0].continue_()
    page.unroute(WEBHOOK)
    expect(page.get_by_role("log")).to_contain_text("What do you need help with?")
    expect(page.locator("[aria-busy='true']")).to_have_count(0)
    expect(page.locator(".harbor-status")).to_have_text("")


def test_an_answer_too_slow_is_given_up_and_the_person_told_to_send_again(page, harbor):
    shorter_timeout(page, 1500)
    open_chat(page, harbor)
    held, failed = [], []
    page.on("requestfailed", lambda r: failed.append(r.failure) if "webhook" in r.url else None)
    page.route(WEBHOOK, lambda route: held.append(route))  # never answered
    say(page, "i need a place to stay")
    note = page.locator(".harbor-note", has_text="did not get through")
    expect(note).to_contain_text("send it again")
    expect(note).to_contain_text("1-888-373-7888")
    expect(note.get_by_role("link", name="911")).to_have_attribute("href", "tel:911")
    expect(page.get_by_label("Type a message")).to_have_value("i need a place to stay")
    expect(page.locator(".harbor-msg", has_text="…")).to_have_count(0)
    deadline = time.monotonic() + 5
    while not failed and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert failed and "ABORTED" in failed[0].upper(), failed  # the request itself was aborted
    # Sent again, it goes through.
    page.unroute(WEBHOOK)
    page.keyboard.press("Enter")
    expect(page.get_by_role("log")).to_contain_text("Where are you?")


def test_the_servers_too_slow_answer_keeps_the_words_to_send_again(page, harbor):
    open_chat(page, harbor)
    slow = [channel.timed_out_reply()]
    page.route(
        WEBHOOK,
        lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps(slow)
        ),
    )
    say(page, "i need a place to stay")
    expect(page.locator(".harbor-note", has_text="took me too long")).to_be_visible()
    expect(page.get_by_label("Type a message")).to_have_value("i need a place to stay")
    # The turn did not happen: the greeting's choices still work.
    expect(page.get_by_role("button", name="Yes, I can chat")).to_be_enabled()
