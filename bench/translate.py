"""The packs' listing rules translated, mechanically, into other forms for the benchmarks.

Each translation keeps the rule's whole meaning: its scope (the pack's jurisdiction as the fact's
region, markets, marketplaces), its date bounds on the evaluation day, and its condition with our
operator semantics (a comparison is false on a missing field; a missing list contains nothing).
The benchmarks check that every form finds exactly the (listing, rule) pairs crossguard finds
before timing any of them, so a translation error shows as a mismatch, not as a speed.

Forms: plain Python source (what a person would write by hand: `if` tests over the fact's keys),
Rego (OPA), rule-engine expressions and Cloud Custodian value filters. Only the operators the
default listing packs use are translated (`matches` is not), which the translators check.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from crossguard.engine.compiler import GLOBAL
from crossguard.engine.conditions import All, Any_, Leaf, Node, Not
from crossguard.engine.listing_facts import day_number
from crossguard.engine.packs import Pack, Rule

ORDERED = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def listing_rules(packs: list[Pack]) -> list[tuple[Rule, str]]:
    """Every listing rule with its pack's jurisdiction."""
    return [(rule, pack.spec.jurisdiction.upper()) for pack in packs for rule in pack.rules
            if rule.kind.name == "listing"]


def _bounds(rule: Rule) -> tuple[int | None, int | None] | None:
    """(first day, day after the last) of a rule's effect as day numbers; None: dormant, never fires."""
    if rule.dormant:
        return None
    until = rule.spec.effective_until
    return (day_number(rule.effective_from) if rule.effective_from else None,
            day_number(until) if until else None)


def _unsupported(leaf: Leaf) -> ValueError:
    return ValueError(f"operator {leaf.op!r} ({leaf.field}) has no translation here")


# -- plain Python ------------------------------------------------------------------------------


def _py_leaf(leaf: Leaf) -> str:
    key, value = repr(leaf.field), leaf.value
    if leaf.op == "eq":
        return f"f.get({key}, M) == {value!r}"
    if leaf.op == "in":
        return f"f.get({key}, M) in {tuple(value)!r}"
    if leaf.op in ("ne", "not_in") or leaf.op in ORDERED:
        test = {"ne": "!=", "not_in": "not in", **ORDERED}[leaf.op]
        literal = tuple(value) if leaf.op == "not_in" else value
        return f"({key} in f and f[{key}] {test} {literal!r})"
    if leaf.op == "exists":
        return f"({key} {'in' if value else 'not in'} f)"
    if leaf.op == "contains":
        return f"{value!r} in f.get({key}, ())"
    if leaf.op == "not_contains":
        return f"{value!r} not in f.get({key}, ())"
    raise _unsupported(leaf)


def _py(node: Node) -> str:
    if isinstance(node, Leaf):
        return _py_leaf(node)
    if isinstance(node, Not):
        return f"not ({_py(node.item)})"
    joiner = " and " if isinstance(node, All) else " or "
    return "(" + joiner.join(_py(item) for item in node.items) + ")"


def _py_scope(rule: Rule, jurisdiction: str) -> list[str]:
    applies = rule.spec.applies_to
    tests = [] if jurisdiction == GLOBAL else [f"region == {jurisdiction!r}"]
    if applies.markets:
        tests.append(f"f['market'] in {tuple(applies.markets)!r}")
    if applies.marketplaces:
        tests.append(f"f['marketplace'] in {tuple(applies.marketplaces)!r}")
    first, end = _bounds(rule) or (None, None)
    if first is not None:
        tests.append(f"day >= {first}")
    if end is not None:
        tests.append(f"day < {end}")
    return tests


def python_matcher(rules: list[tuple[Rule, str]]) -> Callable[[dict[str, Any]], list[str]]:
    """A function fact -> matched rule ids, written out as Python source (one `if` per rule) and compiled."""
    lines = ["def match(f):", "    found = []", "    region = f.get('region')", "    day = f['day']"]
    for rule, jurisdiction in rules:
        if _bounds(rule) is None:
            continue
        lines.append(f"    if {' and '.join([*_py_scope(rule, jurisdiction), _py(rule.condition)])}:")
        lines.append(f"        found.append({rule.id!r})")
    lines.append("    return found")
    namespace: dict[str, Any] = {"M": object()}
    exec(compile("\n".join(lines), "<python_matcher>", "exec"), namespace)  # noqa: S102 - our own generated code
    return namespace["match"]


