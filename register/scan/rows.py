"""Findings as the register stores them: compact rows, made where the findings are made.

A scan compares what the engine says about each finding with what the register holds, by a hash of
the stored content. Worker processes make these rows themselves (:func:`verdict_rows`, straight
from the engine's matched rules, without building Finding models) and send tuples of strings back,
not pickled models; the main process only diffs and writes. :func:`finding_rows` gives the same
rows for Finding objects (seller data, tests, other evaluators), and the tests hold the two equal.

A row is ``(fingerprint, rule_id, content_hash, content, texts)``: ``content`` in ``ROW_CONTENT``
order (per finding), ``texts`` in ``TEXT_COLUMNS`` order (shared by the findings of a rule, stored
once in ``rule_texts``).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from pydantic import TypeAdapter

from crossguard.engine.conditions import lookup
from crossguard.engine.evaluator import Verdict
from crossguard.engine.finding_builder import RuleOutput, partial
from crossguard.engine.findings import SEVERITY_RANK, Evidence, Finding, Severity
from crossguard.engine.listing_facts import listing_key
from crossguard.engine.match_memo import Match
from crossguard.engine.operators import MISSING
from crossguard.engine.plan_cache import PlanCache

ROW_CONTENT = (
    "pack_id", "pack_version", "subject_kind", "subject", "sku", "market", "marketplace", "severity",
    "severity_rank", "message", "evidence_json", "blocks_listing",
)  # fmt: skip
TEXT_COLUMNS = ("rule_title", "remediation", "references_json")

_EVIDENCE = TypeAdapter(list[Evidence])
StoredRow = tuple[str, str, str, tuple[Any, ...], tuple[str, str, str]]


def fingerprint(rule_id: str, subject: str) -> str:
    """Finding.fingerprint without the model: the same rule on the same subject is the same finding."""
    return hashlib.sha256(f"{rule_id}\x1f{subject}".encode()).hexdigest()[:32]


def digest(row: tuple[Any, ...], texts: tuple[str, str, str]) -> str:
    """Hash of everything the engine said: equal hashes, nothing to update."""
    joined = "\x1f".join(map(str, row)) + "\x1e" + "\x1f".join(texts)
    return hashlib.blake2b(joined.encode(), digest_size=8).hexdigest()


@functools.lru_cache(maxsize=4096)
def _references_tuple_json(references: tuple[str, ...]) -> str:
    return json.dumps(list(references), ensure_ascii=False)  # the stored form predates this module


def _references_json(references: Sequence[str]) -> str:
    return _references_tuple_json(tuple(references))


def evidence_json(items: Iterable[tuple[str, Any, str | None]]) -> str:
    """Evidence as pydantic's ``dump_json`` of ``list[Evidence]`` writes it (the stored, hashed form)."""
    listed = [{"field": name, "value": value, "basis": basis} for name, value, basis in items]
    try:
        return orjson.dumps(listed).decode()
    except orjson.JSONEncodeError:  # an integer beyond 64 bits: pydantic's own writer takes it
        return _EVIDENCE.dump_json([Evidence(**item) for item in listed]).decode()


def _row(rule_id: str, content: tuple[Any, ...], texts: tuple[str, str, str], subject: str) -> StoredRow:
    return fingerprint(rule_id, subject), rule_id, digest(content, texts), content, texts


def finding_rows(findings: Iterable[Finding]) -> list[StoredRow]:
    """Stored rows of Finding objects."""
    rows = []
    for f in findings:
        severity: Severity = f.severity
        evidence = evidence_json((e.field, e.value, e.basis) for e in f.evidence)
        content = (f.pack_id, f.pack_version, f.subject_kind, f.subject, f.sku, f.market, f.marketplace, severity.value,
                   SEVERITY_RANK[severity], f.message, evidence, f.blocks_listing)  # fmt: skip
        rows.append(_row(f.rule_id, content, (f.rule_title, f.remediation, _references_json(f.references)), f.subject))
    return rows


