"""Replaying conversations written as Rasa test stories against the running bot."""
