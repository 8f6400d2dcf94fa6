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
made once from the first listing that needs them, and shared with other payloads that give a rule the same
plan (engine/plan_cache.py): the memo holds those plans and forgets them with its answers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from crossguard.engine.finding_builder import FindingPlan, RuleOutput
from crossguard.engine.findings import ALLOW, BLOCK, REVIEW
from crossguard.engine.plan_cache import PlanCache


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

    __slots__ = ("outputs", "decision", "_shape", "_plans", "_shared", "_keys")

    def __init__(self, outputs: tuple[RuleOutput, ...], shape: tuple[frozenset[str], frozenset[str], frozenset[str]],
                 shared: PlanCache | None = None):
        self.outputs = outputs
        self.decision = decision_of(outputs)
        #: the route's (fields sent by value, of those the evidence fields without a basis, listing fields)
        self._shape = shape
        self._plans: tuple[FindingPlan, ...] | bool = False
        #: plans made for other payloads (the memo's), or None: this match's own, made on its second use
        self._shared = shared
        #: the rules' plan keys, found on the first listing (`PlanCache.find`) and used again on the second
        self._keys: list[Any] | None = None

    def plans(self, fact: dict[str, Any],
              basis: dict[str, str]) -> tuple[FindingPlan, ...] | list[FindingPlan | RuleOutput] | None:
        """Each matched rule's finding plan (any fact whose payload is this match's text gives the same
        plans). The first time: the plans already made for other payloads, with the output itself for a
        rule that has none yet (a list; None without shared plans), since a new plan costs more than it
        saves if no other listing sends this payload; from the second time, a tuple of them all."""
        plans = self._plans
        if type(plans) is tuple:
            return plans
        shared = self._shared
        if plans is False:
            self._plans = True
            if shared is None:
                return None
            found, self._keys = shared.find(self.outputs, fact, self._shape)
            for item in found:
                if type(item) is not FindingPlan:
                    return found
            plans = self._plans = tuple(found)  # type: ignore[arg-type]
            return plans
        fixed, fixed_evidence, listing_fields = self._shape
        if shared is None:
            plans = self._plans = tuple(FindingPlan(output, fact, basis, fixed, fixed_evidence, listing_fields)
                                        for output in self.outputs)
        else:
            plans = self._plans = shared.plans(self.outputs, fact, basis, self._shape, self._keys)
        return plans


class MatchMemo:
    """A bounded LRU of :class:`Match` by (route, payload text); ``size`` 0 keeps nothing (every
    listing goes to the engine). Callers hold the engine's lock around `get`/`put`."""

    __slots__ = ("_size", "hits", "misses", "_items", "_plans", "parts")

    def __init__(self, size: int = 4096):
        self._plans = PlanCache(4 * size)
        #: the rules each part of a payload fired (engine/match_parts.py), as positions in its route; forgotten all
        #: at once at four times the size (a pass over check_bench's 4,000 synthetic products keeps about 400)
        self.parts: dict[tuple[Any, ...], tuple[int, ...]] = {}
        self.size = size
        self.hits = self.misses = 0
        self._items: OrderedDict[tuple[Any, ...], Match] = OrderedDict()

    @property
    def size(self) -> int:
        return self._size

    @size.setter
    def size(self, size: int) -> None:
        """Answers kept at most; the shared plans are bounded with it (four per answer)."""
        self._size = size
        self._plans.size = 4 * size

    @property
    def plans(self) -> PlanCache | None:
        """The finding plans its matches share (`Match`), or None when it keeps nothing."""
        return self._plans if self._size > 0 else None

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

    def put_part(self, key: tuple[Any, ...], fired: tuple[int, ...]) -> None:
        """What one part of a payload fired; nothing is kept when the memo keeps nothing."""
        parts = self.parts
        if len(parts) >= 4 * self._size:
            parts.clear()
        if self._size > 0:
            parts[key] = fired

    def clear(self) -> None:
        """Forget every answer and reset the counters."""
        self._items.clear()
        self._plans.clear()
        self.parts.clear()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0
