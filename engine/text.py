"""Text from outside (feed titles, catalog fields, server errors) made safe to show on a terminal.

A terminal obeys control characters: an escape sequence in a feed title could clear the screen,
retitle the window or hide the lines before it. Newlines and tabs are kept; every other C0/C1
control character is shown as U+FFFD.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters (other than newline and tab) shown as U+FFFD."""
    return _CONTROL.sub("\ufffd", text)
