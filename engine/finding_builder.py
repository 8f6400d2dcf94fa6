"""Findings for matched rules, with everything that does not depend on the fact prepared once per rule.

A check builds a few findings per listing, and each used to re-split its templates, walk its
condition for evidence and validate a pydantic model whose every value the pack loader and the
catalog loader had already validated. Here each rule gets a :class:`RuleOutput` at load: its message
and remediation compiled into formatters over the fact's fields, the evidence fields it will show
(fixed unless the condition has an `any:` whose held branches must be found), and the finding's
constant values. Findings are then built from values already known to be valid (:func:`built`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from crossguard.engine.conditions import All, Any_, Leaf, Node, held_leaves, lookup
from crossguard.engine.findings import Evidence, Finding
from crossguard.engine.operators import MISSING
from crossguard.engine.packs import PLACEHOLDER, Rule

Model = TypeVar("Model", bound=BaseModel)
_set = object.__setattr__


def built(cls: type[Model], values: dict[str, Any]) -> Model:
    """A model instance from values that are already valid, without validating them again.

    pydantic's own ``model_construct`` costs twice a validation (it is written in Python); this
    sets what it sets. Only for values produced by our validated models and packs.
    """
    instance = cls.__new__(cls)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def display(found: Any) -> str:
    """A fact value as a message shows it."""
    kind = type(found)
    if kind is str:
        return found
    if found is MISSING:
        return "(none)"
    if kind is list:
        return ", ".join(str(item) for item in found)
    if kind is float and found.is_integer():
        return str(int(found))
    return str(found)


Formatter = Callable[[dict[str, Any]], str]


def compile_template(template: str) -> Formatter:
    """A template's formatter: {field.path} placeholders filled from the fact; no expressions, ever."""
    literals: list[str] = []
    fields: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(template):
        literals.append(template[position : match.start()])
        fields.append(match.group(1))
        position = match.end()
    if not fields:
        return lambda fact: template
    tail = template[position:]
    pairs = tuple(zip(literals, fields, strict=True))

    def render(fact: dict[str, Any]) -> str:
        parts = []
        for literal, name in pairs:
            value = fact.get(name, MISSING)
            parts.append(literal)
            parts.append(value if type(value) is str else display(lookup(fact, name) if value is MISSING else value))
        parts.append(tail)
        return "".join(parts)

    return render


def _has_choice(node: Node) -> bool:
    """Whether the held leaves depend on the fact: an `any:` outside a `not` (under `not` all leaves count)."""
    if isinstance(node, Any_):
        return True
    if isinstance(node, All):
        return any(_has_choice(item) for item in node.items)
    return False


def _unique(leaves: list[Leaf]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(leaf.field for leaf in leaves))


class RuleOutput:
    """One rule's findings: constant values, compiled templates and its evidence fields, prepared once."""

    __slots__ = ("rule", "constant", "message", "remediation", "evidence_fields", "blocks", "reviews")

    def __init__(self, rule: Rule):
        spec = rule.spec
        self.rule = rule
        self.constant = {
            "rule_id": spec.id, "rule_title": spec.title, "pack_id": rule.pack_id, "pack_version": rule.pack_version,
            "subject_kind": rule.kind.name, "severity": spec.severity, "blocks_listing": spec.blocks_listing,
            "reviews_listing": spec.reviews_listing,
        }  # fmt: skip
        self.message = compile_template(spec.message)
        self.remediation = compile_template(spec.remediation)
        condition = rule.condition
        fixed = not _has_choice(condition)
        self.evidence_fields: tuple[str, ...] | None = _unique(held_leaves(condition, {})) if fixed else None
        self.blocks, self.reviews = spec.blocks_listing, spec.reviews_listing

    def fields_held(self, fact: dict[str, Any]) -> tuple[str, ...]:
        if self.evidence_fields is not None:
            return self.evidence_fields
        return _unique(held_leaves(self.rule.condition, fact))

    def evidence_items(self, fact: dict[str, Any], basis: dict[str, str]) -> list[tuple[str, Any, str | None]]:
        """(field, value or None, basis) of each field the finding shows."""
        items = []
        for name in self.fields_held(fact):
            value = fact.get(name, MISSING)
            if value is MISSING:
                value = lookup(fact, name)
            items.append((name, None if value is MISSING else value, basis.get(name)))
        return items

    def evidence(self, fact: dict[str, Any], basis: dict[str, str]) -> list[Evidence]:
        return [built(Evidence, {"field": name, "value": value, "basis": why})
                for name, value, why in self.evidence_items(fact, basis)]

    def finding(self, fact: dict[str, Any], subject: str, basis: dict[str, str], context: dict[str, Any]) -> Finding:
        values = {
            **self.constant, "subject": subject, "sku": None, "market": None, "marketplace": None,
            "message": self.message(fact), "remediation": self.remediation(fact),
            "references": list(self.rule.spec.references), "evidence": self.evidence(fact, basis),
        }  # fmt: skip
        values.update(context)
        return built(Finding, values)
