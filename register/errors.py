"""Errors the register raises on purpose; each carries a message fit to show a user as it is.

The CLI maps them to exit codes (see ``crossguard.commands._register``): a :class:`RegisterBusyError` is "try again
later" (3), every other :class:`RegisterError` is "the request cannot be carried out" (1).
"""

from __future__ import annotations

from datetime import datetime


class RegisterError(Exception):
    """Base of the register's expected errors."""


class UnknownFindingError(RegisterError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"no finding with id or fingerprint {ref!r} (see `crossguard register list`)")
        self.ref = ref


class AmbiguousFindingError(RegisterError):
    def __init__(self, ref: str, count: int) -> None:
        super().__init__(f"fingerprint prefix {ref!r} matches {count} findings; give more characters")
        self.ref = ref


class InvalidTransitionError(RegisterError):
    """A manual action that does not apply to the finding's current status."""


class InvalidInputError(RegisterError):
    """An argument that is well-formed but not acceptable (a waiver ending in the past...)."""


class ScanInputError(RegisterError):
    """The catalog could not be read cleanly; nothing was written."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class RegisterBusyError(RegisterError):
    """Another scan holds the register: the request was refused, nothing was changed."""

    def __init__(self, message: str, started_at: datetime | None = None, holder: str | None = None) -> None:
        super().__init__(message)
        self.started_at = started_at
        self.holder = holder
