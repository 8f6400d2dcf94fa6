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

from crossguard.engine.evaluator import Verdict
from crossguard.engine.finding_builder import RuleOutput
from crossguard.engine.findings import SEVERITY_RANK, Evidence, Finding, Severity

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


class _RuleTexts:
    """Per rule, what every finding of it shares (texts and constant columns), computed once per process."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[tuple[str, str, str], tuple[Any, ...]]] = {}

    def of(self, output: RuleOutput) -> tuple[tuple[str, str, str], tuple[Any, ...]]:
        found = self._known.get(id(output))
        if found is None or found[1][0] is not output:
            spec = output.rule.spec
            texts = (spec.title, "", _references_json(spec.references))
            found = self._known[id(output)] = (texts, (output, spec.severity.value, SEVERITY_RANK[spec.severity]))
        return found


_TEXTS = _RuleTexts()


def verdict_rows(verdict: Verdict) -> list[StoredRow]:
    """Stored rows of one listing's matched rules, made without Finding models (identical to
    ``finding_rows(verdict.findings())``)."""
    rows = []
    listing, fact, basis, subject = verdict.listing, verdict.fact, verdict.basis, verdict.subject
    for output in verdict.matched:
        (title, _, references), (_, severity, rank) = _TEXTS.of(output)
        constant = output.constant
        evidence = output.evidence_items(fact, basis)
        content = (constant["pack_id"], constant["pack_version"], constant["subject_kind"], subject, listing.sku,
                   listing.market, listing.marketplace, severity, rank, output.message(fact), evidence_json(evidence),
                   output.blocks)  # fmt: skip
        rows.append(_row(constant["rule_id"], content, (title, output.remediation(fact), references), subject))
    return rows
