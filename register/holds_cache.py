"""``register_holds`` kept in memory while nothing is committed to the register (the HTTP check's first question).

Every check asks whether the register holds any classification override and any waiver in force. The
answer changes only when something is committed: a waiver, an override, a scan, from this process or
another (``serve --workers 2`` and the CLI share one SQLite file). On SQLite a :class:`CommitWatch`
says whether anything was committed since the answer was read, at the cost of one small statement;
the answer is asked again only then (and for a day not asked about since). On PostgreSQL every call
asks the database, as before. Why: the question cost about a tenth of a check request's CPU on the
event loop (a pooled connection checked out and back, the statement), docs/performance.md, "HTTP".
"""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import Engine

from crossguard.register.queries import RegisterHolds, register_holds
from crossguard.store.commits import CommitWatch, commit_watch

#: Days remembered per register state: the check asks about max(its ``at``, today), nearly always today.
MAX_DAYS = 64


class HoldsCache:
    """``register_holds(engine, day)``, answered from memory until the next commit to the register."""

    def __init__(self, engine: Engine, watch: CommitWatch | None = None) -> None:
        self.engine = engine
        self._watch = watch if watch is not None else commit_watch(engine)
        self._lock = threading.Lock()
        self._version: int | None = None
        self._answers: dict[date, RegisterHolds] = {}

    def holds(self, day: date) -> RegisterHolds:
        """What ``register_holds`` answers now. The version is read before the register is asked, so an
        answer is never kept under a version older than the state it was read from."""
        if self._watch is None:
            return register_holds(self.engine, day)
        version = self._watch.version()
        with self._lock:
            if version != self._version:
                self._answers.clear()
                self._version = version
            answer = self._answers.get(day)
        if answer is not None:
            return answer
        answer = register_holds(self.engine, day)
        with self._lock:
            if self._version == version and len(self._answers) < MAX_DAYS:
                self._answers[day] = answer
        return answer

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