class _RowPlan:
    """One rule's rows on the listings of one payload (a `Match`), or of any payload (`_Plans.rule`): what the
    rows share made once, so a listing's row is its few own values, two hashes and a tuple.

    Like finding_builder.FindingPlan, whose findings the rows must equal: the placeholders of the fields the
    payload carries by value filled, the evidence items of payload fields without a basis encoded (orjson, as
    `evidence_json` writes each item), the others encoded per listing (a listing field sent only as present) or
    once per product (a product field: its value and basis are the product's, `entry_rows`). The
    digest's text is the per-rule columns around the listing's (`digest` of the same row, written out)."""

    __slots__ = ("output", "rule_id", "constant", "message", "remediation", "texts", "evidence", "fingerprint", "head",
                 "middle", "product_message", "product_evidence")

    def __init__(self, output: RuleOutput, fact: dict[str, Any], basis: dict[str, str], fixed: frozenset[str],
                 fixed_evidence: frozenset[str] | None):
        spec, constant = output.rule.spec, output.constant
        self.output = output
        self.rule_id = constant["rule_id"]
        severity, rank, blocks = spec.severity.value, SEVERITY_RANK[spec.severity], output.blocks
        #: a row's constant columns: pack_id, pack_version, subject_kind, severity, severity_rank, blocks_listing
        self.constant = (constant["pack_id"], constant["pack_version"], constant["subject_kind"], severity, rank,
                         blocks)
        self.message = partial(output.message_parts, fact, fixed)
        self.remediation = partial(output.remediation_parts, fact, fixed)
        title, references = spec.title, _references_json(spec.references)
        #: the texts of every row (a shared tuple: pickled once per message) when the remediation is fixed
        self.texts = (title, self.remediation, references) if type(self.remediation) is str else (title, references)
        #: the evidence JSON, or its items (`_planned_evidence`), or None: chosen per listing (an `any:`)
        self.evidence: str | tuple[str | tuple[str] | list[str], ...] | None = None
        if fixed_evidence is not None:
            self.evidence = _planned_evidence(output.fields_held(fact), fact, basis, fixed_evidence)
        elif output.evidence_fields is not None:  # any payload: every item made per listing or product
            self.evidence = _planned_evidence(output.evidence_fields, fact, basis, _NOTHING)
        #: whether the message still to fill reads product fields only (the same text on every listing of a product)
        self.product_message = type(self.message) is not str and not any(
            listing_key(name) for _, name in output.message_parts[0] if name not in fixed)
        #: the evidence items, hashable, when none is a listing's own (the same JSON on every listing of a product)
        self.product_evidence = _product_evidence(self.evidence)
        self.fingerprint = f"{self.rule_id}\x1f".encode()
        pack_id, version, kind = self.constant[:3]
        self.head = f"{pack_id}\x1f{version}\x1f{kind}\x1f"
        #: the digest's text between the listing's columns and the message, after the evidence, after the remediation
        self.middle = (f"{severity}\x1f{rank}\x1f", f"\x1f{blocks}\x1e{title}\x1f", f"\x1f{references}")


def _fragment(name: str, value: Any, basis: str | None) -> str | None:
    """One evidence item as `evidence_json` writes it inside its list; None if orjson cannot write the value."""
    try:
        return orjson.dumps({"field": name, "value": value, "basis": basis}).decode()
    except orjson.JSONEncodeError:
        return None


def _planned_evidence(names: tuple[str, ...], fact: dict[str, Any], basis: dict[str, str],
                      fixed_evidence: frozenset[str]) -> str | tuple[str | tuple[str] | list[str], ...]:
    """A plan's evidence: the whole JSON text when every item is fixed, else its items: an encoded item,
    ``(name,)`` for a listing field (per listing) or ``[name]`` for a product field (per product)."""
    items: list[str | tuple[str] | list[str]] = []
    for name in names:
        encoded = _fragment(name, _value(fact, name), basis.get(name)) if name in fixed_evidence else None
        items.append(encoded if encoded is not None else (name,) if listing_key(name) else [name])
    if all(type(item) is str for item in items):
        return "[" + ",".join(items) + "]"  # type: ignore[arg-type]  # (an empty list too: "[]")
    return tuple(items)


