"""Compiling validated rules into durable-rules rulesets in their data (dict) form.

Every rule becomes `{"all": [{"m": {"$and": [type tag, scope, dates, condition]}}], "run": id}`.
The type tag keeps rules off durable-rules' own session-state object (which otherwise loops), and
rules are split into rulesets of at most RULES_PER_RULESET because one fact true for more than 64
tests at one level is rejected (error 303).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crossguard.engine.conditions import leaves, to_durable
from crossguard.engine.listing_facts import day_number
from crossguard.engine.packs import Pack, Rule

RULES_PER_RULESET = 40
GLOBAL = "GLOBAL"
#: Keys the compiled scope and date bounds read, besides the rules' own fields.
SCOPE_FIELDS = frozenset({"t", "ref", "day", "market", "marketplace"})


@dataclass
class CompiledRuleset:
    name: str
    subject: str
    jurisdiction: str
    rules: dict[str, Rule] = field(default_factory=dict)
    definition: dict[str, Any] = field(default_factory=dict)
    #: Top-level fact keys the rules read: only these are sent to the engine.
    fields: list[str] = field(default_factory=list)


def _scope(rule: Rule) -> list[dict[str, Any]]:
    applies = rule.spec.applies_to
    scope: list[dict[str, Any]] = [{"t": rule.kind.name}]
    for name, values in (("market", applies.markets), ("marketplace", applies.marketplaces)):
        if values:
            scope.append({"$or": [{name: value} for value in values]} if len(values) > 1 else {name: values[0]})
    return scope


#: A bound no evaluation date meets: a dormant rule (its configured law date not set) never fires.
NEVER = {"$gt": {"day": day_number(date.max)}}


def _dates(rule: Rule) -> list[dict[str, Any]]:
    if rule.dormant:
        return [NEVER]
    bounds: list[dict[str, Any]] = []
    if rule.effective_from:
        bounds.append({"$gte": {"day": day_number(rule.effective_from)}})
    if rule.spec.effective_until:
        bounds.append({"$lt": {"day": day_number(rule.spec.effective_until)}})
    return bounds


def compile_rule(rule: Rule, action: str) -> dict[str, Any]:
    expr = {"$and": [*_scope(rule), *_dates(rule), to_durable(rule.condition)]}
    return {"all": [{"m": expr}], "run": action}


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text)


def compile_packs(packs: list[Pack], namespace: str) -> list[CompiledRuleset]:
    """Rulesets grouped by subject kind and jurisdiction across packs, so a fact is asserted into
    as few rulesets as possible (each assert serialises and parses the fact once more). Names carry
    a namespace because durable-rules cannot unregister or re-register a ruleset name."""
    groups: dict[tuple[str, str], list[Rule]] = {}
    for pack in packs:
        for rule in pack.rules:
            groups.setdefault((rule.kind.name, pack.spec.jurisdiction.upper()), []).append(rule)
    compiled: list[CompiledRuleset] = []
    for (subject, jurisdiction), rules in groups.items():
        for start in range(0, len(rules), RULES_PER_RULESET):
            name = _safe(f"{namespace}_{subject}_{jurisdiction}_{start // RULES_PER_RULESET}")
            ruleset = CompiledRuleset(name, subject, jurisdiction)
            for rule in rules[start : start + RULES_PER_RULESET]:
                ruleset.rules[rule.id] = rule
                ruleset.definition[rule.id] = compile_rule(rule, f"{name}:{rule.id}")
            ruleset.fields = sorted({leaf.field.split(".")[0] for rule in ruleset.rules.values()
                                     for leaf in leaves(rule.condition)} | SCOPE_FIELDS)
            compiled.append(ruleset)
    return compiled


def is_effective(rule: Rule, on: date) -> bool:
    """Python twin of the compiled date bounds, for the plain-Python reference evaluator."""
    spec = rule.spec
    return not rule.dormant and (rule.effective_from is None or on >= rule.effective_from) and (
        spec.effective_until is None or on < spec.effective_until
    )
