"""When a run fails: ``--fail-on`` thresholds and ``--soft-fail``, the same for every command.

``--fail-on critical|high|medium|low|info`` fails on any finding of that severity or worse;
``--fail-on block`` on any finding that stops a listing going live (it blocks the listing or
sends it to review). Several may be given: any one fails the run. A suppressed finding (waived in
the register) never fails it. The :class:`Tally` watches the items on their way to the renderer,
so the exit code is known once the report is written, without keeping the items.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from crossguard.engine.catalog import RowError
from crossguard.engine.findings import Finding, Severity
from crossguard.engine.reports.model import ReportItem, SubjectResult


class FailOn(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"
    info = "info"
    block = "block"


@dataclass(frozen=True)
class FailPolicy:
    thresholds: frozenset[FailOn]

    def trips(self, finding: Finding) -> bool:
        for threshold in self.thresholds:
            if threshold is FailOn.block:
                if finding.blocks_listing or finding.reviews_listing:
                    return True
            elif finding.severity.rank >= Severity(threshold.value).rank:
                return True
        return False


@dataclass
class Tally:
    """Counts what passes through :meth:`watch` and whether any finding trips ``policy``."""

    policy: FailPolicy
    subjects: int = 0
    input_errors: int = 0
    tripped: int = 0

    def watch(self, items: Iterable[ReportItem]) -> Iterator[ReportItem]:
        for item in items:
            if isinstance(item, RowError):
                self.input_errors += 1
            elif isinstance(item, SubjectResult):
                self.subjects += 1
                self.tripped += sum(1 for f in item.active if self.policy.trips(f))
            yield item
