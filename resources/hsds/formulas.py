"""Keeping exported text from running as a spreadsheet formula, and reading it back unchanged.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which can hide
one) is run by Excel, LibreOffice and Google Sheets as a formula: a service name could fetch a
web page or start a program on the computer of the staff member who opens the export. Export
writes such text with a leading apostrophe, which spreadsheets show as text, and import
removes it again. Text that already starts with apostrophes before one of those characters
gets one more, so every value comes back exactly as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A value that needs the apostrophe: optional apostrophes, then a character that starts a
# formula.
_NEEDS_ESCAPE = re.compile(r"'*[=+\-@\t\r]")
# A cell written that way: at least one apostrophe, then such a character.
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
# Anywhere in a file: a cheap test that spares the per-cell work when nothing is escaped.
_ANY_ESCAPED = re.compile(r"'[=+\-@\t\r]")


def escape(text: str) -> str:
    """The text as it must be written in an exported cell."""
    return "'" + text if _NEEDS_ESCAPE.match(text) else text


def unescape(text: str) -> str:
    """The text an exported cell holds (the inverse of :func:`escape`)."""
    return text[1:] if _ESCAPED.match(text) else text


def may_hold_escapes(file_text: str) -> bool:
    """False when no cell of the file can be an escaped one."""
    return _ANY_ESCAPED.search(file_text) is not None


def unescaping(convert: Callable[[str], object] | None) -> Callable[[str], object]:
    """``convert`` applied to the unescaped text of a cell."""
    if convert is None:
        return unescape
    return lambda text: convert(unescape(text))
