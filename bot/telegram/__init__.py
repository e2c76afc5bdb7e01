"""The Telegram gateway: python-telegram-bot in front of Rasa's REST channel."""
