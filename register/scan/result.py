"""What a scan reads (entries) and what it reports (ScanResult)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


# Evaluates a batch of entries; returns one list of findings per entry, in order.
EvaluateBatch = Callable[[Sequence[Any]], Sequence[Sequence[Finding]]]


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
