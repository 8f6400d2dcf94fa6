"""Rendering seller-level results as text for people and JSON for pipelines.

JSON shape `crossguard.seller-check/1`: fields are only ever added within a schema version. Findings
use the same per-finding shape as `crossguard check` (`engine.report.finding_json`).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from crossguard.engine.findings import Finding
from crossguard.engine.report import error_json, finding_json
from crossguard.engine.seller.evaluate import SellerDataResult

SCHEMA = "crossguard.seller-check/1"
AREAS = {
    "vat_entity": "VAT", "vat_country": "VAT", "vat_number": "VAT",
    "trademark": "Trademarks", "brand_listing": "Trademarks",
    "account_cluster": "Account linkage", "fx_position": "FX", "import_route": "Customs",
    "account_health": "Account health",
}


AREA_ORDER = list(dict.fromkeys(AREAS.values()))


def _sorted(findings: list[Finding]) -> list[Finding]:
    """By area (VAT, trademarks, accounts, FX), then most severe first."""
    def key(f: Finding) -> tuple[int, int, str, str]:
        area = AREAS.get(f.subject_kind)
        return (AREA_ORDER.index(area) if area else len(AREA_ORDER), -f.severity.rank, f.subject, f.rule_id)
    return sorted(findings, key=key)


def seller_json(result: SellerDataResult, at: date) -> dict[str, Any]:
    severities = Counter(f.severity.value for f in result.findings)
    return {
        "schema": SCHEMA,
        "at": at.isoformat(),
        "summary": {
            "checked": result.checked, "passed": result.passed, "findings": len(result.findings),
            "by_severity": dict(severities), "accounts": result.accounts, "input_errors": len(result.errors),
            "uncovered_subject_kinds": result.uncovered_kinds,
        },
        "input_errors": [error_json(e) for e in result.errors],
        "findings": [finding_json(f) for f in _sorted(result.findings)],
    }


def _evidence(finding: Finding) -> list[str]:
    lines = []
    for item in finding.evidence:
        value = "(none)" if item.value is None else (", ".join(map(str, item.value)) if isinstance(item.value, list)
                                                      else item.value)
        lines.append(f"        {item.field} = {value}" + (f"  [{item.basis}]" if item.basis else ""))
    return lines


def seller_text(result: SellerDataResult, at: date) -> str:
    lines = [f"INPUT ERROR {error}" for error in result.errors]
    area = None
    for finding in _sorted(result.findings):
        if AREAS.get(finding.subject_kind) != area:
            area = AREAS.get(finding.subject_kind, finding.subject_kind)
            lines.append(f"== {area}")
        lines.append(f"  [{finding.severity.value}] {finding.rule_id} {finding.subject}")
        lines.append(f"      {finding.message}")
        lines.append("      evidence:")
        lines.extend(_evidence(finding))
        lines.append(f"      fix: {finding.remediation}")
        lines.append(f"      see: {'; '.join(finding.references)}")
    for kind in result.uncovered_kinds:
        lines.append(f"WARNING no loaded rule pack has rules for {kind} facts")
    passed = result.passed
    checked = ", ".join(f"{kind} {count} ({passed.get(kind, 0)} passed)" for kind, count in result.checked.items())
    severities = Counter(f.severity.value for f in result.findings)
    by_severity = ", ".join(f"{severities[s]} {s}" for s in ("critical", "high", "medium", "low", "info")
                            if severities[s])
    lines.append(f"as of {at.isoformat()}: checked {checked or 'nothing'}; {result.accounts} account(s)")
    lines.append(f"{len(result.findings)} finding(s)" + (f" ({by_severity})" if by_severity else "")
                 + f", {len(result.errors)} input error(s)")
    return "\n".join(lines)
