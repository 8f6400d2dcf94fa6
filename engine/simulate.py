"""What a rule pack change would do: findings added, removed and changed, listings newly blocked or
unblocked, between a baseline (the old packs' findings, or the register's) and the new packs'.

Pure: callers feed findings unit by unit (one catalog entry, or the seller data) with `compare`,
so only the differences are kept, whatever the catalog's size; baseline findings left over at the
end (`finish`) are on subjects the candidate never looked at, e.g. register findings of listings
no longer in the catalog, which a scan of that catalog would resolve. A finding is the same finding
when its fingerprint (rule id + subject) is the same; a same finding whose severity or blocking
changed is "changed". A listing is blocked when any of its findings blocks listing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FindingRef:
    """The part of a finding a simulation reports."""

    fingerprint: str
    rule_id: str
    pack_id: str
    subject_kind: str
    subject: str
    market: str | None
    severity: str
    blocks_listing: bool

    @classmethod
    def of(cls, finding: Any) -> FindingRef:
        severity = getattr(finding.severity, "value", finding.severity)
        return cls(finding.fingerprint, finding.rule_id, finding.pack_id, finding.subject_kind, finding.subject,
                   finding.market, str(severity), bool(finding.blocks_listing))

    def to_json(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "rule_id": self.rule_id, "pack": self.pack_id,
                "subject_kind": self.subject_kind, "subject": self.subject, "market": self.market,
                "severity": self.severity, "blocks_listing": self.blocks_listing}


@dataclass
class Simulation:
    added: list[FindingRef] = field(default_factory=list)
    removed: list[FindingRef] = field(default_factory=list)
    changed: list[tuple[FindingRef, FindingRef]] = field(default_factory=list)
    #: listing subject -> the new blocking rules, for listings blocked now and not before
    newly_blocked: dict[str, list[str]] = field(default_factory=dict)
    #: listing subject -> the old blocking rules, for listings blocked before and not now
    unblocked: dict[str, list[str]] = field(default_factory=dict)
    #: listing subjects compared
    listings: int = 0
    #: removed findings on subjects the candidate did not evaluate (not in the catalog or data)
    removed_unseen: int = 0

    def by_rule(self) -> list[tuple[str, str, int, int, int]]:
        """(rule id, pack, added, removed, changed), by rule id."""
        counts: dict[tuple[str, str], list[int]] = {}
        for column, refs in ((0, self.added), (1, self.removed), (2, [new for _, new in self.changed])):
            for ref in refs:
                counts.setdefault((ref.rule_id, ref.pack_id), [0, 0, 0])[column] += 1
        return [(rule, pack, v[0], v[1], v[2]) for (rule, pack), v in sorted(counts.items())]

    def by_market(self) -> list[tuple[str, int, int, int]]:
        """(market or '-' for subjects without one, added, removed, changed), by market: a change of
        severity alone is a market's news too, so it is never a market with nothing to say."""
        added = Counter(ref.market or "-" for ref in self.added)
        removed = Counter(ref.market or "-" for ref in self.removed)
        changed = Counter(new.market or "-" for _, new in self.changed)
        return [(market, added[market], removed[market], changed[market])
                for market in sorted(added | removed | changed)]


def _blocking(refs: Iterable[FindingRef]) -> dict[str, list[str]]:
    blocked: dict[str, list[str]] = {}
    for ref in refs:
        if ref.blocks_listing and ref.subject_kind == "listing":
            blocked.setdefault(ref.subject, []).append(ref.rule_id)
    return blocked


class SimulationBuilder:
    """Accumulates the differences unit by unit."""

    def __init__(self) -> None:
        self.result = Simulation()

    def compare(self, baseline: Iterable[Any], candidate: Iterable[Any], listings: Iterable[str] = ()) -> None:
        """One unit: the findings before and after on the same subjects (listings: the unit's listing
        subjects, for the blocked / unblocked lists)."""
        old = {ref.fingerprint: ref for ref in map(FindingRef.of, baseline)}
        new = {ref.fingerprint: ref for ref in map(FindingRef.of, candidate)}
        result = self.result
        result.listings += len(set(listings))
        result.added.extend(ref for key, ref in new.items() if key not in old)
        result.removed.extend(ref for key, ref in old.items() if key not in new)
        result.changed.extend((old[key], ref) for key, ref in new.items()
                              if key in old and (old[key].severity, old[key].blocks_listing)
                              != (ref.severity, ref.blocks_listing))
        before, after = _blocking(old.values()), _blocking(new.values())
        result.newly_blocked.update({s: rules for s, rules in after.items() if s not in before})
        result.unblocked.update({s: rules for s, rules in before.items() if s not in after})

    def finish(self, unseen_baseline: Iterable[Any] = ()) -> Simulation:
        """Baseline findings on subjects never compared are removed (a scan would resolve them)."""
        refs = [FindingRef.of(finding) for finding in unseen_baseline]
        self.result.removed.extend(refs)
        self.result.removed_unseen += len(refs)
        return self.result
