"""New and reopened register findings become alerts (via register.queries.new_or_reopened).

Looks at the last ``options.lookback_scans`` scans (default 3), so findings of a scan that
happened between two collections are not missed; the key includes the scan id, so a finding
reopened in a later scan alerts again, while re-running the source alerts nothing new. Findings
acknowledged, waived or resolved since the scan are skipped: nobody needs telling any more.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.register.models import Status
from crossguard.register.queries import new_or_reopened, scan_runs

if TYPE_CHECKING:
    from crossguard.notifiers.sources import SourceContext


def collect_findings(session: Session, ctx: SourceContext) -> Iterator[Alert]:
    conn = session.connection()
    lookback = int(ctx.settings.options.get("lookback_scans", 3))
    for run in reversed(scan_runs(conn, limit=lookback)):
        for f in new_or_reopened(conn, run.id):
            if f.status != Status.open:
                continue
            kind = AlertKind.finding_new if f.first_seen_scan_id == run.id else AlertKind.finding_reopened
            evidence = [Evidence(**e) for e in f.evidence if isinstance(e, dict) and "field" in e]
            yield Alert(
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
