"""`json.loads` for input files: nesting too deep for Python is an ordinary JSON error.

Python's decoder recurses per level: 100,000 `[` end in RecursionError, which callers that catch
`json.JSONDecodeError` let through as a traceback. Here it is a `JSONDecodeError` at the position
where the nesting passes `yaml_lines.MAX_DEPTH`, so every caller reports it as it reports a syntax
error (file and line, or the JSON Lines row). The position is only searched for on that failure.
"""

from __future__ import annotations

import json
import re
from typing import Any

from crossguard.engine.yaml_lines import MAX_DEPTH

#: A whole JSON string (skipped) or one bracket.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def loads(text: str) -> Any:
    """Parse JSON text; nesting Python cannot follow is a JSONDecodeError naming where it goes too deep."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError(f"nesting deeper than {MAX_DEPTH} levels", text, _too_deep_at(text)) from None


def _too_deep_at(text: str) -> int:
    """Where brackets outside strings first nest deeper than MAX_DEPTH (only called on failure)."""
    depth = 0
    for token in _TOKENS.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return token.start()
        elif char in "]}":
            depth -= 1
    return 0
