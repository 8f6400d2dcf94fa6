"""Evaluating facts against compiled packs and turning matches into explainable findings.

Facts, not events: durable-rules consumes an event on the first matching rule, while a fact fires
every rule it matches. Each fact is asserted, its matches collected by trivial one-parameter
actions (two-parameter actions run asynchronously), then retracted so no state survives between
evaluations and the session never grows (a large session drops facts on 32-bit hash collisions).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from crossguard.engine.classify import Classifier
from crossguard.engine.compiler import GLOBAL, CompiledRuleset, compile_packs
from crossguard.engine.conditions import held_leaves, lookup
from crossguard.engine.durable_host import LOCK, host, next_namespace
from crossguard.engine.findings import Decision, Evidence, Finding, decide
from crossguard.engine.listing_facts import entry_facts, listing_subject
from crossguard.engine.models import CatalogEntry, Listing
from crossguard.engine.operators import MISSING
from crossguard.engine.packs import PLACEHOLDER, LawDates, Pack, Rule, load_packs

_refs = itertools.count(1)


def _display(found: Any) -> str:
    if found is MISSING:
        return "(none)"
    if isinstance(found, list):
        return ", ".join(str(item) for item in found)
    if isinstance(found, float) and found.is_integer():
        return str(int(found))
    return str(found)


@functools.lru_cache(maxsize=4096)
def _template_parts(template: str) -> tuple[tuple[str, str | None], ...]:
    """A template split once into literal text and placeholder fields (templates repeat per finding)."""
    parts: list[tuple[str, str | None]] = []
    position = 0
    for match in PLACEHOLDER.finditer(template):
        parts.append((template[position : match.start()], match.group(1)))
        position = match.end()
    parts.append((template[position:], None))
    return tuple(parts)


def render(template: str, fact: dict[str, Any]) -> str:
    """Fill {field.path} placeholders from the fact; no expression evaluation, ever."""
    parts = _template_parts(template)
    if len(parts) == 1:
        return template
    return "".join(literal + (_display(lookup(fact, field)) if field else "") for literal, field in parts)


def _queued_only(c: Any) -> None:  # exactly one parameter: two would make it asynchronous
    return None


class Evaluator:
    """Compiled packs plus a classifier: evaluate listings (or any registered subject kind)."""

    def __init__(self, packs: list[Pack], classifier: Classifier | None = None):
        self.packs = packs
        self.classifier = classifier or Classifier.default()
        self.rulesets: list[CompiledRuleset] = compile_packs(packs, next_namespace())
        self._routes: dict[tuple[str, str], list[CompiledRuleset]] = {}
        engine_host = host()
        for ruleset in self.rulesets:
            # durable-rules requires an action per rule; matches are read from its action queue
            # (SyncHost.assert_and_collect), so these never run.
            actions = {f"{ruleset.name}:{rule_id}": _queued_only for rule_id in ruleset.rules}
            engine_host.register(ruleset.name, ruleset.definition, actions)

    @classmethod
    def from_paths(cls, paths: list[Path] | None = None, law_dates: LawDates | None = None) -> Evaluator:
        """The packs at ``paths`` (default: the packaged ones), with the configuration's law dates."""
        return cls(load_packs(paths, law_dates))

    @property
    def pack_versions(self) -> dict[str, str]:
        return {pack.spec.id: pack.spec.version for pack in self.packs}

    def _rulesets_for(self, kind: str, region: str) -> list[CompiledRuleset]:
        key = (kind, region)
        routes = self._routes.get(key)
        if routes is None:
            routes = [r for r in self.rulesets if r.subject == kind and r.jurisdiction in (region, GLOBAL)]
            self._routes[key] = routes
        return routes

    def matching_rules(self, kind: str, fact: dict[str, Any]) -> list[Rule]:
        """Every rule the fact matches, across the rulesets of its subject kind and region."""
        ref = next(_refs)  # distinct facts even when two listings look alike
        engine_host = host()
        matched: list[Rule] = []
        with LOCK:
            for ruleset in self._rulesets_for(kind, str(fact.get("region", ""))):
                # Only the keys this ruleset reads: less JSON to write and for the engine to parse.
                projected = {key: fact[key] for key in ruleset.fields if key in fact}
                projected["t"] = kind
                projected["ref"] = ref
                fired = engine_host.assert_and_collect(ruleset.name, orjson.dumps(projected).decode())
                # durable-rules fires a rule once per true branch of an `$or` (a rule with `any:`
                # whose two branches hold fires twice): one finding per rule, in firing order.
                matched.extend(ruleset.rules[rule_id] for rule_id in dict.fromkeys(fired))
        return matched

    def findings_for(
        self,
        kind: str,
        fact: dict[str, Any],
        subject: str,
        basis: dict[str, str] | None = None,
        **context: Any,
    ) -> list[Finding]:
        """Findings for one fact; `basis` explains derived fields, `context` fills sku/market/..."""
        return [self.finding(rule, fact, subject, basis or {}, **context) for rule in self.matching_rules(kind, fact)]

    @staticmethod
    def finding(rule: Rule, fact: dict[str, Any], subject: str, basis: dict[str, str], **context: Any) -> Finding:
        spec = rule.spec
        evidence: dict[str, Evidence] = {}
        for leaf in held_leaves(rule.condition, fact):
            if leaf.field not in evidence:
                value = lookup(fact, leaf.field)
                evidence[leaf.field] = Evidence(
                    field=leaf.field, value=None if value is MISSING else value, basis=basis.get(leaf.field)
                )
        return Finding(
            rule_id=spec.id, rule_title=spec.title, pack_id=rule.pack_id, pack_version=rule.pack_version,
            subject_kind=rule.kind.name, subject=subject, severity=spec.severity,
            message=render(spec.message, fact), remediation=render(spec.remediation, fact),
            references=list(spec.references), evidence=list(evidence.values()),
            blocks_listing=spec.blocks_listing, reviews_listing=spec.reviews_listing, **context,
        )

    def _listing_findings(self, fact: dict[str, Any], listing: Listing, basis: dict[str, str]) -> list[Finding]:
        return self.findings_for(
            "listing", fact, listing_subject(listing), basis,
            sku=listing.sku, market=listing.market, marketplace=listing.marketplace,
        )

    def evaluate_entry(self, entry: CatalogEntry, at: date) -> list[Finding]:
        """Findings for every listing of one product, as of a date."""
        product_facts, facts = entry_facts(entry, self.classifier, at)
        basis = listing_basis(product_facts.classification.basis, facts[0] if facts else {})
        findings: list[Finding] = []
        for listing, fact in zip(entry.listings, facts, strict=True):
            findings.extend(self._listing_findings(fact, listing, basis))
        return findings

    def check_entry(self, entry: CatalogEntry, at: date) -> list[Decision]:
        """Pre-listing decisions: block when a finding blocks the listing, review when one asks for review."""
        product_facts, facts = entry_facts(entry, self.classifier, at)
        basis = listing_basis(product_facts.classification.basis, facts[0] if facts else {})
        decisions = []
        for listing, fact in zip(entry.listings, facts, strict=True):
            findings = self._listing_findings(fact, listing, basis)
            decisions.append(
                Decision(
                    subject=listing_subject(listing), sku=listing.sku, marketplace=listing.marketplace,
                    market=listing.market, decision=decide(findings),
                    findings=findings,
                )
            )
        return decisions

    def check_catalog(self, entries: Iterable[CatalogEntry], at: date) -> list[Decision]:
        return [decision for entry in entries for decision in self.check_entry(entry, at)]


def listing_basis(classification_basis: dict[str, str], fact: dict[str, Any]) -> dict[str, str]:
    """How derived listing fields were derived, shown beside their values in evidence."""
    basis = {f"cls.{name}": text for name, text in classification_basis.items()}
    expired = fact.get("certs_expired")
    basis["certs"] = (
        f"valid on the evaluation date; expired or not yet valid: {', '.join(expired)}"
        if expired else "certificates valid on the evaluation date"
    )
    return basis
