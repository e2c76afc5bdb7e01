"""Rasa custom actions: thin adapters from the tracker to `resources` (built with the conversation)."""