def _product_evidence(items: str | tuple[str | tuple[str] | list[str], ...] | None) -> tuple[Any, ...] | None:
    """A plan's evidence items as a key of the product's cache (`verdict_rows`): encoded items and product fields
    (``("", name)``), or None when the evidence is whole already, chosen per listing, or has a listing's field."""
    if type(items) is not tuple or any(type(item) is tuple for item in items):
        return None
    return tuple(item if type(item) is str else ("", item[0]) for item in items)


def _value(fact: dict[str, Any], name: str) -> Any:
    """A field's evidence value: the fact's, found by `lookup` if not a flat key, None if missing."""
    value = fact.get(name, MISSING)
    if value is MISSING:
        value = lookup(fact, name)
    return None if value is MISSING else value


def _listing_evidence(plan: _RowPlan, fact: dict[str, Any], basis: dict[str, str],
                      product: dict[Any, str | None]) -> str | None:
    """A row's evidence JSON from its plan's items (None if orjson cannot write one: `evidence_json` then)."""
    items = plan.evidence
    if items is None:  # a rule with an `any:`, for any payload: its fields chosen here
        items = tuple((name,) if listing_key(name) else [name] for name in plan.output.fields_held(fact))
    parts = []
    for item in items:
        kind = type(item)
        if kind is str:
            parts.append(item)
            continue
        name = item[0]
        if kind is list:  # a product field: the same item on every listing of the product
            encoded = product.get(name, MISSING)
            if encoded is MISSING:
                encoded = product[name] = _fragment(name, _value(fact, name), basis.get(name))
        else:
            encoded = _fragment(name, _value(fact, name), basis.get(name))
        if encoded is None:
            return None
        parts.append(encoded)
    return "[" + ",".join(parts) + "]"


