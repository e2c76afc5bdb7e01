"""The browser the widget tests drive: Debian's Chromium through Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def harbor(harbor):
    """The live bot, warmed up: the first words it reads after starting can take longer than
    the widget waits, in either language."""
    for words in ("hello", "hola"):
        harbor.say(harbor.new_sender(), words)
    return harbor


def open_page(browser: Browser, locale: str = "en-US", **options) -> Page:
    """A page in a fresh context whose browser speaks ``locale``; it notes dialogs and
    console errors. Close it with ``page.context.close()``."""
    options.setdefault("viewport", {"width": 1280, "height": 900})
    opened = browser.new_context(locale=locale, **options).new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    opened.dialogs = dialogs
    errors: list[str] = []
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    opened.console_errors = errors
    return opened


@pytest.fixture
def page(browser):
    """A page in a browser set to American English, as most of the tests assume."""
    opened = open_page(browser)
    yield opened
    opened.context.close()
