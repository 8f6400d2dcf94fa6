"""Findings for matched rules, with everything that does not depend on the fact prepared once per rule.

A check builds a few findings per listing, and each used to re-split its templates, walk its
condition for evidence and validate a pydantic model whose every value the pack loader and the
catalog loader had already validated. Here each rule gets a :class:`RuleOutput` at load: its message
and remediation compiled into formatters over the fact's fields, the evidence fields it will show
(fixed unless the condition has an `any:` whose held branches must be found), and the finding's
constant values. Findings are then built from values already known to be valid (:func:`built`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from crossguard.engine.conditions import All, Any_, Node, held_leaves, lookup, predicate
from crossguard.engine.findings import Evidence, Finding
from crossguard.engine.operators import MISSING
from crossguard.engine.packs import PLACEHOLDER, Rule

Model = TypeVar("Model", bound=BaseModel)
#: BaseModel's slots, set through their descriptors: what ``object.__setattr__(instance, name, value)`` ends in,
#: without looking the name up through the class each time (about 0.3 µs less per finding; our models, Finding,
#: Evidence and Decision, define none of these names themselves)
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def built(cls: type[Model], values: dict[str, Any]) -> Model:
    """A model instance from values that are already valid, without validating them again.

    pydantic's own ``model_construct`` costs twice a validation (it is written in Python); this
    sets what it sets. Only for values produced by our validated models and packs.
    """
    instance = cls.__new__(cls)
    _set_dict(instance, values)
    _set_fields_set(instance, set(values))
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


_every_field: dict[type[BaseModel], set[str]] = {}


def complete(cls: type[Model], values: dict[str, Any]) -> Model:
    """`built` for values that hold every field of the model, in its order: the instances share one
    set of set fields (all of them; pydantic adds an assigned name to it, which changes nothing)."""
    instance = cls.__new__(cls)
    _set_dict(instance, values)
    fields = _every_field.get(cls)
    if fields is None:
        fields = _every_field[cls] = set(cls.model_fields)
    _set_fields_set(instance, fields)
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


def display(found: Any) -> str:
    """A fact value as a message shows it."""
    kind = type(found)
    if kind is str:
        return found
    if found is MISSING:
        return "(none)"
    if kind is list:
        for item in found:
            if type(item) is not str:
                return ", ".join(map(str, found))
        return ", ".join(found)
    if kind is float and found.is_integer():
        return str(int(found))
    return str(found)


Formatter = Callable[[dict[str, Any]], str]


Parts = tuple[tuple[tuple[str, str], ...], str]


def template_parts(template: str) -> Parts:
    """A template split once: (literal, field) pairs, each literal followed by its placeholder, and the tail."""
    literals: list[str] = []
    fields: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(template):
        literals.append(template[position : match.start()])
        fields.append(match.group(1))
        position = match.end()
    return tuple(zip(literals, fields, strict=True)), template[position:]


def shown(fact: dict[str, Any], name: str) -> str:
    """A placeholder's text: the fact's value as a message shows it."""
    value = fact.get(name, MISSING)
    return value if type(value) is str else display(lookup(fact, name) if value is MISSING else value)


def compile_template(template: str) -> Formatter:
    """A template's formatter: {field.path} placeholders filled from the fact; no expressions, ever."""
    pairs, tail = template_parts(template)
    if not pairs:
        return lambda fact: template

    def render(fact: dict[str, Any]) -> str:
        parts = []
        for literal, name in pairs:
            value = fact.get(name, MISSING)
            parts.append(literal)
            parts.append(value if type(value) is str else display(lookup(fact, name) if value is MISSING else value))
        parts.append(tail)
        return "".join(parts)

    return render


def partial(parts: Parts, fact: dict[str, Any], fixed: frozenset[str]) -> str | Formatter:
    """A template with the placeholders of ``fixed`` fields filled from ``fact``: the finished text, or
    a formatter of the fields it still needs."""
    pairs, tail = parts
    literals: list[str] = []
    names: list[str] = []
    current: list[str] = []
    for literal, name in pairs:
        current.append(literal)
        if name in fixed:
            current.append(shown(fact, name))
        else:
            names.append(name)
            literals.append(sys.intern("".join(current)))
            current = []
    current.append(tail)
    literals.append(sys.intern("".join(current)))  # plans of one rule share their texts in memory
    return _filler(tuple(literals), tuple(names)) if names else literals[0]


def _text(value: Any) -> str:
    """`shown` for a flat fact's value that is not a string: None is a missing key (facts never hold None)."""
    return "(none)" if value is None else display(value)


