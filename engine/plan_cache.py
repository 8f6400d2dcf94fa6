"""Finding plans shared by every payload that gives a rule the same plan, not made once per payload.

A rule's `FindingPlan` on a route depends on the listing fact only through the values of a few fields:
the placeholders of its message and remediation that the payload carries by value (filled into the
plan), and the evidence fields it shows that the payload carries by value and have no basis (their
evidence items are made in the plan), plus, for a rule with an `any:`, which evidence fields its held
branches show. Payloads differ in many other fields (a product kind's other rules, the certificates,
the day), so the synthetic catalog's 1,516 payloads need 8,808 plans but only 214 distinct ones: the
second listing of each payload used to make all of its plans (about 10 µs each), which put it in the
check's p99 beside the payload's first listing. The key holds each such value with its type (`1`,
`1.0` and `True` are equal in Python but shown differently), so equal keys give equal plans.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from crossguard.engine.conditions import leaves, lookup
from crossguard.engine.finding_builder import FindingPlan, RuleOutput
from crossguard.engine.operators import MISSING

#: A route's (fields sent by value, of those the evidence fields without a basis, listing fields): `Match._shape`
Shape = tuple[frozenset[str], frozenset[str], frozenset[str]]


def frozen(value: Any) -> Any:
    """A hashable stand-in for a fact value, equal only for values shown and serialised the same way."""
    kind = type(value)
    if kind is str:
        return value
    if kind is list or kind is tuple:
        return kind, tuple(map(frozen, value))
    if kind is float:
        return kind, value.hex()  # -0.0 == 0.0, but they are written differently
    if kind is dict:
        return kind, tuple((key, frozen(item)) for key, item in value.items())
    return kind, value


class _Slot:
    """One rule on one route: the fields its plan's key reads. Hashed by identity (a part of the keys).

    Those are the placeholders the payload carries by value, and the evidence fields it carries by value
    without a basis. For a rule with an `any:`, which evidence fields show depends on which branches
    hold, and they read only the rule's own fields: their values (fields the payload carries by value)
    and their presence (fields it carries only as present, which the rules test for nothing else) are
    in the key instead, so no branch is evaluated to make it."""

    __slots__ = ("fields", "present")

    def __init__(self, output: RuleOutput, shape: Shape):
        fixed, fixed_evidence, _ = shape
        names = [name for _, name in (*output.message_parts[0], *output.remediation_parts[0]) if name in fixed]
        present: list[str] = []
        if output.evidence_fields is not None:
            names += [name for name in output.evidence_fields if name in fixed_evidence]
        else:
            for leaf in leaves(output.rule.condition):
                (names if leaf.field in fixed else present).append(leaf.field)
        self.fields = tuple(dict.fromkeys(names))
        self.present = tuple(dict.fromkeys(present))


class _Group:
    """The rules one payload fired, on its route: every field their keys read, each read once per listing
    (a rule's key is its slot and its own fields' values, picked from them)."""

    __slots__ = ("fields", "present", "parts")

    def __init__(self, slots: list[_Slot]):
        names = tuple(dict.fromkeys(name for slot in slots for name in slot.fields))
        #: (field, the first part of its dotted path): a fact without the latter has no nested value for it
        self.fields = tuple((name, name.split(".")[0]) for name in names)
        self.present = tuple(dict.fromkeys(name for slot in slots for name in slot.present))
        where = {name: index for index, name in enumerate((*names, *self.present))}
        self.parts = tuple((slot, _picker([where[name] for name in (*slot.fields, *slot.present)])) for slot in slots)

    def keys(self, fact: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Each rule's key on this fact (`frozen` written out for the usual values: this runs on every
        payload's first listing)."""
        values: list[Any] = []
        get = fact.get
        for name, head in self.fields:
            value = get(name, MISSING)
            kind = type(value)
            if kind is str:
                values.append(value)
            elif kind is bool:
                values.append((kind, value))
            elif value is MISSING:
                values.append(MISSING if head not in fact else frozen(lookup(fact, name)))
            else:
                values.append(frozen(value))
        for name in self.present:
            values.append(name in fact)
        return [(slot, pick(values)) for slot, pick in self.parts]


def _picker(indices: list[int]) -> Callable[[list[Any]], Any]:
    """The values at ``indices``, as a tuple (one value alone when there is one; nothing when none)."""
    return itemgetter(*indices) if indices else _nothing


def _nothing(values: list[Any]) -> None:
    return None


class PlanCache:
    """Finding plans by (rule, route, the values they are made from); at most ``size``, the oldest
    forgotten first. Findings are built outside the engine's lock, by several threads in a service:
    lookups are single dict reads, and every change is made under the cache's own lock (changes are rare:
    a payload's second listing, a new set of fired rules)."""

    __slots__ = ("size", "_plans", "_slots", "_groups", "_lock")

    def __init__(self, size: int):
        self.size = size
        self._plans: dict[tuple[Any, ...], FindingPlan] = {}
        self._slots: dict[tuple[RuleOutput, Shape], _Slot] = {}
        self._groups: dict[tuple[Shape, tuple[RuleOutput, ...]], _Group] = {}
        self._lock = threading.Lock()

    def keys(self, outputs: tuple[RuleOutput, ...], fact: dict[str, Any], shape: Shape) -> list[tuple[Any, ...]]:
        """Each output's key on this fact."""
        group = self._groups.get((shape, outputs))
        if group is None:
            with self._lock:
                slots = []
                for output in outputs:
                    slot = self._slots.get((output, shape))
                    if slot is None:
                        slot = self._slots[(output, shape)] = _Slot(output, shape)
                    slots.append(slot)
                if len(self._groups) >= self.size:
                    self._groups.clear()
                group = self._groups[(shape, outputs)] = _Group(slots)
        return group.keys(fact)

    def find(self, outputs: tuple[RuleOutput, ...], fact: dict[str, Any],
             shape: Shape) -> list[FindingPlan | RuleOutput]:
        """Each output's plan when one was made for another payload, else the output itself (its finding is then
        made rule by rule: a plan costs more than that, and this payload may not come again)."""
        get = self._plans.get
        try:
            found = [get(key) for key in self.keys(outputs, fact, shape)]
        except TypeError:  # a value that cannot be a key: no plan is shared
            return list(outputs)
        return [output if plan is None else plan for output, plan in zip(outputs, found, strict=True)]

    def plans(self, outputs: tuple[RuleOutput, ...], fact: dict[str, Any], basis: dict[str, str],
              shape: Shape) -> tuple[FindingPlan, ...]:
        """Each output's plan on this fact: the one made for another payload with the same key, else a new one."""
        fixed, fixed_evidence, listing_fields = shape
        try:
            keys: list[Any] = self.keys(outputs, fact, shape)
            for key in keys:
                hash(key)
        except TypeError:  # a value that cannot be a key: plans of this payload's own
            keys = [None] * len(outputs)
        plans = self._plans
        made = []
        with self._lock:
            for output, key in zip(outputs, keys, strict=True):
                plan = None if key is None else plans.get(key)
                if plan is None:
                    plan = FindingPlan(output, fact, basis, fixed, fixed_evidence, listing_fields)
                    if key is not None:
                        plans[key] = plan
                        if len(plans) > self.size:
                            del plans[next(iter(plans))]
                made.append(plan)
        return tuple(made)

    def clear(self) -> None:
        with self._lock:
            self._plans.clear()

    def __len__(self) -> int:
        return len(self._plans)
