"""New and reopened register findings become alerts (via register.queries.new_or_reopened).

Looks at the last ``options.lookback_scans`` scans (default 3), so findings of a scan that
happened between two collections are not missed; the key includes the scan id, so a finding
reopened in a later scan alerts again, while re-running the source alerts nothing new. Findings
acknowledged, waived or resolved since the scan are skipped: nobody needs telling any more.

The first scan of a register finds everything at once (often thousands of findings): it is announced
as one digest with the counts and the most severe findings, not one message per finding
(``options.first_scan_digest: false`` restores one message each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import MAX_PRODUCTS, Alert, AlertKind, alert_key
from crossguard.register.models import ScanRun, Status
from crossguard.register.queries import RegisterFinding, ScanRunInfo, new_or_reopened, scan_runs

if TYPE_CHECKING:
    from crossguard.notifiers.sources import SourceContext

#: Most severe findings a first-scan digest names.
DIGEST_FINDINGS = 10


def collect_findings(session: Session, ctx: SourceContext) -> Iterator[Alert]:
    conn = session.connection()
    lookback = int(ctx.settings.options.get("lookback_scans", 3))
    first_scan_digest = bool(ctx.settings.options.get("first_scan_digest", True))
    first_id = session.scalar(select(func.min(ScanRun.id)))
    for run in reversed(scan_runs(conn, limit=lookback)):
        found = [f for f in new_or_reopened(conn, run.id) if f.status == Status.open]
        if first_scan_digest and run.id == first_id and len(found) > 1:
            yield _first_scan_digest(run, found)
            continue
        for f in found:
            yield _finding_alert(f, run, ctx)


def _finding_alert(f: RegisterFinding, run: ScanRunInfo, ctx: SourceContext) -> Alert:
    kind = AlertKind.finding_new if f.first_seen_scan_id == run.id else AlertKind.finding_reopened
    evidence = [Evidence(**e) for e in f.evidence if isinstance(e, dict) and "field" in e]
    return Alert(
        key=alert_key(kind.value, f.fingerprint, run.id),
        kind=kind,
        source="findings",
        severity=Severity(f.severity),
        title=f"{'New' if kind is AlertKind.finding_new else 'Reopened'}: {f.rule_title} — {f.subject}"[:300],
        subject=f.subject,
        rule=f"{f.rule_id} ({f.rule_title})",
        pack=f"{f.pack_id}",
        market=f.market,
        skus=[f.sku] if f.sku else [],
        evidence=[Evidence(field="message", value=f.message), *evidence,
                  *([Evidence(field="references", value="; ".join(f.references))] if f.references else [])],
        remediation=f.remediation,
        link=ctx.config.finding_link(f.fingerprint),  # references are citations, not URLs
    )


def _counts(values: list[str | None]) -> str:
    return ", ".join(f"{name} {n:,}" for name, n in Counter(v or "-" for v in values).most_common())


def _first_scan_digest(run: ScanRunInfo, found: list[RegisterFinding]) -> Alert:
    """The register's first scan in one message: counts by severity, pack and market, the worst few."""
    worst = sorted(found, key=lambda f: (-f.severity_rank, f.rule_id, f.subject))
    skus = list(dict.fromkeys(f.sku for f in worst if f.sku))
    evidence = [Evidence(field="findings", value=len(found), basis=f"scan {run.id} on {run.scan_date.isoformat()}"),
                Evidence(field="by severity", value=_counts([f.severity for f in worst])),
                Evidence(field="by pack", value=_counts([f.pack_id for f in worst])),
                Evidence(field="by market", value=_counts([f.market for f in worst]))]
    evidence += [Evidence(field=f"{f.severity} {f.rule_id}", value=f"{f.subject}: {f.message}"[:300])
                 for f in worst[:DIGEST_FINDINGS]]
    return Alert(
        key=alert_key("first_scan", run.id),
        kind=AlertKind.finding_new,
        source="findings",
        severity=Severity(worst[0].severity),
        title=f"First scan of the register: {len(found):,} findings on {len(skus):,} SKUs",
        subject=f"scan {run.id}",
        rule="first scan (one message instead of one per finding)",
        skus=skus[:MAX_PRODUCTS],  # the rest: `crossguard register list` (this alert lists no more)
        evidence=evidence,
        remediation="Work the register from the most severe findings: crossguard register list --status open "
                    "--severity critical (or the workspace's Findings page). Later scans alert on each new or "
                    "reopened finding.",
    )
