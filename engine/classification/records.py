"""What the reader's plain record classes share: a printed form and a copy with some fields changed.

`Hit`, `Candidate` and `Core` are plain classes with `__slots__` rather than a NamedTuple or dataclasses, so that the
compiled build can make them extension types (speed48); these two helpers stand for what the NamedTuple and the
dataclasses gave them. Both are off the hot path (printing, and the rare copy of a candidate or a listed hit).
"""

from __future__ import annotations

from typing import TypeVar

R = TypeVar("R")


def record_repr(record: object, fields: tuple[str, ...]) -> str:
    """`Name(field=value, ...)`, as a dataclass or NamedTuple prints."""
    pairs = ", ".join(f"{name}={getattr(record, name)!r}" for name in fields)
    return f"{type(record).__name__}({pairs})"


def with_changes(record: R, fields: tuple[str, ...], changes: dict[str, object]) -> R:
    """A new record of the same class with the named fields changed; an unknown field is a TypeError, as
    `dataclasses.replace` and a NamedTuple's `_replace` refuse one."""
    values = {name: getattr(record, name) for name in fields}
    unknown = changes.keys() - values.keys()
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {', '.join(sorted(unknown))}")
    values.update(changes)
    return type(record)(**values)
