"""Condition operators: one registry entry per operator, each with its durable-rules form and its
plain-Python meaning.

The two must agree exactly; `tests/test_operators_contract.py` checks them against each other on
the same facts. Semantics (documented in README):
- comparison operators (eq, ne, in, not_in, gt, gte, lt, lte, matches, imatches) are false when the
  field is missing. They compare with constants only, never with another field (`$m`, whose missing
  field durable-rules gets wrong), and the engine tests a comparison only against a property the fact
  has, so no `$ex` guard is compiled beside them: each guard was one more passed node, at which the
  engine scans every property of the fact (events.c handleAlpha), about 10% of a round trip
  (docs/performance.md; tests/test_operators_contract.py and tests/test_durable_contract.py hold it);
- list operators treat a missing list as empty: `contains` is false, `not_contains` is true (facts
  never carry empty lists, so "missing" covers "empty");
- `exists: true|false` tests presence.
durable-rules has no `$in` and no single-fact `$not`: `in` becomes an `$or` of equalities and `not`
is pushed down to the leaves by `negate` below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crossguard.engine.regex_dialect import DialectError, matcher
from crossguard.engine.regex_probe import engine_disagreement
from crossguard.engine.subjects import FieldType

MISSING: Any = object()

#: durable-rules hangs with 512 sibling tests under one node and rejects facts with more than 64
#: true tests at one level; long value lists belong in a derived boolean field instead.
MAX_IN_VALUES = 32

Expr = dict[str, Any]


@dataclass(frozen=True)
class Operator:
    """name: YAML key; value_check: validates the rule's literal against the field's type and
    returns an error text or None; compile: (field, value) -> durable expression; test:
    (fact value or MISSING, literal) -> bool; inverse: operator name that negates it on a present
    field (None: cannot be negated)."""

    name: str
    field_types: frozenset[FieldType]
    value_check: Callable[[FieldType, Any], str | None]
    compile: Callable[[str, Any], Expr]
    test: Callable[[Any, Any], bool]
    inverse: str | None
    false_when_missing: bool = True  # comparison: false on a missing field


SCALARS = frozenset({FieldType.string, FieldType.number, FieldType.boolean})
ORDERED = frozenset({FieldType.number})
STRINGS = frozenset({FieldType.string})
LISTS = frozenset({FieldType.list})
ANY_TYPE = frozenset(FieldType)


def _scalar(field_type: FieldType, value: Any) -> str | None:
    return None if field_type.accepts(value) else f"value {value!r} is not a {field_type.value}"


def _value_list(field_type: FieldType, value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "needs a non-empty list of values"
    if len(value) > MAX_IN_VALUES:
        return f"lists over {MAX_IN_VALUES} values overload durable-rules: derive a boolean field instead"
    bad = [item for item in value if not field_type.accepts(item)]
    return f"values {bad!r} are not {field_type.value}s" if bad else None


def _list_item(field_type: FieldType, value: Any) -> str | None:
    return None if isinstance(value, str) else f"value {value!r} is not a string list item"


def _boolean(field_type: FieldType, value: Any) -> str | None:
    return None if isinstance(value, bool) else "needs true or false"


def _regex(ignore_case: bool) -> Callable[[FieldType, Any], str | None]:
    """Patterns in durable-rules' dialect (engine/regex_dialect.py) that the engine matches as meant."""

    def check(field_type: FieldType, value: Any) -> str | None:
        if not isinstance(value, str):
            return "needs a regular expression string"
        try:
            matcher(value, ignore_case)
        except DialectError as error:
            return f"bad regular expression {value!r} {error} (durable-rules' dialect: see README, Rule packs)"
        problem = engine_disagreement(value, ignore_case)
        return f"regular expression {value!r}: {problem}" if problem else None

    return check


def _present(value: Any) -> bool:
    return value is not MISSING


def _ordered(op: str, compare: Callable[[Any, Any], bool]) -> Operator:
    return Operator(
        name=op, field_types=ORDERED, value_check=_scalar,
        compile=lambda f, v: {f"${op}": {f: v}},
        test=lambda x, v: _present(x) and compare(x, v),
        inverse={"gt": "lte", "gte": "lt", "lt": "gte", "lte": "gt"}[op],
    )


def _regex_test(ignore_case: bool) -> Callable[[Any, Any], bool]:
    """Linear-time matching (no backtracking on untrusted text), with the engine's meaning."""

    def test(value: Any, pattern: str) -> bool:
        return isinstance(value, str) and matcher(pattern, ignore_case).fullmatch(value)

    return test


OPERATORS: dict[str, Operator] = {
    op.name: op
    for op in (
        Operator("eq", SCALARS, _scalar, lambda f, v: {f: v},
                 lambda x, v: _present(x) and x == v, "ne"),
        Operator("ne", SCALARS, _scalar, lambda f, v: {"$neq": {f: v}},
                 lambda x, v: _present(x) and x != v, "eq"),
        Operator("in", SCALARS, _value_list,
                 lambda f, v: {"$or": [{f: item} for item in v]} if len(v) > 1 else {f: v[0]},
                 lambda x, v: _present(x) and x in v, "not_in"),
        Operator("not_in", SCALARS, _value_list,
                 lambda f, v: {"$and": [{"$neq": {f: item}} for item in v]} if len(v) > 1 else {"$neq": {f: v[0]}},
                 lambda x, v: _present(x) and x not in v, "in"),
        _ordered("gt", lambda x, v: x > v),
        _ordered("gte", lambda x, v: x >= v),
        _ordered("lt", lambda x, v: x < v),
        _ordered("lte", lambda x, v: x <= v),
        Operator("exists", ANY_TYPE, _boolean,
                 lambda f, v: {"$ex" if v else "$nex": {f: 1}},
                 lambda x, v: _present(x) == v, None, false_when_missing=False),
        # durable-rules' $mt matches the whole value, in its own regex dialect (engine/regex_dialect.py).
        Operator("matches", STRINGS, _regex(False), lambda f, v: {"$mt": {f: v}}, _regex_test(False),
                 None),
        Operator("imatches", STRINGS, _regex(True), lambda f, v: {"$imt": {f: v}}, _regex_test(True),
                 None),
        Operator("contains", LISTS, _list_item, lambda f, v: {"$iany": {f: {"$i": v}}},
                 lambda x, v: _present(x) and v in x, "not_contains", false_when_missing=False),
        Operator("not_contains", LISTS, _list_item,
                 lambda f, v: {"$or": [{"$nex": {f: 1}}, {"$iall": {f: {"$neq": {"$i": v}}}}]},
                 lambda x, v: not _present(x) or v not in x, "contains", false_when_missing=False),
    )
}
