"""Requests take turns at the rules engine, a bounded slice of listings per turn, first come first served.

durable-rules is not thread-safe, so the engine runs under one lock (``engine.durable_host.LOCK``):
a request that evaluated 50,000 listings in one go stalled every other caller for 30 s. Here each
request evaluates at most ``api.slice_listings`` listings per turn and then queues again behind
whoever arrived meanwhile (a ticket lock: Python's own locks are not fair, and a thread that
releases and re-takes one at once usually wins it again). A small request waits at most one slice
of each request ahead of it. A product's listings are evaluated independently of each other, so
splitting a product's listings into slices gives the same findings as evaluating them together.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from crossguard.engine.models import CatalogEntry


class FairGate:
    """A FIFO lock for threads: turns are granted in the order they were asked for.

    The turn is handed straight to the next waiter (its own event), so a release wakes one thread,
    not every queued one: with 32 clients queued, waking all of them to compare tickets cost more
    than the check itself."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = False
        self._waiting: deque[threading.Event] = deque()

    def idle(self) -> bool:
        """Nobody holds the turn now (a hint: a thread may take it a moment later)."""
        return not self._busy

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self._lock:
            mine = None
            if self._busy:
                mine = threading.Event()
                self._waiting.append(mine)
            else:
                self._busy = True
        if mine is not None:
            mine.wait()  # the releasing thread hands the turn over: _busy stays True
        try:
            yield
        finally:
            with self._lock:
                if self._waiting:
                    self._waiting.popleft().set()
                else:
                    self._busy = False


def slices(entry: CatalogEntry, size: int) -> Iterator[CatalogEntry]:
    """The entry's listings in runs of at most ``size`` (an entry without listings is one slice)."""
    if len(entry.listings) <= size:
        yield entry
        return
    for start in range(0, len(entry.listings), size):
        yield entry.model_copy(update={"listings": entry.listings[start:start + size]})
