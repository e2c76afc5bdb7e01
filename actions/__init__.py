"""Rasa custom actions: thin adapters from the tracker to `resources` (come with the bot)."""
