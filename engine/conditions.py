"""Rule conditions: parsed from YAML into a small tree, then compiled to durable-rules or
evaluated in Python.

YAML shape: a node is `{all: [nodes]}`, `{any: [nodes]}`, `{not: node}` or a leaf
`{field: dotted.path, <operator>: value}`. Parsing reports problems with the path inside the rule
(`when.all[1].gt`) so the pack loader can turn it into a file line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crossguard.engine.operators import MISSING, OPERATORS, Expr
from crossguard.engine.subjects import SubjectKind

Path = tuple[str | int, ...]


class ConditionError(ValueError):
    """A condition's problems, each with its path inside the rule. Parsing goes on past a bad leaf, so
    `problems` holds every one found in the tree (one `validate` run names them all); `path` and
    `message` are the first one's."""

    def __init__(self, path: Path, message: str, problems: tuple[ConditionError, ...] = ()):
        super().__init__(message)
        self.path = path
        self.message = message
        self.problems = problems or (self,)

    @classmethod
    def of(cls, errors: list[ConditionError]) -> ConditionError:
        """One error carrying the problems of all of these."""
        problems = tuple(problem for error in errors for problem in error.problems)
        return cls(problems[0].path, problems[0].message, problems)


@dataclass(frozen=True)
class Leaf:
    field: str
    op: str
    value: Any


@dataclass(frozen=True)
class All:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Any_:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Leaf | All | Any_ | Not


def parse(raw: Any, kind: SubjectKind, path: Path = ("when",), negated: bool = False) -> Node:
    """Parse and type-check a condition against the subject kind's fields; under `not` (negated), an
    operator without an inverse is refused too (durable-rules has no single-fact negation)."""
    if not isinstance(raw, dict) or not raw:
        raise ConditionError(path, "a condition is a mapping: all/any/not or field + operator")
    if "field" not in raw:
        if len(raw) != 1:
            raise ConditionError(path, f"expected exactly one of all/any/not, got {sorted(raw)}")
        (key, value), = raw.items()
        if key == "not":
            return Not(parse(value, kind, (*path, "not"), not negated))
        if key in ("all", "any"):
            if not isinstance(value, list) or not value:
                raise ConditionError((*path, key), f"'{key}' needs a non-empty list of conditions")
            items = _parse_each(value, kind, (*path, key), negated)
            return All(items) if key == "all" else Any_(items)
        raise ConditionError((*path, key), f"unknown condition {key!r}: use all, any, not or field")
    return _parse_leaf(raw, kind, path, negated)


def _parse_each(raw: list[Any], kind: SubjectKind, path: Path, negated: bool) -> tuple[Node, ...]:
    """Every item parsed, or one error holding the problems of all the bad items, not only the first."""
    nodes: list[Node] = []
    errors: list[ConditionError] = []
    for i, item in enumerate(raw):
        try:
            nodes.append(parse(item, kind, (*path, i), negated))
        except ConditionError as error:
            errors.append(error)
    if errors:
        raise ConditionError.of(errors)
    return tuple(nodes)


def _parse_leaf(raw: dict[str, Any], kind: SubjectKind, path: Path, negated: bool) -> Leaf:
    field = raw["field"]
    ops = [key for key in raw if key != "field"]
    if len(ops) != 1:
        raise ConditionError(path, f"a leaf needs exactly one operator besides 'field', got {ops or 'none'}")
    op = ops[0]
    operator = OPERATORS.get(op)
    field_type = kind.field_type(field) if isinstance(field, str) else None
    if operator is None or field_type is None:
        errors = _unknown_leaf_parts(raw, kind, path, op)
    elif field_type not in operator.field_types:
        errors = [ConditionError((*path, op), f"operator {op!r} does not apply to {field_type.value} field {field!r}")]
    else:
        problem = operator.value_check(field_type, raw[op])
        errors = [ConditionError((*path, op), problem)] if problem else []
    if negated and operator is not None and op != "exists" and operator.inverse is None:
        errors.append(ConditionError((*path, op), f"operator {op!r} cannot be used under 'not'"))
    if errors:
        raise ConditionError.of(errors)
    return Leaf(field, op, raw[op])


