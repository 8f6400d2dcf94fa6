"""A route's rules in parts (one per pack), so a payload the engine has not seen may still be answered from memory.

The memo (engine/match_memo.py) keys a listing by its whole payload: a listing whose value of any field any rule
of its route reads is new goes to durable-rules. But rules never join facts and never see each other's answers,
so which of one pack's rules a fact fires depends only on the fields those rules read, and only on the rules in
force for the fact: the rule's scope (its markets and marketplaces, compared for equality) and its date bounds,
tested as the compiled rule tests them (`compiler.in_force`, beside the compiled tests). A part is the rules of one
pack in force for a (market, marketplace, day); its key is the payload cut down to the fields its rules'
conditions read, encoded as the payload encodes them. When every part of a listing has been answered before, the
rules it fires are the union of the parts' answers, in the route's order: the order in which the engine fires a
fact's rules (tests/test_match_parts.py compares both on the examples at every date bound). On the synthetic
catalog a pass's listings that need the engine fall from 7.6% to 1.5% (docs/performance.md, branch p99f).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from crossguard.engine import engine_json
from crossguard.engine.compiler import Route, in_force, presence_only
from crossguard.engine.conditions import leaves
from crossguard.engine.listing_facts import listing_key
from crossguard.engine.packs import Rule


@dataclass(slots=True, eq=False)  # hashed by identity: a part of the parts memo's keys
class Part:
    """One pack's rules of a route in force for one (market, marketplace, day): their positions in the route, and
    the keys of their payload (as `evaluator._Shape` splits them: the product's half, the listing's, a whole fact's,
    each by value and as present); their pack, whose ruleset answers the part alone (`compiler.compile_pack_rulesets`),
    and the scope fields its compiled rules read that its key leaves out (the type tag, market, marketplace, day)."""

    positions: frozenset[int]
    product: tuple[tuple[str, ...], tuple[str, ...]]
    listing: tuple[tuple[str, ...], tuple[str, ...]]
    whole: tuple[tuple[str, ...], tuple[str, ...]]
    pack: tuple[str, str] = ("", "")
    scope: tuple[str, ...] = ()


#: The fields the compiled scope and date bounds read (`compiler.compile_rule`), in the order a part's fact
#: carries them after its key's fields.
SCOPE = ("t", "market", "marketplace", "day")


def _split(keys: Iterable[str], presence: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    keys = tuple(keys)
    return tuple(k for k in keys if k not in presence), tuple(k for k in keys if k in presence)


def _part(rules: list[tuple[int, Rule]]) -> Part:
    names = {leaf.field for _, rule in rules for leaf in leaves(rule.condition)}
    fields = sorted(names | {name.split(".")[0] for name in names})
    presence = presence_only([rule for _, rule in rules])
    listing = [key for key in fields if listing_key(key)]
    first = rules[0][1]
    return Part(frozenset(position for position, _ in rules), _split((k for k in fields if not listing_key(k)),
                presence), _split(listing, presence), _split(fields, presence), (first.kind.name, first.pack_id),
                tuple(key for key in SCOPE if key not in fields))


#: (market, marketplace, day) triples whose parts a route keeps.
PARTS_KEPT = 256
#: listing texts whose parts' listing keys one (market, marketplace, day) keeps (`InForce.owns`)
OWNS_KEPT = 1024


class InForce:
    """The parts in force for one (market, marketplace, day), in the route's order, with each part's listing key
    by the listing's own payload text (the evaluator's `payload_key`): a part's listing key is that text cut down
    to the part's fields, so listings whose own fields are the same text (most listings in one market) share
    their parts' listing keys, made once (evaluator.`Evaluator._owns`). Hashed by identity: a product keeps its
    parts' product halves by it (`ProductFacts.payloads`)."""

    __slots__ = ("parts", "owns", "tails")

    def __init__(self, parts: tuple[Part, ...], scope: dict[str, Any]):
        self.parts = parts
        self.owns: dict[str, tuple[str, ...]] = {}
        #: each part's scope fields as JSON members (`"t":"listing","market":"DE",...`): what its fact carries
        #: besides its key's fields when its pack's ruleset is asked (evaluator.`Evaluator._asked`)
        self.tails = {part: ",".join(f'"{key}":{engine_json.dumps(scope[key])}' for key in part.scope if key in scope)
                      for part in parts}

    def __iter__(self) -> Iterator[Part]:
        return iter(self.parts)


class RouteParts:
    """A route's rules (in the route's order: the engine's firing order) by pack, and their parts by
    (market, marketplace, day), made on first use (one part for the same rules, whichever triple chose them)."""

    __slots__ = ("rules", "_packs", "_parts", "_made", "_kind")

    def __init__(self, route: Route):
        self._kind = route.rulesets[0].subject if route.rulesets else ""
        self.rules: tuple[Rule, ...] = tuple(rule for ruleset in route.rulesets for rule in ruleset.rules.values())
        packs: dict[str, list[tuple[int, Rule]]] = {}
        for position, rule in enumerate(self.rules):
            packs.setdefault(rule.pack_id, []).append((position, rule))
        self._packs = list(packs.values())
        self._parts: dict[tuple[str, str, int], InForce] = {}
        #: each part by the positions of its rules
        self._made: dict[frozenset[int], Part] = {}

    @property
    def useful(self) -> bool:
        """Whether the route has more than one pack: with one, a part is the whole payload again."""
        return len(self._packs) > 1

    def parts(self, market: Any, marketplace: Any, day: Any) -> InForce | None:
        """The parts in force for a fact, or None when its scope values are not plain text and a day number (the
        engine then answers it as a whole)."""
        if type(market) is not str or type(marketplace) is not str or type(day) is not int:
            return None
        key = (market, marketplace, day)
        found = self._parts.get(key)
        if found is None:
            if len(self._parts) >= PARTS_KEPT:  # a long-lived server meets new days; markets are few
                self._parts.clear()  # `_made` stays: bounded by rule subsets; the memo keys on it
            chosen = ([item for item in pack if in_force(item[1], market, marketplace, day)] for pack in self._packs)
            found = self._parts[key] = InForce(tuple(self._made.get(frozenset(position for position, _ in rules))
                                                     or self._make(rules) for rules in chosen if rules),
                                               {"t": self._kind, "market": market, "marketplace": marketplace,
                                                "day": day})
        return found

    def _make(self, rules: list[tuple[int, Rule]]) -> Part:
        """One part for the same rules in force whatever the market, marketplace or day that chose them: a pack's
        rules without a scope answer a listing in DE as one in FR when the fields they read are the same."""
        part = self._made[frozenset(position for position, _ in rules)] = _part(rules)
        return part