# -- Rego (OPA) --------------------------------------------------------------------------------


def _rego_value(value: Any) -> str:
    return json.dumps(value)


def _rego_leaf(leaf: Leaf) -> str:
    ref, value = f"input[{json.dumps(leaf.field)}]", leaf.value
    if leaf.op == "eq":
        return f"{ref} == {_rego_value(value)}"
    if leaf.op == "ne":
        return f"{ref} != {_rego_value(value)}"
    if leaf.op in ORDERED:
        return f"{ref} {ORDERED[leaf.op]} {_rego_value(value)}"
    if leaf.op == "in":
        return f"{ref} in {{{', '.join(map(_rego_value, value))}}}"
    if leaf.op == "not_in":
        return f"{ref} != null; not {ref} in {{{', '.join(map(_rego_value, value))}}}"
    if leaf.op == "exists":
        return f"{ref} != null" if value else f"not {ref} != null"
    if leaf.op == "contains":
        return f"{_rego_value(value)} in {ref}"
    if leaf.op == "not_contains":
        return f"not {_rego_value(value)} in {ref}"
    raise _unsupported(leaf)


class _RegoWriter:
    """Rego bodies are conjunctions: an `any` becomes a helper rule defined once per branch, and a
    `not` over more than one leaf a helper rule negated."""

    def __init__(self) -> None:
        self.helpers: list[str] = []
        self._names = itertools.count()

    def helper(self, bodies: list[list[str]]) -> str:
        name = f"h{next(self._names)}"
        for body in bodies:
            self.helpers.append(f"{name} if {{\n  " + "\n  ".join(body) + "\n}")
        return name

    def body(self, node: Node) -> list[str]:
        if isinstance(node, Leaf):
            return [_rego_leaf(node)]
        if isinstance(node, All):
            return [line for item in node.items for line in self.body(item)]
        if isinstance(node, Any_):
            return [self.helper([self.body(item) for item in node.items])]
        inner = self.body(node.item)
        if len(inner) == 1 and ";" not in inner[0] and not inner[0].startswith("not "):
            return [f"not {inner[0]}"]
        return [f"not {self.helper([inner])}"]


def rego_module(rules: list[tuple[Rule, str]]) -> str:
    """A Rego v1 module whose `matched` set holds the ids of the rules the input fact matches."""
    writer = _RegoWriter()
    parts = ["package crossguard", "import rego.v1"]
    for rule, jurisdiction in rules:
        bounds = _bounds(rule)
        if bounds is None:
            continue
        applies = rule.spec.applies_to
        body = [] if jurisdiction == GLOBAL else [f"input.region == {json.dumps(jurisdiction)}"]
        if applies.markets:
            body.append(f"input.market in {{{', '.join(map(json.dumps, applies.markets))}}}")
        if applies.marketplaces:
            body.append(f"input.marketplace in {{{', '.join(map(json.dumps, applies.marketplaces))}}}")
        if bounds[0] is not None:
            body.append(f"input.day >= {bounds[0]}")
        if bounds[1] is not None:
            body.append(f"input.day < {bounds[1]}")
        body += writer.body(rule.condition)
        parts.append(f"matched contains {json.dumps(rule.id)} if {{\n  " + "\n  ".join(body) + "\n}")
    return "\n\n".join(parts + writer.helpers) + "\n"


# -- rule-engine -------------------------------------------------------------------------------


def symbol(field: str) -> str:
    """rule-engine symbols are identifiers: `cls.radio` becomes `cls__radio` (facts are keyed the same)."""
    return field.replace(".", "__")


def _re_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    return repr(value)


