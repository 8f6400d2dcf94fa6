"""Evaluating facts against compiled packs and turning matches into explainable findings.

Facts, not events: durable-rules consumes an event on the first matching rule, while a fact fires
every rule it matches. Each fact is asserted, its matches collected from the engine's action queue,
then retracted so no state survives between evaluations and the session never grows (a large
session drops facts on 32-bit hash collisions).

The round trip is kept lean (docs/performance.md): a listing goes to the one route of its region
(usually a single ruleset), its fact is encoded once with only the keys those rules read, and the
matched rule names are read without decoding the matched fact. A payload the engine has answered
before is not sent again (engine/match_memo.py). Findings come from per-rule prepared outputs and
per-match finding plans (engine/finding_builder.py); `decide_entry` decides without building them.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from crossguard.engine import engine_json
from crossguard.engine.classify import Classifier
from crossguard.engine.compiler import CompiledRuleset, Route, compile_pack_rulesets, compile_packs, route
from crossguard.engine.durable_check import durable_refusal
from crossguard.engine.durable_host import LOCK, EngineError, host, next_namespace
from crossguard.engine.finding_builder import RuleOutput, compile_template, complete, display, planned_findings
from crossguard.engine.findings import Decision, Finding
from crossguard.engine.listing_facts import (
    ProductFacts,
    ProductFactsCache,
    basis_of,
    entry_facts,
    has_basis,
    listing_key,
    listing_subject,
)
from crossguard.engine.match_memo import Match, MatchMemo
from crossguard.engine.match_parts import OWNS_KEPT, InForce, RouteParts
from crossguard.engine.models import CatalogEntry, Listing
from crossguard.engine.operators import MISSING
from crossguard.engine.packs import LawDates, Pack, Rule, load_packs

_refs = itertools.count(1)
#: A payload's new parts are asked alone, each of its pack's rulesets, when they are at most this share of its parts
#: (1 in 3); else the whole payload goes to the route's ruleset. Each ask costs a round trip (about 8 us of CPU in a
#: loop), the whole payload about 22 us on the EU route's 7 parts and 11 on a 2-part route (docs/performance.md,
#: branch p99h): one new part of 7 is cheaper alone, 3 of 7 or 1 of 2 are not.
ALONE_SHARE = 3
_display = display  # the old private name, kept for callers of this module


def render(template: str, fact: dict[str, Any]) -> str:
    """Fill {field.path} placeholders from the fact; no expression evaluation, ever."""
    return compile_template(template)(fact)


def _queued_only(c: Any) -> None:  # exactly one parameter: two would make it asynchronous
    return None


class EvaluationError(EngineError):
    """One subject's fact could not be evaluated (a value the engine cannot take); names the subject."""


@dataclass(slots=True)
class Verdict:
    """A listing's decision without its findings built: `findings()` renders them when asked."""

    subject: str
    listing: Listing
    decision: str
    matched: list[RuleOutput]
    fact: dict[str, Any]
    basis: dict[str, str]
    product: ProductFacts | None = None
    match: Match | None = None
    #: the route's (fields sent by value, of those the evidence fields without a basis, listing fields): what
    #: the match's rows share (register/scan/rows.py), as its finding plans
    fixed: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None

    def findings(self) -> list[Finding]:
        if self.product is None or self.match is None:
            listing = self.listing
            return [output.listing_finding(self.fact, self.subject, self.basis, listing.sku, listing.market,
                                           listing.marketplace) for output in self.matched]
        return listing_findings(self.match, self.fact, self.subject, self.listing, self.product)


def listing_findings(match: Match, fact: dict[str, Any], subject: str, listing: Listing,
                     product: ProductFacts) -> list[Finding]:
    """A listing's findings: from the match's finding plans once it has them, else rule by rule."""
    basis, base, shared = product.basis, product.base, product.evidence
    sku, market, marketplace = listing.sku, listing.market, listing.marketplace
    plans = match.plans(fact, basis)
    if plans is None:
        return [output.listing_finding(fact, subject, basis, sku, market, marketplace, base, shared)
                for output in match.outputs]
    # from the second listing, every rule's plan; on a payload's first, the plans other payloads made and the
    # other rules' outputs (their findings made rule by rule)
    return planned_findings(plans, fact, subject, basis, sku, market, marketplace, base, shared)


