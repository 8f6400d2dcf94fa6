"""Why a rule fired or stayed silent on one subject: its guards, its condition leaf by leaf, one reason.

Pure (no I/O): `crossguard explain` renders it and the HTTP API can serve the same JSON
(`explain_report.explanation_json`). The verdict ("fired") is durable-rules' own, from the same
`Evaluator.matching_rules` call check and scan make; the tree beside it is the plain-Python reading
of the same condition (`conditions.evaluate`, which the operator contract tests hold equal to the
compiled form). Should the two ever disagree, the reason says so instead of hiding it.

A rule is tried in this order, and the reason names the first thing that stopped it: the subject
kind, the pack's jurisdiction (the fact's region), the rule's market and marketplace scope, a law
date not yet set, the date bounds, then the first leaf of the condition that failed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from crossguard.engine.compiler import GLOBAL
from crossguard.engine.conditions import All, Any_, Leaf, Node, Not, lookup
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.operators import MISSING, OPERATORS
from crossguard.engine.packs import Pack, Rule
from crossguard.engine.subject_facts import SubjectFact

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Guard:
    """One of a rule's preconditions besides its condition, checked against the fact."""

    name: str  # subject, jurisdiction, markets, marketplaces, law_date, effective_from, effective_until
    expected: Any
    value: Any
    passed: bool

    def reason(self) -> str:
        """Why this guard kept the rule silent."""
        texts = {
            "subject": lambda: f"the rule is about {self.expected} subjects, this is a {self.value}",
            "jurisdiction": lambda: f"the pack's jurisdiction is {self.expected}, this subject is in region "
                                    f"{self.value}",
            "markets": lambda: f"the rule applies to market(s) {', '.join(self.expected)} only, not {self.value}",
            "marketplaces": lambda: f"the rule applies to marketplace(s) {', '.join(self.expected)} only, "
                                    f"not {self.value}",
            "law_date": lambda: f"the rule waits for law_dates.{self.expected} in the configuration, which is not set",
            "effective_from": lambda: f"the rule applies from {self.expected}, evaluated as of {self.value}",
            "effective_until": lambda: f"the rule applied until {self.expected} (exclusive), evaluated as of "
                                       f"{self.value}",
        }
        return texts[self.name]()


def rule_guards(rule: Rule, jurisdiction: str, kind: str, fact: dict[str, Any], at: date) -> list[Guard]:
    """The guards of a rule on a fact, in the order they are reported: the Python twin of the compiled
    type tag, scope and date bounds (`compiler._scope`, `compiler._dates`) and of the evaluator's routing."""
    applies = rule.spec.applies_to
    region = fact.get("region")
    guards = [Guard("subject", rule.kind.name, kind, rule.kind.name == kind),
              Guard("jurisdiction", jurisdiction, region, jurisdiction in (GLOBAL, region))]
    for name, allowed in (("markets", applies.markets), ("marketplaces", applies.marketplaces)):
        if allowed:
            value = fact.get(name[:-1])
            guards.append(Guard(name, allowed, value, value in allowed))
    if rule.spec.effective_from_config:
        guards.append(Guard("law_date", rule.spec.effective_from_config, rule.config_from, not rule.dormant))
    if rule.effective_from and not rule.dormant:
        guards.append(Guard("effective_from", rule.effective_from, at, at >= rule.effective_from))
    if rule.spec.effective_until:
        guards.append(Guard("effective_until", rule.spec.effective_until, at, at < rule.spec.effective_until))
    return guards


@dataclass(frozen=True)
class NodeResult:
    """A condition node with its outcome on the fact; leaves also carry the fact's value."""

    node: Node
    path: Path
    outcome: bool
    value: Any = MISSING
    items: tuple[NodeResult, ...] = ()


def evaluate_tree(node: Node, fact: dict[str, Any], path: Path = ("when",)) -> NodeResult:
    """Every node's outcome, not only the ones a short-circuit would reach."""
    if isinstance(node, Leaf):
        value = lookup(fact, node.field)
        return NodeResult(node, path, OPERATORS[node.op].test(value, node.value), value)
    if isinstance(node, Not):
        inner = evaluate_tree(node.item, fact, (*path, "not"))
        return NodeResult(node, path, not inner.outcome, items=(inner,))
    key = "all" if isinstance(node, All) else "any"
    items = tuple(evaluate_tree(item, fact, (*path, key, i)) for i, item in enumerate(node.items))
    outcome = all(i.outcome for i in items) if isinstance(node, All) else any(i.outcome for i in items)
    return NodeResult(node, path, outcome, items=items)