def _re_leaf(leaf: Leaf) -> str:
    name, value = symbol(leaf.field), leaf.value
    present = f"{name} != null"
    if leaf.op == "eq":
        return f"({present} and {name} == {_re_value(value)})"
    if leaf.op == "ne":
        return f"({present} and {name} != {_re_value(value)})"
    if leaf.op in ORDERED:
        return f"({present} and {name} {ORDERED[leaf.op]} {_re_value(value)})"
    if leaf.op in ("in", "not_in"):
        items = "[" + ", ".join(map(_re_value, value)) + "]"
        member = f"{name} in {items}"
        return f"({present} and {member if leaf.op == 'in' else f'not ({member})'})"
    if leaf.op == "exists":
        return f"({present})" if value else f"({name} == null)"
    if leaf.op == "contains":
        return f"({present} and {_re_value(value)} in {name})"
    if leaf.op == "not_contains":
        return f"({name} == null or {_re_value(value)} not in {name})"
    raise _unsupported(leaf)


def _re(node: Node) -> str:
    if isinstance(node, Leaf):
        return _re_leaf(node)
    if isinstance(node, Not):
        return f"not ({_re(node.item)})"
    return "(" + (" and " if isinstance(node, All) else " or ").join(_re(item) for item in node.items) + ")"


def rule_engine_texts(rules: list[tuple[Rule, str]]) -> dict[str, str]:
    """rule-engine expression text per rule id."""
    texts = {}
    for rule, jurisdiction in rules:
        bounds = _bounds(rule)
        if bounds is None:
            continue
        applies = rule.spec.applies_to
        tests = [] if jurisdiction == GLOBAL else [f"region == {json.dumps(jurisdiction)}"]
        if applies.markets:
            tests.append(f"market in [{', '.join(map(json.dumps, applies.markets))}]")
        if applies.marketplaces:
            tests.append(f"marketplace in [{', '.join(map(json.dumps, applies.marketplaces))}]")
        if bounds[0] is not None:
            tests.append(f"day >= {bounds[0]}")
        if bounds[1] is not None:
            tests.append(f"day < {bounds[1]}")
        texts[rule.id] = " and ".join([*tests, _re(rule.condition)])
    return texts


# -- Cloud Custodian ---------------------------------------------------------------------------


def _c7n_leaf(leaf: Leaf) -> dict[str, Any]:
    key, value = leaf.field, leaf.value
    present = {"type": "value", "key": key, "value": "present"}
    absent = {"type": "value", "key": key, "value": "absent"}
    if leaf.op == "exists":
        return present if value else absent
    if leaf.op in ("eq", "ne", *ORDERED):
        return {"and": [present, {"type": "value", "key": key, "op": leaf.op, "value": value}]}
    if leaf.op in ("in", "not_in"):
        op = "in" if leaf.op == "in" else "not-in"
        return {"and": [present, {"type": "value", "key": key, "op": op, "value": list(value)}]}
    if leaf.op == "contains":
        return {"and": [present, {"type": "value", "key": key, "op": "contains", "value": value}]}
    if leaf.op == "not_contains":
        return {"or": [absent, {"not": [{"type": "value", "key": key, "op": "contains", "value": value}]}]}
    raise _unsupported(leaf)


def _c7n(node: Node) -> dict[str, Any]:
    if isinstance(node, Leaf):
        return _c7n_leaf(node)
    if isinstance(node, Not):
        return {"not": [_c7n(node.item)]}
    return {"and" if isinstance(node, All) else "or": [_c7n(item) for item in node.items]}


def custodian_filters(rules: list[tuple[Rule, str]]) -> dict[str, dict[str, Any]]:
    """A Cloud Custodian filter block (value filters under and/or/not) per rule id."""
    filters = {}
    for rule, jurisdiction in rules:
        bounds = _bounds(rule)
        if bounds is None:
            continue
        applies = rule.spec.applies_to
        tests: list[dict[str, Any]] = []
        if jurisdiction != GLOBAL:
            tests.append({"type": "value", "key": "region", "value": jurisdiction})
        if applies.markets:
            tests.append({"type": "value", "key": "market", "op": "in", "value": list(applies.markets)})
        if applies.marketplaces:
            tests.append({"type": "value", "key": "marketplace", "op": "in", "value": list(applies.marketplaces)})
        if bounds[0] is not None:
            tests.append({"type": "value", "key": "day", "op": "gte", "value": bounds[0]})
        if bounds[1] is not None:
            tests.append({"type": "value", "key": "day", "op": "lt", "value": bounds[1]})
        filters[rule.id] = {"and": [*tests, _c7n(rule.condition)]}
    return filters


def evaluation_day(at: date) -> int:
    return day_number(at)
