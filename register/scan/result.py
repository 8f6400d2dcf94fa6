"""What a scan reads (entries) and what it reports (ScanResult)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from crossguard.engine.findings import Finding


class EntryLike(Protocol):
    """What the scan needs of a catalog entry (``engine.models.CatalogEntry`` fits).

    An entry may instead carry ``content_digest`` and ``listing_count`` (``usecases.scan_lines.LineEntry``,
    a JSON Lines product not validated yet): the scan then keys its reuse by the digest and counts
    listings from the count (``reuse.evaluation_key``, ``reuse.listing_count``).
    """

    @property
    def product(self) -> Any: ...

    @property
    def listings(self) -> Sequence[Any]: ...

    def model_dump_json(self) -> str: ...


class Pending(ABC):
    """A chunk's findings still being made (in worker processes), one list per entry, in order.

    Why: the scan's main thread hands the writer a chunk as soon as it is submitted, and reads the next one
    while the workers evaluate it, so they are never left waiting for the main thread; the writer waits for
    each chunk in turn (``writer.ChunkWriter``). ``stop`` is the writer's: once it is done (the scan is being
    aborted) ``result`` gives up waiting instead of holding the abort for a chunk's evaluation.
    """

    @abstractmethod
    def result(self, stop: Future[None]) -> Sequence[Sequence[Any]]: ...

    def then(self, finish: Callable[[Sequence[Sequence[Any]]], Sequence[Sequence[Any]]]) -> Pending:
        """The same results passed through ``finish`` once they are in."""
        return _Then(self, finish)


@dataclass
class _Then(Pending):
    first: Pending
    finish: Callable[[Sequence[Sequence[Any]]], Sequence[Sequence[Any]]]

    def result(self, stop: Future[None]) -> Sequence[Sequence[Any]]:
        return self.finish(self.first.result(stop))


# Evaluates a batch of entries; returns one list of findings per entry, in order, or those still being made.
EvaluateBatch = Callable[[Sequence[Any]], Sequence[Sequence[Finding]] | Pending]


@dataclass
class ScanResult:
    """What one scan did; the same figures as its ``scan_runs`` row."""

    scan_id: int
    started_at: datetime
    finished_at: datetime
    scan_date: date
    entries: int = 0
    listings: int = 0
    evaluated: int = 0
    produced: int = 0
    new: int = 0
    reopened: int = 0
    resolved: int = 0
    updated: int = 0
    expired: int = 0
    reopened_ids: list[int] = field(default_factory=list)

    @property
    def duration_s(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()
