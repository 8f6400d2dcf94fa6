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

    __slots__ = ("fields", "present", "plans")

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
        #: this rule's plans on this route, by the values of its fields (`_Group.keys`)
        self.plans: dict[Any, FindingPlan] = {}


class _Group:
    """The rules one payload fired, on its route: every field their keys read, each read once per listing
    (a rule's key is its own fields' values, picked from them; each rule keeps its plans by that key)."""

    __slots__ = ("fields", "present", "slots", "pickers")

    def __init__(self, slots: list[_Slot]):
        names = tuple(dict.fromkeys(name for slot in slots for name in slot.fields))
        #: (field, the first part of its dotted path): a fact without the latter has no nested value for it
        self.fields = tuple((name, name.split(".")[0]) for name in names)
        self.present = tuple(dict.fromkeys(name for slot in slots for name in slot.present))
        where = {name: index for index, name in enumerate((*names, *self.present))}
        self.slots = tuple(slots)
        self.pickers = tuple(_picker([where[name] for name in (*slot.fields, *slot.present)]) for slot in slots)

    def keys(self, fact: dict[str, Any]) -> list[Any]:
        """Each rule's key on this fact (`frozen` written out for the usual values: this runs on every
        payload's first listing)."""
        values: list[Any] = []
        append = values.append
        get = fact.get
        for name, head in self.fields:
            value = get(name, MISSING)
            kind = type(value)
            if kind is str:
                append(value)
            elif kind is bool:
                append(_TRUE if value else _FALSE)
            elif value is MISSING:
                append(MISSING if head not in fact else frozen(lookup(fact, name)))
            else:
                append(frozen(value))
        for name in self.present:
            append(name in fact)
        return [pick(values) for pick in self.pickers]


_TRUE, _FALSE = frozen(True), frozen(False)


def _picker(indices: list[int]) -> Callable[[list[Any]], Any]:
    """The values at ``indices``, as a tuple (one value alone when there is one; nothing when none)."""
    return itemgetter(*indices) if indices else _nothing


def _nothing(values: list[Any]) -> None:
    return None


class PlanCache:
    """Finding plans by (rule, route, the values they are made from): each rule's on a route in its `_Slot`;
    at most ``size`` in all, every one forgotten when there would be more (a synthetic pass needs about 200).
    Findings are built outside the engine's lock, by several threads in a service: lookups are single
    dict reads, and every change is made under the cache's own lock (changes are rare: a payload's second
    listing, a new set of fired rules)."""

    __slots__ = ("size", "_count", "_slots", "_groups", "_lock")

    def __init__(self, size: int):
        self.size = size
        self._count = 0
        self._slots: dict[tuple[RuleOutput, Shape], _Slot] = {}
        self._groups: dict[tuple[Shape, tuple[RuleOutput, ...]], _Group] = {}
        self._lock = threading.Lock()

    def group(self, outputs: tuple[RuleOutput, ...], shape: Shape) -> _Group:
        """The fired rules' group on this route."""
        group = self._groups.get((shape, outputs))
        if group is None:
            with self._lock:
                if len(self._slots) + len(outputs) > self.size:  # bounded too: a process may make a new engine per
                    self._slots.clear()  # scan (the scheduler), and each engine's rules are new slots' keys
                    self._groups.clear()
                slots = []
                for output in outputs:
                    slot = self._slots.get((output, shape))
                    if slot is None:
                        slot = self._slots[(output, shape)] = _Slot(output, shape)
                    slots.append(slot)
                if len(self._groups) >= self.size:
                    self._groups.clear()
                group = self._groups[(shape, outputs)] = _Group(slots)
        return group

    def find(self, outputs: tuple[RuleOutput, ...], fact: dict[str, Any],
             shape: Shape) -> tuple[list[FindingPlan | RuleOutput], list[Any] | None]:
        """Each output's plan when one was made for another payload, else the output itself (its finding is then
        made rule by rule: a plan costs more than that, and this payload may not come again); and the keys
        (None for a value that cannot be a key: no plan is shared), which hold for every listing of the payload."""
        group = self.group(outputs, shape)
        keys = group.keys(fact)
        found: list[FindingPlan | RuleOutput] = []
        try:
            for slot, key, output in zip(group.slots, keys, outputs):  # noqa: B905 (one length: the group's)
                plan = slot.plans.get(key)
                found.append(output if plan is None else plan)
        except TypeError:  # a value that cannot be a key
            return list(outputs), None
        return found, keys

    def plans(self, outputs: tuple[RuleOutput, ...], fact: dict[str, Any], basis: dict[str, str],
              shape: Shape, keys: list[Any] | None = None) -> tuple[FindingPlan, ...]:
        """Each output's plan on this fact: the one made for another payload with the same key, else a new one
        (``keys``: `find`'s, when it gave them)."""
        fixed, fixed_evidence, listing_fields = shape
        group = self.group(outputs, shape)
        if keys is None:
            try:
                keys = group.keys(fact)
                for key in keys:
                    hash(key)
            except TypeError:  # a value that cannot be a key: plans of this payload's own
                return tuple(FindingPlan(output, fact, basis, fixed, fixed_evidence, listing_fields)
                             for output in outputs)
        made = []
        with self._lock:
            for slot, key, output in zip(group.slots, keys, outputs, strict=True):
                plan = slot.plans.get(key)
                if plan is None:
                    plan = FindingPlan(output, fact, basis, fixed, fixed_evidence, listing_fields)
                    if self._count >= self.size:
                        self._forget()
                    slot.plans[key] = plan
                    self._count += 1
                made.append(plan)
        return tuple(made)

    def _forget(self) -> None:
        for slot in self._slots.values():
            slot.plans.clear()
        self._count = 0

    def clear(self) -> None:
        with self._lock:
            self._forget()

    def __len__(self) -> int:
        return self._count
