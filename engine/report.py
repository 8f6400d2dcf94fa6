"""Rendering pre-listing decisions as text for people and as stable JSON for pipelines.

The JSON shape is a contract (documented in README, `schema: crossguard.check/1`): fields are only
ever added, never renamed or removed, within a schema version.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crossguard.engine.catalog import RowError
from crossguard.engine.findings import Decision, Finding

CHECK_SCHEMA = "crossguard.check/1"


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
        "message": finding.message,
        "remediation": finding.remediation,
        "references": finding.references,
        "evidence": [e.model_dump() for e in finding.evidence],
        "fingerprint": finding.fingerprint,
    }


def error_json(error: RowError) -> dict[str, Any]:
    """An input problem as JSON: the file, row, YAML line and field it is about, and why."""
    return {"file": str(error.file), "row": error.row, "line": error.line, "field": error.field,
            "reason": error.reason}


def check_json(decisions: list[Decision], errors: list[RowError], at: date) -> dict[str, Any]:
    blocked = sum(1 for d in decisions if d.blocked)
    return {
        "schema": CHECK_SCHEMA,
        "at": at.isoformat(),
        "summary": {"listings": len(decisions), "allowed": len(decisions) - blocked, "blocked": blocked,
                    "input_errors": len(errors)},
        "input_errors": [error_json(e) for e in errors],
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
            marker = "blocks" if finding.blocks_listing else "warns"
            lines.append(f"  [{finding.severity.value}] {finding.rule_id} ({marker}): {finding.message}")
            lines.append(f"      evidence: {_evidence_text(finding)}")
            lines.append(f"      fix: {finding.remediation}")
            lines.append(f"      see: {'; '.join(finding.references)}")
    blocked = sum(1 for d in decisions if d.blocked)
    lines.append(
        f"as of {at.isoformat()}: {len(decisions)} listing(s), {len(decisions) - blocked} allowed, "
        f"{blocked} blocked, {len(errors)} input error(s)"
    )
    return "\n".join(lines)
