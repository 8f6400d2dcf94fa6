"""Due dates from the SLA, and the per-scan counts behind the dashboard's trend.

Both run inside the scan's transaction (``register.scan.run_scan``): due dates are set for findings
the scan created (from their first-seen day, as the scan inserts them) and reset for findings it reopened
(from the scan's day: a problem that came back gets a fresh clock). Rows without a due date from
before this feature existed are filled the same way, from their first-seen day. Each step is a
handful of grouped UPDATEs, not one per finding, so a first scan of a large catalog stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import and_, case, func, insert, literal, select, update
from sqlalchemy.engine import Connection

from crossguard.engine.findings import Severity
from crossguard.register.models import ACTIVE_STATUSES, Action, FindingEvent, FindingRow, ScanCount, Status

findings_t = FindingRow.__table__
events_t = FindingEvent.__table__
counts_t = ScanCount.__table__

#: Statuses in which a finding can be overdue: someone still has to fix it (a waiver stops the clock).
OVERDUE_STATUSES = (Status.open.value, Status.acknowledged.value)


def due_from(start: date, severity: str, sla: Mapping[Severity, int | None]) -> date | None:
    days = sla.get(Severity(severity))
    return None if days is None else start + timedelta(days=days)


def is_overdue(status: str, due: date | None, today: date) -> bool:
    """Past its due date (the due day itself is still on time) and not waived or resolved."""
    return due is not None and status in OVERDUE_STATUSES and due < today


def apply_sla(conn: Connection, sla: Mapping[Severity, int | None], scan_id: int, scan_day: date,
              any_reopened: bool = True) -> None:
    """Set due dates for what scan ``scan_id`` reopened, and for active rows that have none.

    ``any_reopened``: whether the scan reopened anything. When it did not (a first scan always), the search of its
    audit rows for reopened findings is skipped: it reads every audit row of the scan (by the ``scan_id``
    index, not by action), once per severity, 1.7 s for a first scan's 2.3 million "created" rows.

    The scan sets the due dates of the findings it creates as it inserts them (``Applier``): an UPDATE of
    every new row here, found by the ``due_date`` index it changes, made SQLite collect all their row ids
    in memory first (about 70 bytes a finding: 70 MB at a million listings). Rows of a severity without
    an SLA are left out of the search for rows without a due date, which they always are.
    """
    reopened = select(events_t.c.finding_id).where(
        and_(events_t.c.scan_id == scan_id, events_t.c.action == Action.reopened.value)
    )
    for severity in Severity if any_reopened else ():
        conn.execute(
            update(findings_t)
            .where(and_(findings_t.c.severity == severity.value, findings_t.c.id.in_(reopened)))
            .values(due_date=due_from(scan_day, severity, sla))
        )
    timed = [severity.value for severity in Severity if sla.get(severity) is not None]  # the others stay without
    missing = conn.execute(
        select(findings_t.c.first_seen_scan_id, findings_t.c.severity, func.min(findings_t.c.first_seen_at))
        .where(and_(findings_t.c.due_date.is_(None), findings_t.c.status.in_(list(ACTIVE_STATUSES)),
                    findings_t.c.severity.in_(timed)))
        .group_by(findings_t.c.first_seen_scan_id, findings_t.c.severity)
    ).all()
    for first_scan, severity, first_seen in missing:
        due = due_from(first_seen.date(), severity, sla)
        if due is None:
            continue
        conn.execute(
            update(findings_t)
            .where(and_(findings_t.c.first_seen_scan_id == first_scan, findings_t.c.severity == severity,
                        findings_t.c.due_date.is_(None), findings_t.c.status.in_(list(ACTIVE_STATUSES))))
            .values(due_date=due)
        )  # fmt: skip


def record_counts(conn: Connection, scan_id: int) -> None:
    """Snapshot the register's counts by severity and status for scan ``scan_id`` (one INSERT ... SELECT).

    Grouped by (status, severity_rank), the columns of an index, and not by the severity's name (one name
    per rank): SQLite then reads the index in order instead of sorting every finding in memory, which
    grew with the register (about 30 bytes a finding, up to the page cache's size, on top of the cache).
    The name is mapped from the rank in SQL (``min(severity)`` read every finding's row: the index alone
    now answers, 0.07 s instead of 1 s for 450,000 findings); every write stores ``Severity(name).rank``.
    """
    name = case({severity.rank: severity.value for severity in Severity}, value=findings_t.c.severity_rank)
    grouped = select(
        literal(scan_id), name, findings_t.c.status, func.count()
    ).group_by(findings_t.c.status, findings_t.c.severity_rank)
    conn.execute(insert(counts_t).from_select(["scan_id", "severity", "status", "count"], grouped))
