"""The gateway's handlers: a young person's messages to Rasa, and its replies to the chat.

Nothing identifying reaches Rasa: the sender id is a keyed hash of the chat id, names and
contact cards are never forwarded, phone numbers, e-mail and street addresses typed in a
message are masked (``talk.personal``), and a shared location becomes its ZIP code here. The
log names no chat, person or text (``bot/telegram/logs.py``).

Each message to Rasa carries the chat's language as a hint (``metadata.language``): what Rasa
last said it was, else the language of the person's app; Rasa's answer ends with a marker
naming the conversation's language, which the chat keeps (``chats.py``) for what the gateway
says on its own (``texts.py``).

Each chat's messages are handled one at a time, in order, and every one is forwarded (Rasa
answers those it holds back); different chats are served at once. A stop does not wait its
turn: it clears the chat at once, and what was still waiting is void.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Awaitable, Callable

from telegram import (
    BotCommand,
    CallbackQuery,
    LinkPreviewOptions,
    Message,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.rasa_client import AsyncRasa, RasaError
from bot.telegram import replies, texts
from bot.telegram.buttons import Buttons
from bot.telegram.chats import Chats, pseudonym
from bot.telegram.locations import Locator
from bot.telegram.settings import Settings
from bot.telegram.stops import Stops
from bot.telegram.updates import UNREADABLE
from talk import personal
from talk.language import decide

logger = logging.getLogger(__name__)

# Telegram's command menu, in English and, for apps set to Spanish, in Spanish.
COMMANDS = [BotCommand(command, about) for command, about in texts.ENGLISH.commands]
COMMANDS_ES = [BotCommand(command, about) for command, about in texts.SPANISH.commands]
# A stop typed as a message is cleared here too, so it never depends on the model
# ("borrar" is the word the Spanish greeting gives).
STOP_WORDS = re.compile(r"^\s*/?(stop|exit|quit|borrar|parar|salir)\s*[.!]*\s*$", re.IGNORECASE)
GONE = {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}
Context = ContextTypes.DEFAULT_TYPE


class Gateway:
    """The handlers, sharing the Rasa client and the per-chat memory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.rasa = AsyncRasa(settings.rest_url, settings.api_token)
        self.chats = Chats()
        self.buttons = Buttons()
        self.locator = Locator()
        self.stops = Stops(self.rasa)

    # ---- the handlers --------------------------------------------------------------

    async def start(self, update: Update, context: Context) -> None:
        await self._forward(update, context, "/greet")

    async def help(self, update: Update, context: Context) -> None:
        await self._forward(update, context, "/help")

    async def exit(self, update: Update, context: Context) -> None:
        await self._stop(update, context)

    async def text(self, update: Update, context: Context) -> None:
        typed = update.effective_message.text or ""
        if STOP_WORDS.match(typed):
            await self._stop(update, context)
            return
        await self._forward(update, context, personal.mask(typed))

    async def button(self, update: Update, context: Context) -> None:
        query, chat = update.callback_query, update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE:
            with contextlib.suppress(TelegramError):
                await query.answer()
            return
        payload = self.buttons.payload(query.data)
        if payload is not None and STOP_WORDS.match(payload):
            await self._acknowledge(query)
            await self._stop(update, context, remember=False)
            return
        await self._in_order(chat.id, lambda: self._pressed(update, context, payload))

    async def location(self, update: Update, context: Context) -> None:
        message = update.effective_message
        self.chats.remember(message.chat_id, message.message_id)
        point = (message.location.latitude, message.location.longitude)
        await self._in_order(message.chat_id, lambda: self._located(update, context, *point))

    async def live_location_moved(self, update: Update, context: Context) -> None:
        """A live location counts once, when it is first shared; its moves are not turns."""

    async def not_text(self, update: Update, context: Context) -> None:
        message = update.effective_message
        self.chats.remember(message.chat_id, message.message_id)
        await self._answer(context, message.chat_id, "text_only", _app_language(update))

    async def unreadable(self, update: Update, context: Context) -> None:
        """An update python-telegram-bot could not read (``updates.py``): when it was a
        private message, its sender still hears back, and it goes at a stop."""
        where = update.api_kwargs.get(UNREADABLE)
        if not isinstance(where, dict):
            return
        self.chats.remember(where["chat_id"], where["message_id"])
        # Its words and app language as updates.py read them, for a chat not yet known.
        await self._answer(context, where["chat_id"], "unreadable", where.get("lang"))

    async def group(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        if chat is not None and chat.type != ChatType.PRIVATE and self.chats.leaving(chat.id):
            message = update.effective_message
            lang = decide(message.text if message else None, None, _app_language(update))
            await self._leave(context, chat.id, texts.lines(lang).private_only)

    async def membership(self, update: Update, context: Context) -> None:
        change = update.my_chat_member
        if change.chat.type == ChatType.PRIVATE:  # e.g. a young person blocking the bot
            return
        # The notice that the bot left or was removed: there is nothing left to say or leave.
        if change.new_chat_member.status in GONE:
            return
        self.chats.rejoined(change.chat.id)
        await self.group(update, context)

    async def error(self, update: object, context: Context) -> None:
        # Only the error's type: an update holds a young person's words and ids.
        logger.error("handler failed: %s", type(context.error).__name__)

    # ---- the work ------------------------------------------------------------------

    async def _in_order(self, chat_id: int, work: Callable[[], Awaitable[object]]) -> None:
        """Run ``work`` when the chat's earlier messages are done, unless the chat was
        cleared meanwhile (a stop does not wait, and what came before it is void)."""
        generation = self.chats.generation(chat_id)
        async with self.chats.lock(chat_id):
            if self.chats.generation(chat_id) == generation:
                await work()

    async def _forward(self, update: Update, context: Context, text: str) -> None:
        message = update.effective_message
        self.chats.remember(message.chat_id, message.message_id)
        await self._in_order(
            message.chat_id, lambda: self._turn(update, context, text, message.message_id)
        )

    async def _turn(self, update: Update, context: Context, text: str, reply_to: int | None):
        """One message to Rasa and its replies to the chat (the chat's lock is held)."""
        chat_id, app = update.effective_chat.id, _app_language(update)
        generation = self.chats.generation(chat_id)
        lang = self.chats.speaking(chat_id, text, app)
        try:
            answer = await self._ask(chat_id, text, self.chats.hint(chat_id, app))
        except RasaError as error:
            logger.warning("%s; sent the offline contacts", error)
            await self._send(context, chat_id, replies.Outgoing(texts.lines(lang).offline))
            return
        keyboard = self.chats.location_keyboard(chat_id)
        plan = replies.plan(answer, self.buttons, reply_to, keyboard, lang)
        if plan.cleared:
            await self._clear(context, chat_id)
            return
        if plan.language and self.chats.generation(chat_id) == generation:
            self.chats.told(chat_id, plan.language)
        for outgoing in plan.messages:
            if self.chats.generation(chat_id) != generation:
                return  # cleared while this turn was under way: nothing more to the chat
            await self._send(context, chat_id, outgoing)
        if plan.keyboard is not None:
            self.chats.offering_location(chat_id, plan.keyboard)

    async def _ask(self, chat_id: int, text: str, hint: str) -> list[dict]:
        """Rasa's replies to one message of the chat, with the language hint."""
        sender = pseudonym(self.settings.sender_secret, chat_id)
        await self.stops.settle(sender, hint)
        return await self.rasa.send(sender, text, metadata={"language": hint})

    async def _pressed(self, update: Update, context: Context, payload: str | None) -> None:
        """A button press, in its turn among the chat's messages."""
        await self._acknowledge(update.callback_query)
        if payload is None:  # a key from another version of the gateway: never guess
            chat_id = update.effective_chat.id
            said = texts.lines(self.chats.language(chat_id, _app_language(update)))
            await self._send(context, chat_id, replies.Outgoing(said.old_button))
            return
        await self._turn(update, context, payload, None)

    async def _acknowledge(self, query: CallbackQuery) -> None:
        """Answer the press, and take the pressed keyboard away: one answer per question."""
        with contextlib.suppress(TelegramError):
            await query.answer()
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(reply_markup=None)

    async def _located(self, update: Update, context: Context, latitude: float, longitude: float):
        chat_id = update.effective_chat.id
        try:
            zip_code = await self.locator.nearest_zip(latitude, longitude)
        except Exception as error:  # the place data would not load: say so, never go quiet
            logger.error("place lookup failed: %s", type(error).__name__)
            zip_code = None
        # The coordinates go no further than this function.
        if zip_code is None:
            self.chats.offering_location(chat_id, False)
            said = texts.lines(self.chats.language(chat_id, _app_language(update)))
            outgoing = replies.Outgoing(said.outside_us, ReplyKeyboardRemove())
            await self._send(context, chat_id, outgoing)
            return
        payload = "/inform" + json.dumps({"location": zip_code})
        await self._turn(update, context, payload, update.effective_message.message_id)

    async def _answer(self, context: Context, chat_id: int, line: str, app: str | None) -> None:
        """One of the gateway's own lines (a field of ``texts.Lines``), in its turn among the
        chat's messages and in the chat's language as it is then."""

        async def say() -> None:
            said = texts.lines(self.chats.language(chat_id, app))
            await self._send(context, chat_id, replies.Outgoing(getattr(said, line)))

        await self._in_order(chat_id, say)

    async def _send(self, context: Context, chat_id: int, out: replies.Outgoing) -> Message:
        reply = ReplyParameters(out.reply_to, allow_sending_without_reply=True)
        for attempt in (1, 2):
            try:
                sent = await context.bot.send_message(
                    chat_id,
                    out.text,
                    reply_markup=out.markup,
                    reply_parameters=reply if out.reply_to else None,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except NetworkError:
                # 429s are retried by the rate limiter; a dropped connection gets one more try.
                if attempt == 2:
                    raise
            else:
                self.chats.remember(chat_id, sent.message_id)
                return sent

    async def _stop(self, update: Update, context: Context, remember: bool = True) -> None:
        """Clear the chat at once, then make sure Rasa forgets too (``Stops``)."""
        chat_id = update.effective_chat.id
        if remember and update.effective_message:
            self.chats.remember(chat_id, update.effective_message.message_id)
        hint = self.chats.hint(chat_id, _app_language(update))
        await self._clear(context, chat_id)
        await self.stops.stop(pseudonym(self.settings.sender_secret, chat_id), hint)

    async def _clear(self, context: Context, chat_id: int) -> None:
        """Delete every message of the chat that can still be deleted, both sides, and
        forget the chat. Sends nothing that stays: an empty chat tells a passer-by nothing."""
        if self.chats.location_keyboard(chat_id):
            # The keyboard goes with a message that carries its removal, deleted with the rest.
            with contextlib.suppress(TelegramError):
                said = texts.lines(self.chats.language(chat_id))
                outgoing = replies.Outgoing(said.clearing, ReplyKeyboardRemove())
                await self._send(context, chat_id, outgoing)
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

    async def _leave(self, context: Context, chat_id: int, text: str) -> None:
        try:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(chat_id, text)
        finally:
            with contextlib.suppress(TelegramError):
                await context.bot.leave_chat(chat_id)

    async def close(self) -> None:
        await self.stops.close()
        await self.rasa.close()


def _app_language(update: Update) -> str | None:
    """The language the person's Telegram app is set to ("es", "en-US"…), when it says."""
    user = update.effective_user
    return user.language_code if user else None
