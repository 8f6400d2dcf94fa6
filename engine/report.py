"""Rendering pre-listing decisions as text for people and as stable JSON for pipelines.

The JSON shape is a contract (documented in README, `schema: crossguard.check/2`): fields are only
ever added, never renamed or removed, within a schema version. Version 2 added the `review`
decision (check/1 knew only allow and block), so a pipeline reading check/1 would have treated a
listing waiting for review as allowed.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from crossguard.engine.catalog import CatalogWarning, RowError
from crossguard.engine.classify import Classification, public_view
from crossguard.engine.findings import ALLOW, BLOCK, REVIEW, Decision, Evidence, Finding
from crossguard.engine.models import Product

CHECK_SCHEMA = "crossguard.check/2"


#: Evidence values that ``Evidence.model_dump`` hands back as they are (exact types: a subclass, an enum
#: member for one, may dump differently)
_PLAIN = frozenset({str, int, float, bool, type(None)})


def evidence_json(item: Evidence) -> dict[str, Any]:
    """``item.model_dump()``, written out for the values evidence nearly always holds (a scalar, or a list of
    scalars, which is copied as the dump copies it); anything else goes through pydantic. Why: 5-10 items
    per finding made this a third of ``check_json`` (docs/performance.md, "HTTP")."""
    value = item.value
    kind = type(value)
    if kind is list and all(type(v) in _PLAIN for v in value):
        value = value.copy()
    elif kind not in _PLAIN:
        return item.model_dump()
    return {"field": item.field, "value": value, "basis": item.basis}


def finding_json(finding: Finding) -> dict[str, Any]:
    """The one JSON shape of a finding: ``check``, ``seller-check`` and the register export use it."""
    return {
        "subject_kind": finding.subject_kind,
        "subject": finding.subject,
        "sku": finding.sku,
        "market": finding.market,
        "marketplace": finding.marketplace,
        "rule_id": finding.rule_id,
        "title": finding.rule_title,
        "pack": finding.pack_id,
        "pack_version": finding.pack_version,
        "severity": finding.severity.value,
        "blocks_listing": finding.blocks_listing,
        "reviews_listing": finding.reviews_listing,
        "message": finding.message,
        "remediation": finding.remediation,
        "references": finding.references,
        "evidence": [evidence_json(e) for e in finding.evidence],
        "fingerprint": finding.fingerprint,
    }


def error_json(error: RowError) -> dict[str, Any]:
    """An input problem as JSON: the file, row, YAML line and field it is about, and why."""
    return {"file": str(error.file), "row": error.row, "line": error.line, "field": error.field,
            "reason": error.reason}


def _counts(decisions: list[Decision]) -> dict[str, int]:
    counts = Counter(d.decision for d in decisions)
    return {"listings": len(decisions), "allowed": counts[ALLOW], "review": counts[REVIEW], "blocked": counts[BLOCK]}


def check_json(decisions: list[Decision], errors: list[RowError], at: date,
               warnings: list[CatalogWarning] | None = None) -> dict[str, Any]:
    return {
        "schema": CHECK_SCHEMA,
        "at": at.isoformat(),
        "summary": {**_counts(decisions), "input_errors": len(errors)},
        "input_errors": [error_json(e) for e in errors],
        "warnings": [{"file": str(w.file), "message": w.message} for w in warnings or []],
        "decisions": [
            {
                "subject": d.subject, "sku": d.sku, "marketplace": d.marketplace, "market": d.market,
                "decision": d.decision, "findings": [finding_json(f) for f in d.findings],
            }
            for d in decisions
        ],
    }


def _evidence_text(finding: Finding) -> str:
    parts = []
    for item in finding.evidence:
        value = "(none)" if item.value is None else item.value
        parts.append(f"{item.field}={value}" + (f" [{item.basis}]" if item.basis else ""))
    return "; ".join(parts)


def check_text(decisions: list[Decision], errors: list[RowError], at: date) -> str:
    lines: list[str] = []
    for error in errors:
        lines.append(f"INPUT ERROR {error}")
    for decision in decisions:
        if not decision.findings:
            lines.append(f"ALLOW {decision.subject}")
            continue
        lines.append(f"{decision.decision.upper()} {decision.subject} ({len(decision.findings)} finding(s))")
        for finding in sorted(decision.findings, key=lambda f: -f.severity.rank):
            marker = "blocks" if finding.blocks_listing else ("review" if finding.reviews_listing else "warns")
            lines.append(f"  [{finding.severity.value}] {finding.rule_id} ({marker}): {finding.message}")
            lines.append(f"      evidence: {_evidence_text(finding)}")
            lines.append(f"      fix: {finding.remediation}")
            lines.append(f"      see: {'; '.join(finding.references)}")
    counts = _counts(decisions)
    lines.append(
        f"as of {at.isoformat()}: {counts['listings']} listing(s), {counts['allowed']} allowed, "
        f"{counts['review']} in review, {counts['blocked']} blocked, {len(errors)} input error(s)"
    )
    return "\n".join(lines)


CLASSIFY_SCHEMA = "crossguard.classify/1"


def classify_json(results: list[tuple[Product, Classification]]) -> dict[str, Any]:
    """`crossguard classify --format json`: each product's type, whether it is established, every
    public class and the basis of each, and the classes left open (schema crossguard.classify/1; `open` is an
    added key, so readers of the first form still read it)."""
    return {
        "schema": CLASSIFY_SCHEMA,
        "products": [{"sku": product.sku, **public_view(found)} for product, found in results],
    }


def _no_type(sku: str, established: bool) -> str:
    """Why a product has no type, and for an unknown one how to settle it (an empty line told neither)."""
    if established:
        return "none: its attributes establish the classes"
    return (f"none: no attribute, HS code, product type, category or title word says what it is "
            f"(`crossguard classify set {sku} --type T` settles it)")


def classify_text(results: list[tuple[Product, Classification]]) -> str:
    lines: list[str] = []
    for product, found in results:
        view = public_view(found)
        kind = view["product_type"] or ("(established by attributes)" if view["established"] else "UNKNOWN")
        yes = [name for name, value in view["classes"].items() if value]
        lines.append(f"{product.sku}: {kind} — {', '.join(yes) or 'no regulated class'}   [{product.title}]")
        lines.append(f"    type: {view['basis'].get('product_type') or _no_type(product.sku, view['established'])}")
        for name in yes:
            lines.append(f"    {name}: {view['basis'][name]}")
        for name in view["open"]:
            lines.append(f"    {name} OPEN: {view['basis'][name]}")
    unknown = sum(1 for _, found in results if not found.values.get("established"))
    left_open = sum(1 for _, found in results if found.values.get("open"))
    lines.append(f"{len(results)} product(s), {unknown} not established, {left_open} with a class open")
    return "\n".join(lines)
