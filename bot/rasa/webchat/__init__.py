"""The web chat widget and its Rasa input channel."""
