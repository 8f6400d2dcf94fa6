"""Sorting more records than memory should hold: sorted runs in temporary files, merged lazily.

Why: a CSV catalog's rows of one SKU may be anywhere in the file, and grouping them used to read
every row into memory (8.8 GB for 1,000,000 rows). A :class:`Spool` keeps records in memory up to a
byte budget (estimated by the caller), then sorts them and writes them as one run to an anonymous
temporary file (deleted when closed, even if the process dies); reading merges the runs with
``heapq.merge``. Input that fits in one budget never touches the disk. Memory is bounded by the
budget plus one record per run (runs are merged ``FAN_IN`` at a time when there are many).

Records are lists or tuples of JSON values (they come back as lists); their order is ``key``'s.
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any

import orjson

#: Estimated bytes of records kept in memory before a run is written to disk.
DEFAULT_BUDGET = 32 * 1024 * 1024
#: Runs merged at once; more runs are first merged into fewer (one open file per run).
FAN_IN = 64


def _encode(record: Any) -> bytes:
    try:
        return orjson.dumps(record)
    except orjson.JSONEncodeError:  # a lone surrogate (JSON catalogs may hold "\ud800"): stdlib escapes it
        return json.dumps(record).encode()


def _decode(line: bytes) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)


def _read_run(handle: IO[bytes]) -> Iterator[Any]:
    handle.seek(0)
    for line in handle:
        yield _decode(line)


class Spool:
    """Add records with their estimated size, then iterate once over all of them in ``key`` order."""

    def __init__(self, key: Callable[[Any], Any], budget: int | None = None) -> None:
        self.key = key
        self.budget = budget or DEFAULT_BUDGET
        self._buffer: list[Any] = []
        self._size = 0
        self._runs: list[IO[bytes]] = []

    @property
    def spilled(self) -> bool:
        """Whether any run went to disk (for tests and the benchmark)."""
        return bool(self._runs)

    def add(self, record: Any, size: int) -> None:
        self._buffer.append(record)
        self._size += size
        if self._size >= self.budget:
            self._spill()

    def _spill(self) -> None:
        self._buffer.sort(key=self.key)
        self._runs.append(self._write(self._buffer))
        self._buffer = []
        self._size = 0

    @staticmethod
    def _write(records: Any) -> IO[bytes]:
        handle = tempfile.TemporaryFile(prefix="crossguard-spool-")
        for record in records:
            handle.write(_encode(record))
            handle.write(b"\n")
        handle.flush()
        return handle

    def __iter__(self) -> Iterator[Any]:
        """Every record in order; the temporary files are closed when the iteration ends or is abandoned."""
        try:
            if not self._runs:
                self._buffer.sort(key=self.key)
                buffer, self._buffer = self._buffer, []
                yield from buffer
                return
            if self._buffer:
                self._spill()
            while len(self._runs) > FAN_IN:  # merge the oldest runs into one until few enough remain
                group, self._runs = self._runs[:FAN_IN], self._runs[FAN_IN:]
                self._runs.append(self._write(heapq.merge(*map(_read_run, group), key=self.key)))
                for handle in group:
                    handle.close()
            yield from heapq.merge(*map(_read_run, self._runs), key=self.key)
        finally:
            self.close()

    def close(self) -> None:
        for handle in self._runs:
            handle.close()
        self._runs = []
        self._buffer = []
