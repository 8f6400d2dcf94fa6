"""Waivers about to run out become alerts (via register.queries.waivers_expiring_within).

One alert per waiver period: the key includes the waiver's end date, so extending a waiver and
later approaching the new date alerts again, while daily collection does not repeat itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.register.queries import waivers_expiring_within

if TYPE_CHECKING:
    from crossguard.notifiers.sources import SourceContext


def collect_waivers(session: Session, ctx: SourceContext) -> Iterator[Alert]:
    conn = session.connection()
    for f in waivers_expiring_within(conn, ctx.settings.days, today=ctx.today):
        if f.waived_until is None:
            continue
        days_left = (f.waived_until - ctx.today).days
        yield Alert(
            key=alert_key("waiver_expiring", f.fingerprint, f.waived_until.isoformat()),
            kind=AlertKind.waiver_expiring,
            source="waivers_expiring",
            severity=Severity(f.severity),
            title=f"Waiver ends in {days_left} day{'s' * (days_left != 1)}: {f.rule_title} — {f.subject}"[:300],
            subject=f.subject,
            rule=f"{f.rule_id} ({f.rule_title})",
            pack=f.pack_id,
            market=f.market,
            skus=[f.sku] if f.sku else [],
            evidence=[
                Evidence(field="waived until", value=f.waived_until.isoformat()),
                Evidence(field="waived by", value=f.waived_by or "?"),
                Evidence(field="reason", value=f.waiver_reason or ""),
                Evidence(field="message", value=f.message),
                *([Evidence(field="references", value="; ".join(f.references))] if f.references else []),
            ],
            remediation=f"Fix it before {f.waived_until.isoformat()} or renew the waiver: {f.remediation}",
            link=ctx.config.finding_link(f.fingerprint),  # references are citations, not URLs
        )