def _filler(literals: tuple[str, ...], names: tuple[str, ...]) -> Formatter:
    """``literals[0] + field 0 + literals[1] + ...`` over a flat fact (a listing's: no nested values, no
    None), each field as `shown` gives it; written out for up to three fields (most templates keep two,
    {title} and {sku}, once the payload's fields are filled), longer ones joined from such parts."""
    if len(names) > 3:
        head, rest = _filler((*literals[:3], ""), names[:3]), _filler(literals[3:], names[3:])
        return lambda fact: head(fact) + rest(fact)
    if len(names) == 3:
        (a, b, c, d), (x, y, z) = literals, names

        def fill3(fact: dict[str, Any]) -> str:
            u, v, w = fact.get(x), fact.get(y), fact.get(z)
            return (f"{a}{u if type(u) is str else _text(u)}{b}{v if type(v) is str else _text(v)}{c}"
                    f"{w if type(w) is str else _text(w)}{d}")

        return fill3
    if len(names) == 2:
        (a, b, c), (x, y) = literals, names

        def fill2(fact: dict[str, Any]) -> str:
            u, v = fact.get(x), fact.get(y)
            return f"{a}{u if type(u) is str else _text(u)}{b}{v if type(v) is str else _text(v)}{c}"

        return fill2
    (a, b), (x,) = literals, names

    def fill1(fact: dict[str, Any]) -> str:
        u = fact.get(x)
        return f"{a}{u if type(u) is str else _text(u)}{b}"

    return fill1


def _has_choice(node: Node) -> bool:
    """Whether the held leaves depend on the fact: an `any:` outside a `not` (under `not` all leaves count)."""
    if isinstance(node, Any_):
        return True
    if isinstance(node, All):
        return any(_has_choice(item) for item in node.items)
    return False


HeldFields = Callable[[dict[str, Any]], list[str]]


def held_fields(node: Node) -> tuple[str, ...] | HeldFields:
    """The fields of `held_leaves(node, fact)`, compiled once: a tuple when they do not depend on the
    fact, else a function of the fact that tests only the `any:` branches (with compiled predicates)."""
    if not _has_choice(node):
        return tuple(leaf.field for leaf in held_leaves(node, {}))
    if isinstance(node, All):
        parts = tuple(held_fields(item) for item in node.items)

        def joined(fact: dict[str, Any]) -> list[str]:
            found: list[str] = []
            for part in parts:
                found += part if type(part) is tuple else part(fact)
            return found

        return joined
    branches = tuple((predicate(item), held_fields(item)) for item in node.items)  # an `any:`

    def chosen(fact: dict[str, Any]) -> list[str]:
        found: list[str] = []
        for holds, part in branches:
            if holds(fact):
                found += part if type(part) is tuple else part(fact)
        return found

    return chosen


