"""Steps the widget tests share: open the chat, say something, embed it on another site."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.conftest import Site

WEBHOOK = "**/webhooks/webchat/webhook"


def demo(harbor) -> str:
    return f"{harbor.url}/webhooks/webchat/demo"


def open_chat(page: Page, harbor) -> None:
    page.goto(demo(harbor))
    page.get_by_role("button", name="Chat with Harbor").click()
    expect(page.get_by_role("log")).to_contain_text("automated helper")


def say(page: Page, text: str) -> None:
    page.get_by_label("Type a message").fill(text)
    page.keyboard.press("Enter")


def host_page(site: Site, harbor, title: str) -> str:
    """A page on ``site`` that embeds the widget with the one tag staff use; its URL."""
    (site.folder / "host.html").write_text(
        f'<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
        f'<script src="{harbor.url}/webhooks/webchat/widget.js" defer></script>'
        "</body></html>"
    )
    return f"{site.url}/host.html"


def sender_of(page: Page) -> str:
    return page.evaluate("sessionStorage.getItem('harbor-chat-sender')")
