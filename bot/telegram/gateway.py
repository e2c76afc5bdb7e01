"""The Telegram gateway: forwards a young person's messages to Rasa and renders its replies.

Configuration comes from the environment:

- ``TELEGRAM_BOT_TOKEN`` (required): the bot's token from @BotFather.
- ``HARBOR_REST_URL``: Rasa's REST channel (default ``http://127.0.0.1:5005/webhooks/rest/webhook``).
- ``HARBOR_SENDER_SECRET``: key for the pseudonymous sender ids (default: generated into
  ``var/sender-secret``).
- ``HARBOR_TELEGRAM_WEBHOOK_URL``: public HTTPS URL; when set, Telegram pushes updates there
  (webhook mode, listening on ``HARBOR_TELEGRAM_WEBHOOK_PORT``, default 8443) and each update
  must carry ``HARBOR_TELEGRAM_SECRET_TOKEN`` (default: generated into ``var/``).
  Otherwise the gateway polls.
- ``TELEGRAM_API_BASE_URL``: another Bot API server (a local one, or a test's).

Nothing identifying reaches Rasa: the sender id is a keyed hash of the chat id, names and
phone numbers are never forwarded, and a shared location becomes its ZIP code here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.telegram.chats import Chats, pseudonym
from bot.telegram.rasa_client import RasaClient, RasaUnavailable
from resources import contacts

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REST_URL = "http://127.0.0.1:5005/webhooks/rest/webhook"
COMMANDS = [
    BotCommand("start", "Start or start over"),
    BotCommand("help", "What I can do, and help right now"),
    BotCommand("exit", "Clear this chat now"),
    BotCommand("stop", "Clear this chat now"),
]
# A stop typed as a message is cleared here too, so it never depends on the model.
STOP_WORDS = re.compile(r"^\s*/?(stop|exit|quit)\s*[.!]*\s*$", re.IGNORECASE)
MAX_MESSAGE_CHARS = 4000  # Telegram's limit is 4096 per message

_HOTLINE = contacts.BY_KEY["trafficking"]
_CRISIS_TEXT = contacts.BY_KEY["suicide"]
_CONTACTS = (
    f"24/7 help: {_HOTLINE.name}, {_HOTLINE.how}. "
    f"{_CRISIS_TEXT.name}, {_CRISIS_TEXT.how}.\n"
    "In danger? Call 911."
)
OFFLINE = "I can't reach my helper right now. Please try again soon.\n" + _CONTACTS
# Rasa answered with nothing: a part of it failed (an action, the action server).
NO_ANSWER = (
    "Sorry, something went wrong on my side and I have no answer to that. "
    "Please try again soon.\n" + _CONTACTS
)
TEXT_ONLY = (
    "I can only read text. If you need help now, call 911, or text 233733 (the trafficking "
    "hotline, 24/7)."
)
PRIVATE_ONLY = "I only work in a private chat. Message me directly. I'm leaving this group."
SLOW_DOWN = "Please send one message at a time. I'll answer in a moment."
OUTSIDE_US = "That place looks outside the US. Type a ZIP code, city or state, or tap Skip."
LOCATION_OFFER = "Or share your location. I only keep the ZIP code."


@dataclass(frozen=True)
class Settings:
    token: str
    rest_url: str
    sender_secret: str
    webhook_url: str | None
    webhook_port: int
    secret_token: str
    api_base_url: str | None

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
        )


def _secret_file(name: str) -> str:
    """A random secret kept in var/, made on first use (Telegram allows [A-Za-z0-9_-])."""
    path = ROOT / "var" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


class Gateway:
    """The handlers, sharing the Rasa client and the per-chat memory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.rasa = RasaClient(settings.rest_url)
        self.chats = Chats()

    # ---- the handlers --------------------------------------------------------------

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._forward(update, context, "/greet")

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._forward(update, context, "/help")

    async def exit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._quick_clear(update, context)

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if STOP_WORDS.match(message.text or ""):
            await self._quick_clear(update, context)
            return
        await self._forward(update, context, (message.text or "")[:MAX_MESSAGE_CHARS])

    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer()
        # One answer per question: the pressed keyboard goes away.
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(reply_markup=None)
        payload = self.chats.payload(update.effective_chat.id, query.data)
        if payload is None:  # a button from before a restart or a clear
            payload = "/greet"
        await self._forward(update, context, payload, remember_user=False)

    async def location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        from resources import places  # the gazetteer loads on first use, not at start

        chat_id = update.effective_chat.id
        self.chats.remember(chat_id, update.effective_message.message_id)
        shared = update.effective_message.location
        place = places.nearest_zip(shared.latitude, shared.longitude)
        # The coordinates go no further than this line.
        del shared
        if place is None:
            await self._send(context, chat_id, OUTSIDE_US, reply_markup=ReplyKeyboardRemove())
            return
        payload = "/inform" + json.dumps({"location": place.zip})
        await self._forward(update, context, payload, remember_user=False, clear_keyboard=True)

    async def not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = update.effective_chat.id
        self.chats.remember(chat_id, update.effective_message.message_id)
        await self._send(context, chat_id, TEXT_ONLY)

    async def group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.PRIVATE:  # e.g. a user blocking the bot
            return
        try:
            await context.bot.send_message(chat.id, PRIVATE_ONLY)
        finally:
            await context.bot.leave_chat(chat.id)

    async def error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # Only the error's type: an update holds a young person's words and ids.
        logger.error("handler failed: %s", type(context.error).__name__)

    # ---- the work ------------------------------------------------------------------

    async def _forward(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        text: str,
        remember_user: bool = True,
        clear_keyboard: bool = False,
    ) -> None:
        chat_id = update.effective_chat.id
        if remember_user and update.effective_message:
            self.chats.remember(chat_id, update.effective_message.message_id)
        if not self.chats.allow(chat_id):
            if self.chats.should_warn(chat_id):
                await self._send(context, chat_id, SLOW_DOWN)
            return
        sender = pseudonym(self.settings.sender_secret, chat_id)
        try:
            replies = await self.rasa.send(sender, text)
        except RasaUnavailable as error:
            logger.warning("Rasa unavailable (%s); sent the offline contacts", error)
            await self._send(context, chat_id, OFFLINE)
            return
        if any(_custom(r).get("harbor") == "cleared" for r in replies):
            await self._delete_chat(context, chat_id)
            return
        if not replies:  # every turn says something; silence here means a failure
            logger.warning("Rasa sent no reply; sent the 24-hour contacts")
            await self._send(context, chat_id, NO_ANSWER)
            return
        await self._render(context, chat_id, replies, clear_keyboard)

    async def _render(
        self, context, chat_id: int, replies: list[dict[str, Any]], clear_keyboard: bool
    ) -> None:
        for index, reply in enumerate(replies):
            custom = _custom(reply)
            if custom.get("harbor") == "request_location":
                keyboard = ReplyKeyboardMarkup(
                    [[KeyboardButton("Share my location", request_location=True)]],
                    one_time_keyboard=True,
                    resize_keyboard=True,
                )
                await self._send(context, chat_id, LOCATION_OFFER, reply_markup=keyboard)
                continue
            text = reply.get("text")
            if not text:
                continue
            markup = None
            if reply.get("buttons"):
                rows = [
                    [
                        InlineKeyboardButton(
                            b.get("title", "")[:64],
                            callback_data=self.chats.button(chat_id, b.get("payload", "")),
                        )
                    ]
                    for b in reply["buttons"]
                    if b.get("payload")
                ]
                markup = InlineKeyboardMarkup(rows)
            elif clear_keyboard and index == 0:
                markup = ReplyKeyboardRemove()
            await self._send(context, chat_id, text[:MAX_MESSAGE_CHARS], reply_markup=markup)

    async def _send(self, context, chat_id: int, text: str, reply_markup=None) -> None:
        for attempt in (1, 2):
            try:
                sent = await context.bot.send_message(
                    chat_id, text, reply_markup=reply_markup, disable_web_page_preview=True
                )
                self.chats.remember(chat_id, sent.message_id)
                return
            except NetworkError:
                # 429s are retried by the rate limiter; a dropped connection gets one more try.
                if attempt == 2:
                    raise

    async def _quick_clear(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = update.effective_chat.id
        if update.effective_message:
            self.chats.remember(chat_id, update.effective_message.message_id)
        sender = pseudonym(self.settings.sender_secret, chat_id)
        try:
            await self.rasa.send(sender, "/stop")
        except RasaUnavailable as error:
            # Rasa's in-memory conversations also expire on their own (endpoints.yml).
            logger.warning("Rasa unavailable at quick clear (%s)", error)
        await self._delete_chat(context, chat_id)

    async def _delete_chat(self, context, chat_id: int) -> None:
        """Delete every message of the chat that can still be deleted, both sides, and
        forget the chat. Sends nothing: an empty chat tells a passer-by nothing."""
        ids = self.chats.deletable(chat_id)
        self.chats.forget(chat_id)
        for start in range(0, len(ids), 100):  # deleteMessages takes up to 100 ids
            chunk = ids[start : start + 100]
            try:
                await context.bot.delete_messages(chat_id, chunk)
            except TelegramError:
                for message_id in chunk:  # one by one, skipping any already gone
                    with contextlib.suppress(TelegramError):
                        await context.bot.delete_message(chat_id, message_id)


def _custom(reply: dict[str, Any]) -> dict[str, Any]:
    custom = reply.get("custom")
    return custom if isinstance(custom, dict) else {}


def build_application(settings: Settings) -> tuple[Application, Gateway]:
    """The python-telegram-bot Application with every handler registered."""
    gateway = Gateway(settings)
    builder = ApplicationBuilder().token(settings.token).rate_limiter(AIORateLimiter(max_retries=3))
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    builder = builder.post_init(_register_commands).post_shutdown(_close(gateway))
    application = builder.build()

    private = filters.ChatType.PRIVATE
    media = (
        filters.PHOTO
        | filters.Sticker.ALL
        | filters.VOICE
        | filters.AUDIO
        | filters.VIDEO
        | filters.VIDEO_NOTE
        | filters.ANIMATION
        | filters.Document.ALL
        | filters.CONTACT
    )
    application.add_handlers(
        [
            MessageHandler(filters.ChatType.GROUPS, gateway.group),
            ChatMemberHandler(gateway.group, ChatMemberHandler.MY_CHAT_MEMBER),
            CommandHandler("start", gateway.start, filters=private),
            CommandHandler("help", gateway.help, filters=private),
            CommandHandler(["exit", "stop"], gateway.exit, filters=private),
            MessageHandler(private & filters.LOCATION, gateway.location),
            MessageHandler(private & filters.TEXT, gateway.text),
            MessageHandler(private & media, gateway.not_text),
            CallbackQueryHandler(gateway.button),
        ]
    )
    application.add_error_handler(gateway.error)
    return application, gateway


async def _register_commands(application: Application) -> None:
    await application.bot.set_my_commands(COMMANDS)


def _close(gateway: Gateway):
    async def close(application: Application) -> None:
        await gateway.rasa.close()

    return close


def run(settings: Settings | None = None) -> None:
    """Run the gateway until interrupted: webhook mode when a URL is set, else polling."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s %(message)s", level="INFO")
    # httpx logs every request URL at INFO, and a Bot API URL holds the bot's token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = settings or Settings.from_env()
    application, _ = build_application(settings)
    updates = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
    if settings.webhook_url:
        application.run_webhook(
            listen="0.0.0.0",
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url,
            secret_token=settings.secret_token,
            allowed_updates=updates,
        )
    else:
        application.run_polling(allowed_updates=updates)
