"""Compiling validated rules into durable-rules rulesets in their data (dict) form.

Every rule becomes `{"all": [{"m": {"$and": [type tag, scope, condition's tests, dates]}}], "run": id}`.
The type tag keeps rules off durable-rules' own session-state object (which otherwise loops), and
rules are split into rulesets of at most RULES_PER_RULESET because one fact true for more than 64
tests at one level is rejected (error 303).

Rulesets are compiled per route, not per pack: a route is a subject kind and a region, and its
rulesets hold the region's rules and the GLOBAL ones together, so a listing is asserted into as few
rulesets as the limit allows (the default packs: one per listing). A GLOBAL rule is compiled into
every region's route; facts of a region no pack targets take the GLOBAL route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crossguard.engine.conditions import leaves, to_durable
from crossguard.engine.listing_facts import day_number
from crossguard.engine.packs import Pack, Rule

RULES_PER_RULESET = 50
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
    #: Fact keys the rules read, as dotted names (flat facts) and their first part (nested facts):
    #: only these are sent to the engine.
    fields: list[str] = field(default_factory=list)


@dataclass
class Route:
    """The rulesets one fact of a kind and region is asserted into, and the keys it sends them (one
    payload for all of them). ``presence``: the keys of those that every rule of the route tests only
    for presence (`exists`), sent as ``true`` whatever their value (see `presence_only`)."""

    rulesets: list[CompiledRuleset]
    fields: tuple[str, ...]
    presence: frozenset[str] = frozenset()


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


def in_force(rule: Rule, market: Any, marketplace: Any, day: int) -> bool:
    """Python twin of `_scope` and `_dates` (the compiled tests outside the rule's condition), for the parts memo
    (engine/match_parts.py): whether the engine could fire the rule for a fact with these scope values.
    tests/test_match_parts.py holds the two together: a new compiled scope test fails it until this learns it."""
    applies = rule.spec.applies_to
    if applies.markets and market not in applies.markets:
        return False
    if applies.marketplaces and marketplace not in applies.marketplaces:
        return False
    if rule.dormant:
        return False
    start, until = rule.effective_from, rule.spec.effective_until
    return (start is None or day >= day_number(start)) and (until is None or day < day_number(until))


def compile_rule(rule: Rule, action: str) -> dict[str, Any]:
    """One `$and`: the type tag and scope, the condition's tests, then the date bounds (a dormant rule's
    impossible bound straight after the scope).

    The order changes no answer and no firing order (the core fires a fact's rules in their order in the
    ruleset), only the engine's work: every test that passes and has tests after it costs a scan of all the
    fact's properties (events.c handleAlpha). A bound that holds for most facts is best last, where nothing
    hangs below it; the condition's tests come before it, where rules that open with the same test share
    one node (docs/performance.md, branch p99e)."""
    condition = to_durable(rule.condition)
    tests = condition["$and"] if list(condition) == ["$and"] else [condition]
    dates = _dates(rule)
    order = [*_scope(rule), *dates, *tests] if rule.dormant else [*_scope(rule), *tests, *dates]
    return {"all": [{"m": {"$and": order}}], "run": action}


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text)


def read_fields(rules: list[Rule]) -> list[str]:
    """Every key a fact may carry that these rules read: the dotted names and their first parts."""
    names = {leaf.field for rule in rules for leaf in leaves(rule.condition)}
    return sorted(names | {name.split(".")[0] for name in names} | SCOPE_FIELDS)


def presence_only(rules: list[Rule]) -> frozenset[str]:
    """The fields these rules read only with `exists` (`$ex`/`$nex` once compiled; a negated `exists`
    is still one), never for their value: the engine answers the same whatever such a field holds,
    as long as it is there. Sending them as ``true`` keeps identifiers and addresses (different on
    every product) out of the payload, so listings that differ only there send the same text to the
    engine and share its answer (evaluator.MatchMemo). Scope fields are read for their value."""
    ops: dict[str, set[str]] = {}
    for rule in rules:
        for leaf in leaves(rule.condition):
            ops.setdefault(leaf.field, set()).add(leaf.op)
    return frozenset(name for name, used in ops.items() if used == {"exists"} and name not in SCOPE_FIELDS)


def compile_packs(packs: list[Pack], namespace: str) -> list[CompiledRuleset]:
    """Rulesets per route (subject kind and region: the region's rules plus the GLOBAL ones), in
    chunks of at most RULES_PER_RULESET. Names carry a namespace because durable-rules' Python host
    cannot register a name twice (a retired ruleset is deleted from the C core later, `durable_host.retire`)."""
    groups: dict[tuple[str, str], list[Rule]] = {}
    for pack in packs:
        for rule in pack.rules:
            groups.setdefault((rule.kind.name, pack.spec.jurisdiction.upper()), []).append(rule)
    compiled: list[CompiledRuleset] = []
    for (subject, jurisdiction), own in groups.items():
        rules = own if jurisdiction == GLOBAL else own + groups.get((subject, GLOBAL), [])
        compiled += _chunks(rules, f"{namespace}_{subject}_{jurisdiction}", subject, jurisdiction)
    return compiled


def _chunks(rules: list[Rule], prefix: str, subject: str, jurisdiction: str) -> list[CompiledRuleset]:
    """``rules`` compiled into rulesets of at most RULES_PER_RULESET, named ``prefix`` and their number."""
    chunks = []
    for start in range(0, len(rules), RULES_PER_RULESET):
        name = _safe(f"{prefix}_{start // RULES_PER_RULESET}")
        ruleset = CompiledRuleset(name, subject, jurisdiction)
        for rule in rules[start : start + RULES_PER_RULESET]:
            ruleset.rules[rule.id] = rule
            ruleset.definition[rule.id] = compile_rule(rule, f"{name}:{rule.id}")
        ruleset.fields = read_fields(list(ruleset.rules.values()))
        chunks.append(ruleset)
    return chunks


def compile_pack_rulesets(packs: list[Pack], namespace: str) -> dict[tuple[str, str], list[CompiledRuleset]]:
    """Each pack's rules of one subject kind in rulesets of their own (chunks of at most RULES_PER_RULESET), by
    (subject, pack id), each rule compiled as in its route: for a payload the parts memo knows all but a few
    parts of (engine/match_parts.py), only the new parts' rules are asked, each on a fact cut down to their
    fields. Rules never join facts, so a rule fires on the smaller fact in its pack's ruleset exactly when it
    fires on the whole payload in its route (tests/test_match_parts.py compares both on every listing)."""
    compiled: dict[tuple[str, str], list[CompiledRuleset]] = {}
    for number, pack in enumerate(packs):  # the number keeps names apart that `_safe` would make alike
        by_kind: dict[str, list[Rule]] = {}
        for rule in pack.rules:
            by_kind.setdefault(rule.kind.name, []).append(rule)
        for subject, rules in by_kind.items():
            compiled[(subject, pack.spec.id)] = _chunks(rules, f"{namespace}p{number}_{subject}_{pack.spec.id}",
                                                        subject, pack.spec.jurisdiction.upper())
    return compiled


def route(rulesets: list[CompiledRuleset], subject: str, region: str) -> Route:
    """The rulesets a fact of ``subject`` in ``region`` goes to: the region's own route, else GLOBAL."""
    own = [r for r in rulesets if r.subject == subject and r.jurisdiction == region]
    chosen = own or [r for r in rulesets if r.subject == subject and r.jurisdiction == GLOBAL]
    fields = tuple(sorted({name for r in chosen for name in r.fields}))
    return Route(chosen, fields, presence_only([rule for r in chosen for rule in r.rules.values()]))


def is_effective(rule: Rule, on: date) -> bool:
    """Python twin of the compiled date bounds, for the plain-Python reference evaluator."""
    spec = rule.spec
    return not rule.dormant and (rule.effective_from is None or on >= rule.effective_from) and (
        spec.effective_until is None or on < spec.effective_until
    )
