"""What the Telegram gateway says on its own, when Rasa cannot or should not answer."""

from __future__ import annotations

from resources import contacts

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
UNREADABLE = (
    "I couldn't read that message. Please send it again as text. If you need help now, call "
    "911, or text 233733 (the trafficking hotline, 24/7)."
)
PRIVATE_ONLY = "I only work in a private chat. Message me directly. I'm leaving this group."
OUTSIDE_US = "That place looks outside the US. Type a ZIP code, city or state, or tap Skip."
LOCATION_OFFER = "Or share your location. I only keep the ZIP code."
# Carries the removal of the "Share my location" keyboard when no other message can.
MOVING_ON = "Okay."
# A button from an older chat or gateway: say so rather than guess which choice it was.
OLD_BUTTON = "That button is from an earlier chat, so I can't use it. Type your answer, or /start."
# Sent and deleted at a stop, only to take the "Share my location" keyboard away with it.
CLEARING = "Clearing…"
