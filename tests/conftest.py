"""Shared fixtures: a live Harbor (Rasa + action server on a seeded SQLite database), and a
plain web server standing in for the sites that embed the web chat."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from resources import seed
from resources.db import make_engine

SITES = Path(__file__).parent / "webchat" / "sites"


class Site:
    """A static web server on loopback (a host page, the quick exit's neutral page), serving
    a folder of its own that tests may add pages to."""

    def __init__(self, folder: Path) -> None:
        shutil.copytree(SITES, folder, dirs_exist_ok=True)
        self.folder = folder
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass


def start_harbor(tmp_path_factory, site: Site | None = None):
    from bot import launch as live

    folder = tmp_path_factory.mktemp("harbor")
    url = f"sqlite:///{folder / 'harbor.db'}"
    engine = make_engine(url)
    seed.build(engine)
    engine.dispose()
    credentials = None
    if site is not None:
        credentials = folder / "credentials.yml"
        credentials.write_text(
            yaml.safe_dump(
                {
                    "bot.rasa.rest.GuardedRestInput": None,
                    "bot.rasa.webchat.channel.WebChatInput": {
                        "allowed_origins": [site.url],
                        "exit_url": f"{site.url}/exit.html",
                    },
                }
            )
        )
    return live.start(folder / "logs", url, credentials)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    running = Site(tmp_path_factory.mktemp("site"))
    yield running
    running.close()


@pytest.fixture(scope="session")
def harbor(tmp_path_factory, site):
    """One live bot for every suite that only talks to it."""
    running = start_harbor(tmp_path_factory, site)
    yield running
    running.close()
