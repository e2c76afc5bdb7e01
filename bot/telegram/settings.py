"""The gateway's settings, from the environment.

- ``TELEGRAM_BOT_TOKEN`` (required): the bot's token from @BotFather.
- ``HARBOR_REST_URL``: Rasa's REST channel (default ``http://127.0.0.1:5005/webhooks/rest/webhook``).
- ``HARBOR_API_TOKEN``: Rasa's HTTP API token (default: ``var/api-token`` when there is one);
  with it, a stop Rasa missed is made good through the API.
- ``HARBOR_SENDER_SECRET``: key for the pseudonymous sender ids (default: generated into
  ``var/sender-secret``).
- ``HARBOR_TELEGRAM_WEBHOOK_URL``: public HTTPS URL; when set, Telegram pushes updates there
  (webhook mode, listening on ``HARBOR_TELEGRAM_WEBHOOK_PORT``, default 8443) and each update
  must carry ``HARBOR_TELEGRAM_SECRET_TOKEN`` (default: generated into ``var/``).
  Otherwise the gateway polls.
- ``TELEGRAM_API_BASE_URL``: another Bot API server (a local one, or a test's).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REST_URL = "http://127.0.0.1:5005/webhooks/rest/webhook"


@dataclass(frozen=True)
class Settings:
    token: str
    rest_url: str
    sender_secret: str
    webhook_url: str | None
    webhook_port: int
    secret_token: str
    api_base_url: str | None
    api_token: str | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise SystemExit("TELEGRAM_BOT_TOKEN is not set: get one from @BotFather.")
        return cls(
            token=token,
            rest_url=env.get("HARBOR_REST_URL") or DEFAULT_REST_URL,
            sender_secret=env.get("HARBOR_SENDER_SECRET") or _secret_file("sender-secret"),
            webhook_url=env.get("HARBOR_TELEGRAM_WEBHOOK_URL") or None,
            webhook_port=int(env.get("HARBOR_TELEGRAM_WEBHOOK_PORT") or 8443),
            secret_token=env.get("HARBOR_TELEGRAM_SECRET_TOKEN")
            or _secret_file("telegram-secret-token"),
            api_base_url=env.get("TELEGRAM_API_BASE_URL") or None,
            api_token=(env.get("HARBOR_API_TOKEN") or "").strip() or _existing("api-token"),
        )


def _secret_file(name: str) -> str:
    """A random secret kept in var/, made on first use (Telegram allows [A-Za-z0-9_-])."""
    path = ROOT / "var" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _existing(name: str) -> str | None:
    path = ROOT / "var" / name
    return (path.read_text().strip() or None) if path.exists() else None
