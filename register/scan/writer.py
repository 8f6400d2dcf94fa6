"""Applying evaluated chunks on a writer thread while the next chunk is evaluated.

A scan alternated before: evaluate a chunk (workers busy, register idle), then write it (register
busy, workers idle). The writer thread takes chunks from a short queue and applies them with the
scan's one connection, inside the scan's one transaction, so evaluation and writing overlap; the
queue's bound keeps memory bounded. Only the writer uses the connection while it runs: the caller
closes it (waiting for the last chunk) before finishing the scan, or aborts it on an error, and
the transaction then rolls back as before.

A chunk may arrive still being evaluated (``result.Pending``: the worker processes' futures): the main thread
submits a chunk and hands it over at once, then reads the next, so the workers always have the next chunk
queued; the writer waits for each chunk's results itself, in the order they were put, so the order of
absorption (ids, audit rows) is the order of the catalog as before. The queue's bound is then also the bound on
chunks in flight.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from concurrent.futures import Future, InvalidStateError
from typing import Any

from crossguard.register.scan.apply import Applier
from crossguard.register.scan.result import EntryLike, Pending

_STOP = None


class ChunkWriter:
    """``put`` hands a chunk to the writer; ``close`` waits for all of them; the first error is re-raised."""

    def __init__(self, applier: Applier, depth: int = 2) -> None:
        self.applier = applier
        self._queue: queue.Queue[tuple[Sequence[EntryLike], Sequence[Any] | Pending] | None] = queue.Queue(
            maxsize=depth)
        self._error: BaseException | None = None
        self._stopping: Future[None] = Future()  # done once the scan aborts: a pending chunk is not waited for
        # set when the thread has ended. Waited on instead of `Thread.join`: a join interrupted by Ctrl-C marks the
        # thread stopped while it still runs (CPython bpo-45274), and a second join then returns at once
        self._ended = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crossguard-scan-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._take_chunks()
        finally:
            self._ended.set()

    def _take_chunks(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self._error is None:  # after an error, chunks are only drained so `put` never blocks
                batch, results = item
                try:
                    self.applier.absorb(batch, results.result(self._stopping) if isinstance(results, Pending)
                                        else results)
                except BaseException as error:  # noqa: BLE001 - re-raised in the scan's thread
                    self._error = self._error or error

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, batch: Sequence[EntryLike], results: Sequence[Any] | Pending) -> None:
        """Queue a chunk (waits while the queue is full); raise the writer's error, if any."""
        self._raise()
        self._queue.put((batch, results))

    def close(self) -> None:
        """Wait until every chunk is applied; raise the writer's error, if any."""
        self._queue.put(_STOP)
        self._ended.wait()
        self._raise()

    def abort(self) -> None:
        """Stop after the chunk in hand (the scan failed and will roll back); never raises."""
        self._error = self._error or RuntimeError("scan aborted")
        try:
            self._stopping.set_result(None)
        except InvalidStateError:  # aborted twice
            pass
        while not self._ended.is_set():  # `close` may have queued its stop already, and the writer taken it and ended
            try:
                self._queue.put(_STOP, timeout=0.05)
                break
            except queue.Full:
                continue
        self._ended.wait()
