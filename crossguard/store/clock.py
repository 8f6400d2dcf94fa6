"""The one clock for timestamps written to the database, in a module of its own: what only stamps a time (an
alert, a notifier) need not import SQLAlchemy with ``crossguard.store.db``, which re-exports it."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The one clock for timestamps written to the database."""
    return datetime.now(UTC)
