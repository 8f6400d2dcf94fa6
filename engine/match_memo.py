"""The engine's answers kept by the exact text it was sent: the same payload fires the same rules.

A listing's payload holds every key the rules of its route read (compiler.read_fields: the
conditions' fields, the scope and the evaluation day), each as the engine sees it (fields tested only
for presence as ``true``: compiler.presence_only). The engine keeps no state between two listings: each
fact is asserted, its matches read, then retracted, and rules never join facts. So two listings
whose payloads are the same text fire the same rules, and the second needs no round trip. Catalogs
repeat payloads heavily (a product kind, its certificates and its markets; most listings of real
catalogs carry no more), so a bounded memo answers most listings: docs/performance.md has the hit
rates. tests/test_match_memo.py checks that every field a compiled rule reads is in the payload.

A :class:`Match` also keeps what its findings share across those listings (finding_builder.FindingPlan),
made once from the first listing that needs them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from crossguard.engine.finding_builder import FindingPlan, RuleOutput
from crossguard.engine.findings import ALLOW, BLOCK, REVIEW


def decision_of(matched: Iterable[RuleOutput]) -> str:
    """`findings.decide` over matched rules: block if one blocks the listing, else review if one asks for it."""
    review = False
    for output in matched:
        if output.blocks:
            return BLOCK
        review = review or output.reviews
    return REVIEW if review else ALLOW


class Match:
    """The rules one payload fired (in firing order, each once), the decision they make, and their
    finding plans (`plans`)."""

    __slots__ = ("outputs", "decision", "_shape", "_plans")

    def __init__(self, outputs: tuple[RuleOutput, ...], shape: tuple[frozenset[str], frozenset[str], frozenset[str]]):
        self.outputs = outputs
        self.decision = decision_of(outputs)
        #: the route's (fields sent by value, of those the evidence fields without a basis, listing fields)
        self._shape = shape
        self._plans: tuple[FindingPlan, ...] | bool = False

    def plans(self, fact: dict[str, Any], basis: dict[str, str]) -> tuple[FindingPlan, ...] | None:
        """Each matched rule's finding plan, made from the second listing fact that asks (any fact
        whose payload is this match's text gives the same plans); None the first time, when a plan
        would cost more than it saves if no other listing sends this payload."""
        plans = self._plans
        if plans is False:
            self._plans = True
            return None
        if plans is True:
            fixed, fixed_evidence, listing_fields = self._shape
            plans = self._plans = tuple(FindingPlan(output, fact, basis, fixed, fixed_evidence, listing_fields)
                                        for output in self.outputs)
        return plans  # type: ignore[return-value]


class MatchMemo:
    """A bounded LRU of :class:`Match` by (route, payload text); ``size`` 0 keeps nothing (every
    listing goes to the engine). Callers hold the engine's lock around `get`/`put`."""

    __slots__ = ("size", "hits", "misses", "_items")

    def __init__(self, size: int = 4096):
        self.size = size
        self.hits = self.misses = 0
        self._items: OrderedDict[tuple[Any, ...], Match] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> Match | None:
        found = self._items.get(key)
        if found is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return found

    def put(self, key: tuple[Any, ...], match: Match) -> None:
        if self.size > 0:
            self._items[key] = match
            if len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget every answer and reset the counters."""
        self._items.clear()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0
