"""Pack test coverage: which outcomes of each rule the cases have shown.

Per rule, counted only from cases that assert something about it (in `fires` or `silent`):
- fired in a case that expects it to fire, and silent in a case that expects it silent;
- each condition leaf seen true and seen false, on facts the rule's guards let through (a leaf
  cannot decide anything on a fact outside the rule's scope or dates);
- each bound (market or marketplace scope, configured law date, effective_from, effective_until)
  seen deciding: in a case that expects the rule silent, a fact on which the condition held and
  that bound alone kept the rule silent. That is the "other side of the date" a dated rule needs.
The total is every one of those outcomes; `crossguard test --threshold PCT` compares with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crossguard.engine.conditions import evaluate
from crossguard.engine.explain import evaluate_tree, leaf_results, leaf_text, path_text, rule_guards
from crossguard.engine.packs import Pack, Rule
from crossguard.engine.subject_facts import SubjectFact

BOUNDS = ("markets", "marketplaces", "law_date", "effective_from", "effective_until")


def rule_bounds(rule: Rule) -> list[str]:
    spec = rule.spec
    present = {
        "markets": bool(spec.applies_to.markets), "marketplaces": bool(spec.applies_to.marketplaces),
        "law_date": spec.effective_from_config is not None,
        "effective_from": spec.effective_from is not None or spec.effective_from_config is not None,
        "effective_until": spec.effective_until is not None,
    }
    return [name for name in BOUNDS if present[name]]


@dataclass
class LeafCoverage:
    path: str
    text: str
    seen: set[bool] = field(default_factory=set)


@dataclass
class RuleCoverage:
    rule_id: str
    pack_id: str
    line: int
    fired: bool = False
    silent: bool = False
    leaves: list[LeafCoverage] = field(default_factory=list)
    bounds: dict[str, bool] = field(default_factory=dict)

    @property
    def both_ways(self) -> bool:
        return self.fired and self.silent

    @property
    def covered(self) -> int:
        return self.fired + self.silent + sum(len(leaf.seen) for leaf in self.leaves) + sum(self.bounds.values())

    @property
    def total(self) -> int:
        return 2 + 2 * len(self.leaves) + len(self.bounds)


@dataclass(frozen=True)
class Totals:
    rules: int
    rules_both_ways: int
    leaves: int
    leaves_both_ways: int
    bounds: int
    bounds_seen: int
    covered: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0


class Coverage:
    """Outcomes seen per rule of the packs in scope (rules of other packs are not counted)."""

    def __init__(self, packs: list[Pack]):
        self.rules: dict[str, RuleCoverage] = {}
        for pack in packs:
            for rule in pack.rules:
                leaves = leaf_results(evaluate_tree(rule.condition, {}))  # the tree's shape; outcomes unused
                self.rules[rule.id] = RuleCoverage(
                    rule.id, pack.spec.id, rule.line or 0,
                    leaves=[LeafCoverage(path_text(leaf.path), leaf_text(leaf.node)) for leaf in leaves],
                    bounds=dict.fromkeys(rule_bounds(rule), False))

    def observe(self, rule: Rule, jurisdiction: str, facts: list[SubjectFact], fired: list[set[str]], at: date,
                expect_fire: bool) -> None:
        """Record what one case showed about ``rule`` (fired: the rule ids durable-rules fired, per fact)."""
        cover = self.rules.get(rule.id)
        if cover is None:
            return
        fired_somewhere = any(rule.id in ids for ids in fired)
        cover.fired |= expect_fire and fired_somewhere
        cover.silent |= not expect_fire and not fired_somewhere
        for subject in facts:
            guards = rule_guards(rule, jurisdiction, subject.kind, subject.fact, at)
            if not all(guard.passed for guard in guards if guard.name not in BOUNDS):
                continue  # another kind of subject, or a region the pack does not see
            failing = [guard.name for guard in guards if guard.name in BOUNDS and not guard.passed]
            if not failing:
                for leaf, result in zip(cover.leaves, leaf_results(evaluate_tree(rule.condition, subject.fact)),
                                        strict=True):
                    leaf.seen.add(result.outcome)
            elif len(failing) == 1 and not expect_fire and evaluate(rule.condition, subject.fact):
                cover.bounds[failing[0]] = True

    def totals(self) -> Totals:
        rules = list(self.rules.values())
        leaves = [leaf for rule in rules for leaf in rule.leaves]
        bounds = [seen for rule in rules for seen in rule.bounds.values()]
        return Totals(
            rules=len(rules), rules_both_ways=sum(rule.both_ways for rule in rules),
            leaves=len(leaves), leaves_both_ways=sum(len(leaf.seen) == 2 for leaf in leaves),
            bounds=len(bounds), bounds_seen=sum(bounds),
            covered=sum(rule.covered for rule in rules), total=sum(rule.total for rule in rules),
        )