def _unknown_leaf_parts(raw: dict[str, Any], kind: SubjectKind, path: Path, op: str) -> list[ConditionError]:
    """An unknown operator and an unknown field, each; with a known operator, also a value wrong whatever
    the field's type (a regex outside the dialect on a misspelt field), so fixing the field is not a
    second run."""
    field, operator = raw["field"], OPERATORS.get(op)
    errors: list[ConditionError] = []
    if operator is None:
        errors.append(ConditionError((*path, op), f"unknown operator {op!r}; known: {', '.join(sorted(OPERATORS))}"))
    if not isinstance(field, str):
        errors.append(ConditionError((*path, "field"), "field must be a dotted field name"))
    elif kind.field_type(field) is None:
        errors.append(ConditionError((*path, "field"), f"{kind.name} facts have no field {field!r}"))
    if operator is not None and errors:  # the field is unknown: check what does not depend on its type
        problems = {operator.value_check(field_type, raw[op]) for field_type in operator.field_types}
        if len(problems) == 1 and None not in problems:
            errors.append(ConditionError((*path, op), problems.pop()))
    return errors


def negate(node: Node) -> Node:
    """Push `not` down to the leaves: durable-rules has no single-fact negation."""
    if isinstance(node, Not):
        return node.item
    if isinstance(node, All):
        return Any_(tuple(negate(item) for item in node.items))
    if isinstance(node, Any_):
        return All(tuple(negate(item) for item in node.items))
    operator = OPERATORS[node.op]
    if node.op == "exists":
        return Leaf(node.field, "exists", not node.value)
    if operator.inverse is None:
        raise ValueError(f"operator {node.op!r} cannot be negated")
    inverse = Leaf(node.field, operator.inverse, node.value)
    if operator.false_when_missing:  # not(x > 5) holds when x is missing, and x <= 5 does not
        return Any_((Leaf(node.field, "exists", False), inverse))
    return inverse


def to_durable(node: Node) -> Expr:
    """The durable-rules expression for a condition (negations pushed down first)."""
    if isinstance(node, Not):
        return to_durable(negate(node.item))
    if isinstance(node, All):
        return {"$and": [to_durable(item) for item in node.items]}
    if isinstance(node, Any_):
        return {"$or": [to_durable(item) for item in node.items]}
    return OPERATORS[node.op].compile(node.field, node.value)


@functools.lru_cache(maxsize=4096)
def _parts(field: str) -> tuple[str, ...]:
    return tuple(field.split("."))


def lookup(fact: dict[str, Any], field: str) -> Any:
    """A dotted field's value, or MISSING: one dict access in a flat fact (listing facts use the dotted
    names as keys), else a walk through a nested one (seller facts, hand-written facts in tests)."""
    value: Any = fact.get(field, MISSING)
    if value is not MISSING:
        return value
    value = fact
    for part in _parts(field):
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


def evaluate(node: Node, fact: dict[str, Any]) -> bool:
    """Plain-Python meaning of a condition: the reference the compiled form must agree with."""
    if isinstance(node, Leaf):
        return OPERATORS[node.op].test(lookup(fact, node.field), node.value)
    if isinstance(node, All):
        return all(evaluate(item, fact) for item in node.items)
    if isinstance(node, Any_):
        return any(evaluate(item, fact) for item in node.items)
    return not evaluate(node.item, fact)


Predicate = Callable[[dict[str, Any]], bool]


def predicate(node: Node) -> Predicate:
    """`evaluate` compiled once into closures: no dispatch on the node's type and no operator lookup per
    call (findings test the `any:` branches of every matched rule); tests hold the two equal."""
    if isinstance(node, Leaf):
        test, field, value = OPERATORS[node.op].test, node.field, node.value
        return lambda fact: test(lookup(fact, field), value)
    if isinstance(node, Not):
        inner = predicate(node.item)
        return lambda fact: not inner(fact)
    items = tuple(predicate(item) for item in node.items)
    if isinstance(node, All):

        def every(fact: dict[str, Any]) -> bool:
            for item in items:
                if not item(fact):
                    return False
            return True

        return every

    def some(fact: dict[str, Any]) -> bool:
        for item in items:
            if item(fact):
                return True
        return False

    return some


def held_leaves(node: Node, fact: dict[str, Any]) -> list[Leaf]:
    """The leaves that made a condition that holds true: the evidence a finding shows.

    Called on conditions the engine matched, so under `all` every child holds and only `any`
    needs evaluating to keep the branches that held; under `not`, the leaves that were false
    count (their absence is the point, e.g. 'certs' lacking CE:RED).
    """
    if isinstance(node, Leaf):
        return [node]
    if isinstance(node, Not):
        return leaves(node.item)
    if isinstance(node, All):
        return [leaf for item in node.items for leaf in held_leaves(item, fact)]
    return [leaf for item in node.items if evaluate(item, fact) for leaf in held_leaves(item, fact)]


def leaves(node: Node) -> list[Leaf]:
    if isinstance(node, Leaf):
        return [node]
    if isinstance(node, Not):
        return leaves(node.item)
    return [leaf for item in node.items for leaf in leaves(item)]
