"""The one base for every input model: unknown fields are errors, strings are trimmed.

Catalogs, seller data, rule packs and configuration are all written by people; a misspelt key
(``categroy``, ``max_unhedgd``) must fail loudly instead of being ignored.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from crossguard.engine.markets import country_code


class StrictModel(BaseModel):
    """``allow_inf_nan=False``: infinity or NaN (``.inf`` in YAML, ``Infinity`` in JSON, ``inf`` in a CSV cell)
    is an error naming the field, never a number a rule would compare."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


def require_unique(names: list[str], what: str) -> None:
    """Refuse a list whose items share a name (two feeds or routes called the same)."""
    dupes = sorted({name for name in names if names.count(name) > 1})
    if dupes:
        raise ValueError(f"duplicate {what} names: {', '.join(dupes)}")


def country_codes(value: object) -> object:
    """A list of market codes, trimmed, upper-case, UK read as GB (validators of config lists)."""
    return [country_code(str(item)) for item in value] if isinstance(value, list) else value
