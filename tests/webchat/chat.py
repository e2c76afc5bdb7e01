"""Steps the widget tests share: open the chat, say something, embed it on another site."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.conftest import Site

WEBHOOK = "**/webhooks/webchat/webhook"


def demo(harbor) -> str:
    return f"{harbor.url}/webhooks/webchat/demo"


def open_chat(page: Page, harbor, url: str | None = None) -> None:
    """Open the chat on the demo page (or the page at ``url``) and wait for the greeting."""
    page.goto(url or demo(harbor))
    page.get_by_role("button", name="Chat with Harbor").click()
    expect(page.get_by_role("log")).to_contain_text("automated helper")


def say(page: Page, text: str) -> None:
    page.get_by_label("Type a message").fill(text)
    page.keyboard.press("Enter")


def host_page(site: Site, harbor, title: str, lang: str | None = None) -> str:
    """A page on ``site`` that embeds the widget with the one tag staff use; its URL. With
    ``lang``, the page is in that language and its tag says so (``data-lang``)."""
    name = f"host-{lang}.html" if lang else "host.html"
    data_lang = f' data-lang="{lang}"' if lang else ""
    (site.folder / name).write_text(
        f'<!doctype html><html lang="{lang or "en"}"><head><title>{title}</title></head><body>'
        f'<script src="{harbor.url}/webhooks/webchat/widget.js"{data_lang} defer></script>'
        "</body></html>"
    )
    return f"{site.url}/{name}"


def sender_of(page: Page) -> str:
    return page.evaluate("sessionStorage.getItem('harbor-chat-sender')")


def shorter_timeout(page: Page, milliseconds: int) -> None:
    """Serve the widget with a shorter wait than the server's, so a test need not wait 10 s."""

    def serve(route):
        served = route.fetch()
        text = served.text()
        assert '"timeoutMs": 10000' in text  # the server wrote the widget's settings in
        route.fulfill(
            response=served, body=text.replace('"timeoutMs": 10000', f'"timeoutMs": {milliseconds}')
        )

    page.route("**/webchat/widget.js", serve)