class RuleOutput:
    """One rule's findings: constant values, compiled templates and its evidence fields, prepared once."""

    __slots__ = ("rule", "constant", "message", "remediation", "evidence_fields", "blocks", "reviews", "_held",
                 "_values", "_references", "message_parts", "remediation_parts", "_flat_templates", "template")

    def __init__(self, rule: Rule):
        spec = rule.spec
        self.rule = rule
        self.constant = {
            "rule_id": spec.id, "rule_title": spec.title, "pack_id": rule.pack_id, "pack_version": rule.pack_version,
            "subject_kind": rule.kind.name, "severity": spec.severity, "blocks_listing": spec.blocks_listing,
            "reviews_listing": spec.reviews_listing,
        }  # fmt: skip
        self._values = tuple(self.constant.values())
        #: the finding's values in `values`' order, those of the rule set (a finding plan fills a copy per listing)
        self.template = dict.fromkeys(("rule_id", "rule_title", "pack_id", "pack_version", "subject_kind", "severity",
                                       "blocks_listing", "reviews_listing", "subject", "sku", "market", "marketplace",
                                       "message", "remediation", "references", "evidence"))
        self.template.update(self.constant)
        self._references = tuple(spec.references)
        self.message = compile_template(spec.message)
        self.remediation = compile_template(spec.remediation)
        self.message_parts = template_parts(spec.message)
        self.remediation_parts = template_parts(spec.remediation)
        nothing: frozenset[str] = frozenset()
        self._flat_templates = (partial(self.message_parts, {}, nothing), partial(self.remediation_parts, {}, nothing))
        held = held_fields(rule.condition)
        self.evidence_fields: tuple[str, ...] | None = tuple(dict.fromkeys(held)) if type(held) is tuple else None
        self._held = held
        self.blocks, self.reviews = spec.blocks_listing, spec.reviews_listing

    def fields_held(self, fact: dict[str, Any]) -> tuple[str, ...]:
        if self.evidence_fields is not None:
            return self.evidence_fields
        return tuple(dict.fromkeys(self._held(fact)))  # type: ignore[operator]

    def evidence_items(self, fact: dict[str, Any], basis: dict[str, str]) -> list[tuple[str, Any, str | None]]:
        """(field, value or None, basis) of each field the finding shows."""
        items = []
        for name in self.fields_held(fact):
            value = fact.get(name, MISSING)
            if value is MISSING:
                value = lookup(fact, name)
            items.append((name, None if value is MISSING else value, basis.get(name)))
        return items

    def evidence(self, fact: dict[str, Any], basis: dict[str, str], base: dict[str, Any] | None = None,
                 shared: dict[str, Evidence] | None = None) -> list[Evidence]:
        """The finding's evidence. With a listing fact's product `base` and that product's `shared`
        evidence, a field whose value is the product's (or that neither has) reuses the product's
        Evidence, made once for all its listings and rules: listing facts are flat, so such an item
        depends on the product alone."""
        evidence = []
        for name in self.fields_held(fact):  # `evidence_item`, written out: this runs for most findings
            value = fact.get(name, MISSING)
            if shared is not None and value is base.get(name, MISSING):  # type: ignore[union-attr]
                item = shared.get(name)
                if item is None:
                    item = shared[name] = self._evidence(fact, name, value, basis)
                evidence.append(item)
            else:
                evidence.append(self._evidence(fact, name, value, basis))
        return evidence

    def evidence_item(self, fact: dict[str, Any], name: str, basis: dict[str, str], base: dict[str, Any] | None = None,
                      shared: dict[str, Evidence] | None = None) -> Evidence:
        """One field's evidence (`evidence`)."""
        value = fact.get(name, MISSING)
        if shared is not None and value is base.get(name, MISSING):  # type: ignore[union-attr]
            item = shared.get(name)
            if item is None:
                item = shared[name] = self._evidence(fact, name, value, basis)
            return item
        return self._evidence(fact, name, value, basis)

    @staticmethod
    def _evidence(fact: dict[str, Any], name: str, value: Any, basis: dict[str, str]) -> Evidence:
        if value is MISSING:
            value = lookup(fact, name)
        return complete(Evidence, {"field": name, "value": None if value is MISSING else value,
                                   "basis": basis.get(name)})

    def values(self, fact: dict[str, Any], subject: str, basis: dict[str, str], sku: str | None = None,
               market: str | None = None, marketplace: str | None = None, base: dict[str, Any] | None = None,
               shared: dict[str, Evidence] | None = None) -> dict[str, Any]:
        """Every field of the finding on one subject, in `Finding`'s usual order."""
        rule_id, title, pack_id, version, kind, severity, blocks, reviews = self._values
        return {
            "rule_id": rule_id, "rule_title": title, "pack_id": pack_id, "pack_version": version,
            "subject_kind": kind, "severity": severity, "blocks_listing": blocks, "reviews_listing": reviews,
            "subject": subject, "sku": sku, "market": market, "marketplace": marketplace,
            "message": self.message(fact), "remediation": self.remediation(fact),
            "references": list(self._references), "evidence": self.evidence(fact, basis, base, shared),
        }  # fmt: skip

    def listing_finding(self, fact: dict[str, Any], subject: str, basis: dict[str, str], sku: str, market: str,
                        marketplace: str, base: dict[str, Any] | None = None,
                        shared: dict[str, Evidence] | None = None) -> Finding:
        """`values` on a listing's flat fact, its templates filled by the fillers of flat facts."""
        rule_id, title, pack_id, version, kind, severity, blocks, reviews = self._values
        message, remediation = self._flat_templates
        if type(message) is not str:
            message = message(fact)  # type: ignore[operator]
        if type(remediation) is not str:
            remediation = remediation(fact)  # type: ignore[operator]
        return complete(Finding, {
            "rule_id": rule_id, "rule_title": title, "pack_id": pack_id, "pack_version": version,
            "subject_kind": kind, "severity": severity, "blocks_listing": blocks, "reviews_listing": reviews,
            "subject": subject, "sku": sku, "market": market, "marketplace": marketplace,
            "message": message, "remediation": remediation,
            "references": list(self._references), "evidence": self.evidence(fact, basis, base, shared),
        })  # fmt: skip

    def finding(self, fact: dict[str, Any], subject: str, basis: dict[str, str], context: dict[str, Any]) -> Finding:
        """The finding with `context` (sku, market, ...: any field) set over the subject's values."""
        values = self.values(fact, subject, basis)
        values.update(context)
        return built(Finding, values)


