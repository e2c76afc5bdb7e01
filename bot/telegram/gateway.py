"""The Telegram gateway: a python-telegram-bot ``Application`` in front of Rasa's REST channel.

``harbor telegram`` runs it: polling by default, a webhook with a secret token when
``HARBOR_TELEGRAM_WEBHOOK_URL`` is set (see ``bot/telegram/settings.py``). The handlers are
in ``bot/telegram/handlers.py``; they are registered here, in one block.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.telegram import logs
from bot.telegram.handlers import COMMANDS, COMMANDS_ES, Gateway
from bot.telegram.settings import Settings
from bot.telegram.updates import UpdatesRequest

UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


def build_application(settings: Settings) -> tuple[Application, Gateway]:
    """The python-telegram-bot Application with every handler registered."""
    gateway = Gateway(settings)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .rate_limiter(AIORateLimiter(max_retries=3))
        # Chats are served side by side; each chat's own messages wait their turn (handlers).
        .concurrent_updates(True)
        .get_updates_request(UpdatesRequest(connection_pool_size=1))
        .post_init(_started(gateway))
        .post_shutdown(_stopped(gateway))
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    application = builder.build()
    application.add_handlers(_handlers(gateway))
    application.add_error_handler(gateway.error)
    return application, gateway


def _handlers(gateway: Gateway) -> list:
    private = filters.ChatType.PRIVATE
    moved = filters.UpdateType.EDITED_MESSAGE & filters.LOCATION
    return [
        MessageHandler(filters.ChatType.GROUPS, gateway.group),
        ChatMemberHandler(gateway.membership, ChatMemberHandler.MY_CHAT_MEMBER),
        CommandHandler("start", gateway.start, filters=private),
        CommandHandler("help", gateway.help, filters=private),
        CommandHandler(["exit", "stop"], gateway.exit, filters=private),
        MessageHandler(private & moved, gateway.live_location_moved),
        MessageHandler(private & filters.LOCATION, gateway.location),
        MessageHandler(private & filters.TEXT, gateway.text),
        # Anything else a private chat can hold: photos, stickers, dice, polls, contacts…
        MessageHandler(private, gateway.not_text),
        CallbackQueryHandler(gateway.button),
        TypeHandler(Update, gateway.unreadable),  # last: what nothing above could read
    ]


def _started(gateway: Gateway):
    async def started(application: Application) -> None:
        gateway.locator.warm()
        await application.bot.set_my_commands(COMMANDS)
        await application.bot.set_my_commands(COMMANDS_ES, language_code="es")

    return started


def _stopped(gateway: Gateway):
    async def stopped(application: Application) -> None:
        await gateway.close()

    return stopped


def run(settings: Settings | None = None) -> None:
    """Run the gateway until interrupted: webhook mode when a URL is set, else polling."""
    logs.configure()
    settings = settings or Settings.from_env()
    application, _ = build_application(settings)
    if settings.webhook_url:
        application.run_webhook(
            listen="0.0.0.0",
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url,
            secret_token=settings.secret_token,
            allowed_updates=UPDATES,
        )
    else:
        application.run_polling(allowed_updates=UPDATES)