@dataclass(slots=True, eq=False)  # hashed by identity: a part of the memo's keys
class _Shape:
    """A route's payload, worked out once: the keys of a listing's product half and of its own half
    (and of a whole fact, for callers without a product), each split into the keys sent by value and
    those sent as present (`compiler.presence_only`); and the fields the payload carries by value
    (whose placeholders and evidence a finding plan fills once per match)."""

    route: Route
    product: tuple[tuple[str, ...], tuple[str, ...]]
    listing: tuple[tuple[str, ...], tuple[str, ...]]
    whole: tuple[tuple[str, ...], tuple[str, ...]]
    fixed: tuple[frozenset[str], frozenset[str], frozenset[str]]
    #: the route's rules by pack, for payloads the memo has not seen (engine/match_parts.py); None with one pack
    parts: RouteParts | None
    #: each rule's position in the route, by id
    positions: dict[str, int]

    @classmethod
    def of(cls, found: Route) -> _Shape:
        presence = found.presence

        def split(keys: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
            return tuple(k for k in keys if k not in presence), tuple(k for k in keys if k in presence)

        listing = tuple(filter(listing_key, found.fields))
        product = tuple(key for key in found.fields if key not in listing)
        by_value = frozenset(found.fields) - presence
        parts = RouteParts(found)
        return cls(found, split(product), split(listing), split(found.fields),
                   (by_value, frozenset(k for k in by_value if not has_basis(k)), frozenset(listing)),
                   parts if parts.useful else None, {rule.id: position for position, rule in enumerate(parts.rules)})


def _payload(fact: dict[str, Any], keys: tuple[tuple[str, ...], tuple[str, ...]]) -> dict[str, Any]:
    """The keys of ``fact`` the route reads, by value, then those it tests only for presence as true."""
    by_value, presence = keys
    payload = {key: fact[key] for key in by_value if key in fact}
    for key in presence:
        value = fact.get(key, MISSING)
        if value is not MISSING:
            payload[key] = True if type(value) is str and value.isascii() else engine_json.present(value, key)
    return payload


class Evaluator:
    """Compiled packs plus a classifier: evaluate listings (or any registered subject kind)."""

    def __init__(self, packs: list[Pack], classifier: Classifier | None = None, memo_size: int = 4096):
        self.packs = packs
        self._classifier = classifier
        self._product_facts: ProductFactsCache | None = None
        namespace = next_namespace()
        self.rulesets: list[CompiledRuleset] = compile_packs(packs, namespace)
        #: each pack's rules in rulesets of their own, registered when a payload's new parts first need them
        self._pack_rulesets = compile_pack_rulesets(packs, namespace)
        self._pack_names: dict[tuple[str, str], tuple[str, ...]] = {}
        self._shapes: dict[tuple[str, str], _Shape] = {}
        #: The engine's answers by payload text (engine/match_memo.py).
        self.memo = MatchMemo(memo_size)
        self._outputs: dict[str, RuleOutput] = {rule.id: RuleOutput(rule) for pack in packs for rule in pack.rules}
        engine_host = host()
        for ruleset in self.rulesets:
            # durable-rules requires an action per rule; matches are read from its action queue
            # (SyncHost.assert_and_collect), so these never run.
            actions = {f"{ruleset.name}:{rule_id}": _queued_only for rule_id in ruleset.rules}
            try:
                engine_host.register(ruleset.name, ruleset.definition, actions)
            except EngineError as error:
                engine_host.unregister([done.name for done in self.rulesets])
                raise EngineError(_blame(ruleset) or str(error)) from None
        # its rulesets are deleted from the engine once this evaluator is gone (a server that loads packs again);
        # the packs' own rulesets join the list as they are registered (`_pack_rulesets_of`)
        self._registered = [ruleset.name for ruleset in self.rulesets]
        weakref.finalize(self, engine_host.retire, self._registered)

    @classmethod
    def from_paths(cls, paths: list[Path] | None = None, law_dates: LawDates | None = None) -> Evaluator:
        """The packs at ``paths`` (default: the packaged ones), with the configuration's law dates."""
        return cls(load_packs(paths, law_dates))

    @property
    def classifier(self) -> Classifier:
        """The given classifier, else the packaged one, loaded on first use: an unchanged re-scan
        evaluates nothing and needs only the packs (their versions and files), not the vocabulary."""
        if self._classifier is None:
            self._classifier = Classifier.default()
        return self._classifier

    def load_vocabulary(self) -> Evaluator:
        """Load the classifier now: a service does at start, so its first check does not pay about a second
        for it (on the event loop, for a small request)."""
        _ = self.product_facts
        return self

    @property
    def product_facts(self) -> ProductFactsCache:
        if self._product_facts is None:
            self._product_facts = ProductFactsCache(self.classifier)
        return self._product_facts

    @product_facts.setter
    def product_facts(self, facts: ProductFactsCache) -> None:
        """Another way to make product facts (a scan's worker sees each product once and keeps none)."""
        self._product_facts = facts

    @property
    def pack_versions(self) -> dict[str, str]:
        return {pack.spec.id: pack.spec.version for pack in self.packs}

    def _route(self, kind: str, region: str) -> Route:
        return self._shape(kind, region).route

    def _shape(self, kind: str, region: str) -> _Shape:
        key = (kind, region)
        found = self._shapes.get(key)
        if found is None:
            found = self._shapes[key] = _Shape.of(route(self.rulesets, kind, region))
        return found

    @staticmethod
    def _opening(product: ProductFacts, shape: _Shape) -> str:
        """The product's keys for one route, encoded once per product (``{"cls.radio":true,...,``): a listing
        fact's keys are the product's flat base plus the listing's own, so the two halves never share a key."""
        opening = product.payloads.get(shape)
        if opening is None:
            part = _payload(product.base, shape.product)
            opening = product.payloads[shape] = engine_json.dumps(part)[:-1] + "," if part else "{"
        return opening

    def matched_outputs(self, kind: str, fact: dict[str, Any], product: ProductFacts | None = None) -> list[RuleOutput]:
        """The prepared outputs of every rule the fact matches, in firing order, each once.

        With the listing's `product`, the product's keys come encoded once per product and route
        (`_opening`) and only the listing's own keys are encoded here."""
        return list(self.match(kind, fact, product).outputs)

    def payload_key(self, kind: str, fact: dict[str, Any],
                    product: ProductFacts | None = None) -> tuple[_Shape, str, str]:
        """The route's shape, the payload's opening (the product's half, or ``{``) and the rest of it: what
        the engine is sent, but the reference number; the memo's key."""
        region = fact.get("region", "")
        if type(region) is not str:
            region = str(region)
        shape = self._shapes.get((kind, region)) or self._shape(kind, region)
        if product is None:
            opening, payload = "{", _payload(fact, shape.whole)
        else:
            opening = product.payloads.get(shape) or self._opening(product, shape)
            payload = _payload(fact, shape.listing)
        # Only the keys these rulesets read, encoded once for all of them: less JSON to write and parse.
        payload["t"] = kind
        return shape, opening, engine_json.dumps(payload)

    def match(self, kind: str, fact: dict[str, Any], product: ProductFacts | None = None) -> Match:
        """What the engine answers for the fact: from the memo when it has answered this payload before, or every
        part of it (engine/match_parts.py)."""
        key = self.payload_key(kind, fact, product)
        shape = key[0]
        with LOCK:
            found = self.memo.get(key)
            if found is None:
                found = Match(self._fired(shape, key[1], key[2], fact, product), shape.fixed, self.memo.plans)
                self.memo.put(key, found)
        return found

    def _fired(self, shape: _Shape, opening: str, text: str, fact: dict[str, Any],
               product: ProductFacts | None) -> tuple[RuleOutput, ...]:
        """The outputs of the rules a payload fires, in firing order, each once: from the memo's answers for each
        of its parts when it has them all, else from the engine (and then kept for the parts it lacked)."""
        memo, parts, missing = self.memo, None, None
        if shape.parts is not None and memo.size > 0:
            parts = shape.parts.parts(fact.get("market"), fact.get("marketplace"), fact.get("day"))
        outputs = self._outputs
        if parts is not None:
            known, positions, missing = memo.parts, [], []
            if product is None:
                part_keys: Iterable[tuple[Any, ...]] = [(part, engine_json.dumps(_payload(fact, part.whole)))
                                                        for part in parts.parts]
            else:  # each half made once per product and once per listing text, for all the parts together
                part_keys = zip(parts.parts, product.payloads.get(parts) or self._halves(product, parts),
                                parts.owns.get(text) or self._owns(parts, fact, text), strict=True)
            for part_key in part_keys:
                answer = known.get(part_key)
                if answer is None:
                    missing.append(part_key)
                else:
                    positions += answer
            if missing and len(missing) * ALONE_SHARE <= len(parts.parts):  # the new parts alone (`_asked`)
                positions += self._asked(shape, parts, missing)
                missing = []
            if not missing:
                rules = shape.parts.rules  # type: ignore[union-attr]
                positions.sort()
                return tuple([outputs[rules[position].id] for position in positions])
        # a number of its own is the fact's identity to the engine: two listings that look alike stay
        # distinct facts, and the fact is retracted by it alone (SyncHost.assert_and_collect)
        fact_id = next(_refs)
        sent = f'{opening}{text[1:-1]},"id":{fact_id}}}'
        engine_host = host()
        fired: list[str] = []
        for ruleset in shape.route.rulesets:
            fired += engine_host.assert_and_collect(ruleset.name, sent, fact_id)
        # durable-rules fires a rule once per true branch of an `$or` (a rule with `any:` whose two
        # branches hold fires twice): one finding per rule, in firing order.
        names = dict.fromkeys(fired)
        if parts is not None:  # the route's order, as answers from parts have it (the engine fires in it anyway)
            names = dict.fromkeys(sorted(names, key=shape.positions.__getitem__))
        if missing:
            of = shape.positions
            fired_positions = [of[name] for name in names]
            for part_key in missing:
                members = part_key[0].positions
                memo.put_part(part_key, tuple([position for position in fired_positions if position in members]))
        return tuple(map(outputs.__getitem__, names))

    def _asked(self, shape: _Shape, parts: InForce, missing: list[tuple[Any, ...]]) -> list[int]:
        """The positions of the rules the payload's new parts fire, each part asked of its pack's ruleset on a fact
        of its own key's fields and the scope fields its rules read, and kept for the part: the whole payload
        in the route's ruleset asks every rule in force of every part and carries every field (the engine's work
        grows with both, events.c handleAlpha), where a payload most of whose parts are known needs one pack's.
        Rules never join facts, so each rule fires on the part's fact exactly when it does on the whole payload."""
        fact_id = next(_refs)
        engine_host, of, tails, memo = host(), shape.positions, parts.tails, self.memo
        fired: list[int] = []
        for part_key in missing:
            part = part_key[0]
            members = [half[1:-1] for half in part_key[1:] if len(half) > 2]
            members.append(tails[part])
            sent = f'{{{",".join(members)},"id":{fact_id}}}'
            names: list[str] = []
            for name in self._pack_names.get(part.pack) or self._pack_rulesets_of(part.pack):
                names += engine_host.assert_and_collect(name, sent, fact_id)
            members_of = part.positions
            answer = tuple(sorted({position for position in map(of.get, names) if position in members_of}))
            memo.put_part(part_key, answer)
            fired += answer
        return fired

    def _pack_rulesets_of(self, pack: tuple[str, str]) -> tuple[str, ...]:
        """A pack's own rulesets' names (kind, pack id), registered with the engine on first use (under `LOCK`,
        held by `match`), and deleted with the route's when this evaluator is gone."""
        engine_host = host()
        names = []
        for ruleset in self._pack_rulesets[pack]:
            actions = {f"{ruleset.name}:{rule_id}": _queued_only for rule_id in ruleset.rules}
            engine_host.register(ruleset.name, ruleset.definition, actions)
            self._registered.append(ruleset.name)
            names.append(ruleset.name)
        found = self._pack_names[pack] = tuple(names)
        return found

    @staticmethod
    def _halves(product: ProductFacts, parts: InForce) -> tuple[str, ...]:
        """The product's half of each part's key, encoded once per product and kept by the parts in force; parts
        that read the same product fields (a pack's rules in two markets) share one half."""
        payloads = product.payloads
        halves = []
        for part in parts.parts:
            keys = part.product
            half = payloads.get(keys)
            if half is None:
                half = payloads[keys] = engine_json.dumps(_payload(product.base, keys))
            halves.append(half)
        found = payloads[parts] = tuple(halves)
        return found

    @staticmethod
    def _owns(parts: InForce, fact: dict[str, Any], text: str) -> tuple[str, ...]:
        """Each part's listing half for a listing whose own payload is ``text``: the same text carries the same
        values of every listing field of the route (by value, or present as true), and a part's half is those of
        its own fields, encoded as the payload encodes them, so it is kept by the text (`InForce.owns`)."""
        owns = parts.owns
        if len(owns) >= OWNS_KEPT:
            owns.clear()
        found = owns[text] = tuple([engine_json.dumps(_payload(fact, part.listing))
                                    if part.listing[0] or part.listing[1] else "" for part in parts.parts])
        return found

    def matching_rules(self, kind: str, fact: dict[str, Any]) -> list[Rule]:
        """Every rule the fact matches, across the rulesets of its subject kind and region."""
        return [output.rule for output in self.matched_outputs(kind, fact)]

    def _matched(self, kind: str, fact: dict[str, Any], subject: str,
                 product: ProductFacts | None = None) -> Match:
        try:
            return self.match(kind, fact, product)
        except (EngineError, engine_json.FactValueError) as error:
            raise EvaluationError(f"{subject}: cannot be evaluated: {error}") from None

    def findings_for(
        self,
        kind: str,
        fact: dict[str, Any],
        subject: str,
        basis: dict[str, str] | None = None,
        **context: Any,
    ) -> list[Finding]:
        """Findings for one fact; `basis` explains derived fields, `context` fills sku/market/..."""
        matched = self._matched(kind, fact, subject).outputs
        return [output.finding(fact, subject, basis or {}, context) for output in matched]

    def finding(self, rule: Rule, fact: dict[str, Any], subject: str, basis: dict[str, str],
                **context: Any) -> Finding:
        """The finding one rule gives on one fact (the rule need not have been asserted)."""
        output = self._outputs.get(rule.id)
        if output is None or output.rule is not rule:
            output = RuleOutput(rule)
        return output.finding(fact, subject, basis, context)

    def _entry_facts(self, entry: CatalogEntry, at: date) -> tuple[ProductFacts, list[dict[str, Any]]]:
        try:
            return entry_facts(entry, self.classifier, at, self.product_facts)
        except engine_json.FactValueError as error:
            raise EvaluationError(f"{entry.product.sku}: cannot be evaluated: {error}") from None

    def decide_entry(self, entry: CatalogEntry, at: date) -> list[Verdict]:
        """Pre-listing decisions without building findings: for callers that need allow/review/block
        (a listing pipeline's gate); each `Verdict.findings()` renders its findings on demand."""
        product_facts, facts = self._entry_facts(entry, at)
        basis = product_facts.basis
        verdicts = []
        for listing, fact in zip(entry.listings, facts, strict=True):
            subject = listing_subject(listing)
            found = self._matched("listing", fact, subject, product_facts)
            region = fact.get("region", "")
            shape = self._shapes[("listing", region if type(region) is str else str(region))]
            verdicts.append(Verdict(subject, listing, found.decision, list(found.outputs), fact, basis, product_facts,
                                    found, shape.fixed))
        return verdicts

    def evaluate_entry(self, entry: CatalogEntry, at: date) -> list[Finding]:
        """Findings for every listing of one product, as of a date."""
        return [finding for verdict in self.decide_entry(entry, at) for finding in verdict.findings()]

    def check_entry(self, entry: CatalogEntry, at: date) -> list[Decision]:
        """Pre-listing decisions: block when a finding blocks the listing, review when one asks for review.
        (`decide_entry` and `Verdict.findings`, without the verdicts in between.)"""
        product_facts, facts = self._entry_facts(entry, at)
        decisions = []
        for listing, fact in zip(entry.listings, facts, strict=True):
            subject = listing_subject(listing)
            found = self._matched("listing", fact, subject, product_facts)
            decisions.append(complete(Decision, {
                "subject": subject, "sku": listing.sku, "marketplace": listing.marketplace, "market": listing.market,
                "decision": found.decision, "findings": listing_findings(found, fact, subject, listing, product_facts),
            }))  # fmt: skip
        return decisions

    def check_catalog(self, entries: Iterable[CatalogEntry], at: date) -> list[Decision]:
        return [decision for entry in entries for decision in self.check_entry(entry, at)]


def _blame(ruleset: CompiledRuleset) -> str | None:
    """Which rules of a ruleset durable-rules refuses, each tried alone: a bare engine code names no rule."""
    problems = []
    for rule in ruleset.rules.values():
        refusal = durable_refusal(rule)
        if refusal:
            problems.append(f"{rule.file}:{rule.line}: {rule.id}: {refusal}")
    return "\n".join(problems) or None


def listing_basis(classification_basis: dict[str, str], fact: dict[str, Any]) -> dict[str, str]:
    """How derived listing fields were derived, shown beside their values in evidence."""
    return basis_of(classification_basis, fact.get("certs_expired"))