class FindingPlan:
    """One rule's findings on every listing whose engine payload is the same text (match_memo.Match).

    Made from the first such listing: the template placeholders of ``fixed`` fields (those the payload
    carries by value) filled, the evidence fields chosen (the `any:` branches read only payload fields),
    the evidence items of ``fixed_evidence`` fields made (fields the payload carries by value and that
    have no basis: they depend on the payload alone). What the payload does not decide is filled per
    listing: sku, title and fields sent only as present; the evidence of a product field with a basis
    (the product's own item, `RuleOutput.evidence`) and of a listing field sent only as present.
    """

    __slots__ = ("_template", "_references", "_message", "_remediation", "_output", "_evidence", "_fixed_evidence")

    def __init__(self, output: RuleOutput, fact: dict[str, Any], basis: dict[str, str], fixed: frozenset[str],
                 fixed_evidence: frozenset[str], listing_fields: frozenset[str]):
        self._output = output
        self._template = output.template
        self._references = output._references
        self._message = partial(output.message_parts, fact, fixed)
        self._remediation = partial(output.remediation_parts, fact, fixed)
        #: an Evidence (made here), a product field's name (the product's item), or (name,): made per listing
        self._evidence: tuple[Evidence | str | tuple[str], ...] = tuple(
            output._evidence(fact, name, fact.get(name, MISSING), basis) if name in fixed_evidence
            else (name,) if name in listing_fields else name
            for name in output.fields_held(fact))
        #: the whole evidence list when every item was made here (each finding gets a copy)
        self._fixed_evidence = list(self._evidence) if all(type(item) is Evidence for item in self._evidence) \
            else None

    def _listing_evidence(self, fact: dict[str, Any], basis: dict[str, str], base: dict[str, Any],
                          shared: dict[str, Evidence]) -> list[Evidence]:
        evidence = []
        for item in self._evidence:
            kind_of = type(item)
            if kind_of is str:  # a product field: its value is the product's, so is its item
                found = shared.get(item)  # type: ignore[arg-type]
                evidence.append(found if found is not None
                                else self._output.evidence_item(fact, item, basis, base, shared))  # type: ignore[arg-type]
            elif kind_of is tuple:  # a listing field: `evidence_item` written out for a value the product has not
                name = item[0]  # type: ignore[index]
                value = fact.get(name, MISSING)
                if value is MISSING or value is base.get(name, MISSING):
                    evidence.append(self._output.evidence_item(fact, name, basis, base, shared))
                else:
                    instance = _new_evidence(Evidence)
                    _set_dict(instance, {"field": name, "value": value, "basis": basis.get(name)})
                    _set_fields_set(instance, _EVIDENCE_FIELDS)
                    _set_extra(instance, None)
                    _set_private(instance, None)
                    evidence.append(instance)
            else:
                evidence.append(item)  # type: ignore[arg-type]
        return evidence


def planned_findings(plans: Sequence[FindingPlan | RuleOutput], fact: dict[str, Any], subject: str,
                     basis: dict[str, str], sku: str, market: str, marketplace: str, base: dict[str, Any],
                     shared: dict[str, Evidence]) -> list[Finding]:
    """A listing's findings from its match's plans: equal to `RuleOutput.listing_finding` of each rule on
    the same arguments. One loop for all of them (`complete` written out): the hottest place that makes
    findings, a few per listing. A payload's first listing passes the rules without a plan yet as their
    `RuleOutput`: those findings are made rule by rule."""
    findings = []
    for plan in plans:
        if type(plan) is not FindingPlan:
            findings.append(plan.listing_finding(fact, subject, basis, sku, market, marketplace, base, shared))
            continue
        message = plan._message
        if type(message) is not str:
            message = message(fact)  # type: ignore[operator]
        remediation = plan._remediation
        if type(remediation) is not str:
            remediation = remediation(fact)  # type: ignore[operator]
        evidence = plan._fixed_evidence
        evidence = evidence.copy() if evidence is not None else plan._listing_evidence(fact, basis, base, shared)
        values = plan._template.copy()
        values["subject"] = subject
        values["sku"] = sku
        values["market"] = market
        values["marketplace"] = marketplace
        values["message"] = message
        values["remediation"] = remediation
        values["references"] = list(plan._references)
        values["evidence"] = evidence
        instance = _new_finding(Finding)
        _set_dict(instance, values)
        _set_fields_set(instance, _FINDING_FIELDS)
        _set_extra(instance, None)
        _set_private(instance, None)
        findings.append(instance)
    return findings


_new_finding = Finding.__new__
_FINDING_FIELDS = set(Finding.model_fields)
_new_evidence = Evidence.__new__
_EVIDENCE_FIELDS = set(Evidence.model_fields)
