"""Applying evaluated chunks on a writer thread while the next chunk is evaluated.

A scan alternated before: evaluate a chunk (workers busy, register idle), then write it (register
busy, workers idle). The writer thread takes chunks from a short queue and applies them with the
scan's one connection, inside the scan's one transaction, so evaluation and writing overlap; the
queue's bound keeps memory bounded. Only the writer uses the connection while it runs: the caller
closes it (waiting for the last chunk) before finishing the scan, or aborts it on an error, and
the transaction then rolls back as before.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from typing import Any

from crossguard.register.scan.apply import Applier
from crossguard.register.scan.result import EntryLike

_STOP = None


class ChunkWriter:
    """``put`` hands a chunk to the writer; ``close`` waits for all of them; the first error is re-raised."""

    def __init__(self, applier: Applier, depth: int = 2) -> None:
        self.applier = applier
        self._queue: queue.Queue[tuple[Sequence[EntryLike], Sequence[Any]] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="crossguard-scan-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self._error is None:  # after an error, chunks are only drained so `put` never blocks
                try:
                    self.applier.absorb(*item)
                except BaseException as error:  # noqa: BLE001 - re-raised in the scan's thread
                    self._error = error

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, batch: Sequence[EntryLike], results: Sequence[Any]) -> None:
        self._raise()
        self._queue.put((batch, results))

    def close(self) -> None:
        """Wait until every chunk is applied; raise the writer's error, if any."""
        self._queue.put(_STOP)
        self._thread.join()
        self._raise()

    def abort(self) -> None:
        """Stop after the chunk in hand (the scan failed and will roll back); never raises."""
        self._error = self._error or RuntimeError("scan aborted")
        self._queue.put(_STOP)
        self._thread.join()
