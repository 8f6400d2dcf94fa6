"""JSON text that durable-rules' own parser reads correctly: facts and ruleset definitions.

The engine's C parser refuses a number in exponent form without a decimal point (`1e-07`, `1e+16`:
error 204, and the whole call fails), and Python's encoders write every float below 1e-4 or from
1e16 up that way. A float whose text has an exponent is rewritten in positional form with a
decimal point (`0.0000001`, `10000000000000000.0`), which the engine reads as the same double.
Integers beyond 64 bits (which orjson refuses) are written as positional doubles too. Infinity and
NaN have no JSON form (orjson writes `null`, a missing value to the engine): they are refused with
the field that holds them, as are numbers too large to be a double.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import orjson

_INT64 = (-(2**63), 2**63 - 1)


class FactValueError(ValueError):
    """A value that cannot reach the engine as the number it is; `field` is its dotted path."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}" if field else message)
        self.field, self.message = field, message


def dumps(value: Any) -> str:
    """`value` as JSON the engine parses to the same numbers (see the module docstring)."""
    try:
        data = orjson.dumps(value)
    except orjson.JSONEncodeError:  # an integer beyond 64 bits, a lone surrogate in a string
        data = orjson.dumps(_positional(value, ""))
    else:
        # Only text with an exponent or a null needs the slow path: orjson writes every exponent with
        # its sign (1e-7, 1e+16; tests/test_hostile_inputs.py holds it to that) and Infinity/NaN as
        # null. Substring tests cost a tenth of a regex search; "e-bike" merely takes the slow path.
        if b"e+" in data or b"e-" in data or b"null" in data:
            data = orjson.dumps(_positional(value, ""))
    return data.decode()


def present(value: Any, field: str) -> bool:
    """``True``, what the payload carries for a field the rules test only for presence
    (compiler.presence_only), once the value is known to be one `dumps` takes: a value the engine
    could not read is refused as it would be if sent, so leaving it out of the payload changes no
    answer. Plain ASCII text, the usual case, is known good without encoding it."""
    if type(value) is not str or not value.isascii():
        dumps({field: value})
    return True


def _positional(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return {key: _positional(item, f"{path}.{key}" if path else str(key)) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_positional(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise FactValueError(path, "text with a lone surrogate is not Unicode the rules can read") from None
        return value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if _INT64[0] <= value <= _INT64[1]:
            return value
        try:
            return _float_text(float(value), path)
        except OverflowError:
            raise FactValueError(path, f"number {str(value)[:20]}... is too large to evaluate") from None
    if isinstance(value, float):
        return _float_text(value, path)
    return value


def _float_text(value: float, path: str) -> Any:
    if not math.isfinite(value):
        raise FactValueError(path, f"{value} is not a number the rules can compare")
    text = repr(value)
    if "e" not in text:
        return value
    positional = format(Decimal(text), "f")
    return orjson.Fragment(positional if "." in positional else positional + ".0")
