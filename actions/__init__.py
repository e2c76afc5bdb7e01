"""Rasa custom actions: thin adapters from the tracker to `resources` and back to messages."""
