"""`json.loads` for input files: nesting deeper than `yaml_lines.MAX_DEPTH` is an ordinary JSON error.

Python's decoder recurses per level: 100,000 `[` end in RecursionError, which callers that catch
`json.JSONDecodeError` let through as a traceback. Where that happens depends on how deep the
caller's stack already is (a row nested ~980 levels passed in one process and failed in another),
so the limit is checked here, the same for every caller: text nested deeper than MAX_DEPTH is a
`JSONDecodeError` at the position where the nesting passes it, and every caller reports it as it
reports a syntax error (file and line, or the JSON Lines row).

Cost: only text with more than MAX_DEPTH opening brackets is measured (a product line rarely has
so many), by a walk over its parsed containers; the scan of the text that finds the position runs
only on failure.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import orjson

from crossguard.engine.yaml_lines import MAX_DEPTH

#: A whole JSON string (skipped) or one bracket.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def loads(text: str) -> Any:
    """Parse JSON text; nesting deeper than MAX_DEPTH is a JSONDecodeError naming where it goes too deep."""
    try:
        data = json.loads(text)
    except RecursionError:
        data = None
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer longer than Python converts (sys.get_int_max_str_digits): a syntax error here
        raise json.JSONDecodeError(f"a number of more than {sys.get_int_max_str_digits()} digits", text,
                                   _long_number_at(text)) from None
    else:
        if not may_nest_too_deep(text) or not _deeper_than_max(data):
            return data
    raise json.JSONDecodeError(f"nesting deeper than {MAX_DEPTH} levels", text, _too_deep_at(text))


def loads_known(text: str) -> Any:
    """JSON text that :func:`loads` read before (a JSON Lines row an earlier scan validated, recognised by its exact
    text), parsed with orjson, about a third cheaper, and without the depth check, which the text passed; None if
    orjson refuses it (NaN, a lone surrogate: :func:`loads` reads them).

    orjson reads integers past 64 bits as floats: callers take only what both read alike (names, strings, counts)
    and check the type of what they rely on; anything else is read with :func:`loads`.
    """
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return None


def _deeper_than_max(data: Any) -> bool:
    """Whether parsed data nests deeper than MAX_DEPTH: its containers walked (about half the cost of
    scanning the text again for brackets outside strings)."""
    stack: list[tuple[Any, int]] = [(data, 1)] if isinstance(data, dict | list) else []
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return False


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


def may_nest_too_deep(text: str | bytes) -> bool:
    """Whether the text has more opening brackets than MAX_DEPTH, strings included: an upper bound of its nesting,
    counted cheaply, so only such text is measured exactly (here, or the usual way: ``catalog_lines``)."""
    if isinstance(text, bytes):
        return text.count(b"[") + text.count(b"{") > MAX_DEPTH
    return text.count("[") + text.count("{") > MAX_DEPTH


def _long_number_at(text: str) -> int:
    """Where the first number too long to convert starts (0 if none is found outside the decoder)."""
    found = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)
    return found.start() if found else 0