def leaf_results(result: NodeResult) -> list[NodeResult]:
    """The leaves of an evaluated tree, in the order they are written."""
    if isinstance(result.node, Leaf):
        return [result]
    return [leaf for item in result.items for leaf in leaf_results(item)]


def path_text(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def operand_text(value: Any) -> str:
    """A rule's literal as written in a pack: true, 15, "usb-c", [DE, FR]."""
    if isinstance(value, list):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return json.dumps(value)


def value_text(value: Any) -> str:
    """A fact's value for people: lists joined, whole floats without .0, missing said so."""
    if value is MISSING:
        return "(missing)"
    if isinstance(value, list):
        return "[" + ", ".join(str(item) for item in value) + "]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value) if isinstance(value, bool | str) else str(value)


def leaf_text(leaf: Leaf) -> str:
    return f"{leaf.field} {leaf.op} {operand_text(leaf.value)}"


def failure(result: NodeResult) -> str:
    """Why a node that is false is false, down to the first leaf that failed."""
    node = result.node
    if isinstance(node, Leaf):
        return f"{leaf_text(node)} is false ({node.field} = {value_text(result.value)})"
    if isinstance(node, All):
        return failure(next(item for item in result.items if not item.outcome))
    if isinstance(node, Any_):
        return f"none of the {len(result.items)} alternatives at {path_text(result.path)} held; the first: " \
               + failure(result.items[0])
    inner = result.items[0]
    if isinstance(inner.node, Leaf):
        return f"not ({leaf_text(inner.node)}) is false ({inner.node.field} = {value_text(inner.value)})"
    return f"the negated condition at {path_text(inner.path)} held"


def held_parts(result: NodeResult) -> list[str]:
    """The parts of a condition that held, as written: what made a rule fire."""
    node = result.node
    if isinstance(node, Leaf):
        return [leaf_text(node)]
    if isinstance(node, Not):
        inner = result.items[0]
        return [f"not ({leaf_text(inner.node) if isinstance(inner.node, Leaf) else path_text(inner.path)})"]
    return [part for item in result.items if item.outcome for part in held_parts(item)]


@dataclass(frozen=True)
class Explanation:
    rule: Rule
    jurisdiction: str
    subject: SubjectFact
    at: date
    guards: tuple[Guard, ...]
    #: None when the subject is of another kind: the condition's fields are not in its fact.
    condition: NodeResult | None
    #: durable-rules' verdict
    fired: bool

    @property
    def python_fires(self) -> bool:
        return all(g.passed for g in self.guards) and self.condition is not None and self.condition.outcome

    @property
    def why(self) -> str:
        """Why the rule fired, or the first thing that kept it silent (without saying which)."""
        if self.fired:
            held = held_parts(self.condition) if self.condition else []
            text = "every guard passed and " + "; ".join(dict.fromkeys(held)) + " held"
        else:
            blocked = next((guard for guard in self.guards if not guard.passed), None)
            text = blocked.reason() if blocked else (failure(self.condition) if self.condition else "")
        if self.fired != self.python_fires:
            text += " (durable-rules and the plain-Python reading disagree: please report this)"
        return text

    @property
    def reason(self) -> str:
        """One line: fired or silent, and why."""
        return f"{'fired' if self.fired else 'silent'}: {self.why}"


def jurisdictions(packs: list[Pack]) -> dict[str, str]:
    """Pack id -> jurisdiction as the compiler routes it."""
    return {pack.spec.id: pack.spec.jurisdiction.upper() for pack in packs}


def explain(evaluator: Evaluator, facts: list[SubjectFact], rules: list[Rule], at: date) -> list[Explanation]:
    """Explain each rule (of the evaluator's packs) on the subject's facts: the fact of the rule's own
    kind when the subject has one (a listing key may also name a brand listing), else its first."""
    if not facts:
        return []
    fired = [{rule.id for rule in evaluator.matching_rules(f.kind, f.fact)} for f in facts]
    where = jurisdictions(evaluator.packs)
    explanations = []
    for rule in rules:
        index = next((i for i, f in enumerate(facts) if f.kind == rule.kind.name), 0)
        subject = facts[index]
        guards = tuple(rule_guards(rule, where[rule.pack_id], subject.kind, subject.fact, at))
        condition = evaluate_tree(rule.condition, subject.fact) if guards[0].passed else None
        explanations.append(Explanation(rule, where[rule.pack_id], subject, at, guards, condition,
                                        rule.id in fired[index]))
    return explanations
