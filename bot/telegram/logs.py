"""The gateway's log: what happened, never what anyone wrote or who they are.

The gateway's own lines name no chat, text or person. python-telegram-bot and httpx are
another matter: some of their records carry a raw update (in the webhook server's "could not
process" error) or a URL holding the bot's token. ``WithoutDetails`` keeps their wording and
drops their arguments and tracebacks, naming only the error's type.
"""

from __future__ import annotations

import logging

LIBRARIES = ("telegram", "httpx", "httpcore", "tornado")


class WithoutDetails(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(LIBRARIES):
            return True
        message = str(record.msg)
        if record.args:
            message, record.args = f"{message} [details withheld]", ()
        if record.exc_info and record.exc_info[0] is not None:
            message = f"{message} ({record.exc_info[0].__name__})"
        record.msg, record.exc_info, record.exc_text, record.stack_info = message, None, None, None
        return True


def configure() -> None:
    """Log at INFO to stderr, through the filter."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s %(message)s", level="INFO")
    # httpx logs every request URL at INFO, and a Bot API URL holds the bot's token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(WithoutDetails())
