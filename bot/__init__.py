"""What runs beside Rasa: the `harbor` CLI, and later the Telegram gateway and web chat."""