class _Plans:
    """Row plans of the rules of each payload (by `Match`, each its own object) and of each rule alone, kept
    per process. A payload's plans are shared with every other payload that gives a rule the same plan: the
    check's finding plans are keyed so (`engine/plan_cache.py`: the values of the few fields a rule's plan is
    made from), and row plans are made from the same values, so the same key serves. The synthetic catalog's
    1,657 payloads (20,000 products) made 11,482 plans, about 20 µs each; shared, a few hundred. Bounded:
    each kind emptied when full."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._matches: dict[Match, tuple[_RowPlan, ...]] = {}
        self._rules: dict[RuleOutput, _RowPlan] = {}
        #: only its groups: the fields each rule's key reads on a route (plans here are row plans, not its own)
        self._groups = PlanCache(size)
        self._shared: dict[tuple[Any, Any], _RowPlan] = {}

    def of(self, verdict: Verdict) -> Sequence[_RowPlan]:
        match = verdict.match
        if match is None or verdict.fixed is None:
            return [self.rule(output) for output in verdict.matched]
        found = self._matches.get(match)
        if found is None:
            found = self._keep(self._matches, match, self._made(verdict), self.size)
        return found

    def _made(self, verdict: Verdict) -> tuple[_RowPlan, ...]:
        """A payload's plans, on its first listing: each rule's shared plan, made if no payload has made it."""
        fixed, fixed_evidence, _ = verdict.fixed  # type: ignore[misc]
        outputs, fact = tuple(verdict.matched), verdict.fact
        group = self._groups.group(outputs, verdict.fixed)  # type: ignore[arg-type]
        plans = []
        for slot, key, output in zip(group.slots, group.keys(fact), outputs, strict=True):
            try:
                plan = self._shared.get((slot, key))
            except TypeError:  # a value that cannot be a key: a plan of this payload's own
                plans.append(_RowPlan(output, fact, verdict.basis, fixed, fixed_evidence))
                continue
            if plan is None:
                plan = self._keep(self._shared, (slot, key), _RowPlan(output, fact, verdict.basis, fixed,
                                                                      fixed_evidence), 4 * self.size)
            plans.append(plan)
        return tuple(plans)

    def rule(self, output: RuleOutput) -> _RowPlan:
        found = self._rules.get(output)
        if found is None:
            found = self._keep(self._rules, output, _RowPlan(output, {}, {}, _NOTHING, None), self.size)
        return found

    @staticmethod
    def _keep(kept: dict[Any, Any], key: Any, value: Any, size: int) -> Any:
        if len(kept) >= size:
            kept.clear()
        kept[key] = value
        return value


_NOTHING: frozenset[str] = frozenset()
_PLANS = _Plans()
_new_fingerprint = hashlib.sha256
_new_digest = functools.partial(hashlib.blake2b, digest_size=8)


def verdict_rows(verdict: Verdict, product: dict[Any, str | None] | None = None) -> list[StoredRow]:
    """Stored rows of one listing's matched rules, made from row plans without Finding models (identical to
    ``finding_rows(verdict.findings())``). ``product``: what the verdicts of one product share (`entry_rows`):
    the encoded evidence items of its fields (by name), the evidence JSON of plans without a listing's own
    field (by `_RowPlan.product_evidence`) and the messages of those that read product fields only (by their
    filler): the product's listings are one fact but for the listing's own keys (`listing_facts.listing_key`)."""
    rows: list[StoredRow] = []
    fact, basis, subject, listing = verdict.fact, verdict.basis, verdict.subject, verdict.listing
    sku, market, marketplace = listing.sku, listing.market, listing.marketplace
    own = f"{subject}\x1f{sku}\x1f{market}\x1f{marketplace}\x1f"
    key = subject.encode()
    if product is None:
        product = {}
    for plan in _PLANS.of(verdict):
        message = plan.message
        if type(message) is not str:
            if plan.product_message:
                filler, message = message, product.get(message)  # type: ignore[call-overload]
                if message is None:
                    message = product[filler] = filler(fact)  # type: ignore[index, operator]
            else:
                message = message(fact)  # type: ignore[operator]
        texts = plan.texts
        if len(texts) == 3:
            remediation = texts[1]
        else:
            remediation = plan.remediation(fact)  # type: ignore[operator]
            texts = (texts[0], remediation, texts[1])
        evidence = plan.evidence
        if type(evidence) is not str:
            shared = plan.product_evidence
            if shared is None or (evidence := product.get(shared)) is None:  # type: ignore[call-overload]
                evidence = _listing_evidence(plan, fact, basis, product)
                if evidence is None:  # a value orjson cannot write (an integer beyond 64 bits)
                    evidence = evidence_json(plan.output.evidence_items(fact, basis))
                if shared is not None:
                    product[shared] = evidence  # type: ignore[index]
        pack_id, version, kind, severity, rank, blocks = plan.constant
        ranked, middle, tail = plan.middle
        rows.append((
            _new_fingerprint(plan.fingerprint + key).hexdigest()[:32],
            plan.rule_id,
            _new_digest(f"{plan.head}{own}{ranked}{message}\x1f{evidence}{middle}{remediation}{tail}".encode()).hexdigest(),
            (pack_id, version, kind, subject, sku, market, marketplace, severity, rank, message, evidence, blocks),
            texts,
        ))  # fmt: skip
    return rows


def entry_rows(verdicts: Iterable[Verdict]) -> list[StoredRow]:
    """Stored rows of one product's listings (`Evaluator.decide_entry`): `verdict_rows` of each, the product
    fields' evidence items encoded once for all of them."""
    product: dict[Any, str | None] = {}
    return [row for verdict in verdicts for row in verdict_rows(verdict, product)]
