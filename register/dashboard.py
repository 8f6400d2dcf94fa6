"""Read side of the dashboard: counts of findings still to fix, overdue, and the trend over scans.

"To fix" means open or acknowledged: a waived finding is an accepted risk and a resolved one is done.
The trend reads ``scan_counts``, the snapshot each scan writes as it commits (``register.sla``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from crossguard.register.models import FindingRow, ScanCount, ScanRun
from crossguard.register.sla import OVERDUE_STATUSES

findings_t = FindingRow.__table__
counts_t = ScanCount.__table__
runs_t = ScanRun.__table__

TO_FIX = list(OVERDUE_STATUSES)


def to_fix_by(conn: Connection, column: str) -> dict[str, dict[str, int]]:
    """Open and acknowledged findings counted by ``column`` (market, pack_id, marketplace...) and severity."""
    col = findings_t.c[column]
    rows = conn.execute(
        select(col, findings_t.c.severity, func.count())
        .where(findings_t.c.status.in_(TO_FIX))
        .group_by(col, findings_t.c.severity)
    )
    out: dict[str, dict[str, int]] = {}
    for key, severity, count in rows:
        out.setdefault(key if key is not None else "-", {})[severity] = int(count)
    return out


def overdue_count(conn: Connection, today: date) -> int:
    query = select(func.count()).select_from(findings_t).where(
        and_(findings_t.c.status.in_(TO_FIX), findings_t.c.due_date < today)
    )
    return int(conn.execute(query).scalar_one())


@dataclass(frozen=True)
class TrendPoint:
    scan_id: int
    finished_at: datetime
    counts: dict[str, int]  # severity -> open or acknowledged findings when the scan committed


def trend(conn: Connection, scans: int = 30) -> list[TrendPoint]:
    """Open and acknowledged findings per severity at the end of each of the last ``scans`` scans, oldest first."""
    recent = select(runs_t.c.id, runs_t.c.finished_at).order_by(runs_t.c.id.desc()).limit(scans).subquery()
    rows = conn.execute(
        select(recent.c.id, recent.c.finished_at, counts_t.c.severity, func.sum(counts_t.c.count))
        .join(counts_t, and_(counts_t.c.scan_id == recent.c.id, counts_t.c.status.in_(TO_FIX)), isouter=True)
        .group_by(recent.c.id, recent.c.finished_at, counts_t.c.severity)
        .order_by(recent.c.id)
    )
    points: dict[int, TrendPoint] = {}
    for scan_id, finished_at, severity, count in rows:
        point = points.setdefault(scan_id, TrendPoint(scan_id, finished_at, {}))
        if severity is not None:
            point.counts[severity] = int(count or 0)
    return list(points.values())


def distinct_values(conn: Connection, column: str) -> list[Any]:
    """The values a filter can take (markets, packs, owners...), for the web page's choices."""
    col = findings_t.c[column]
    return [v for v in conn.execute(select(col).where(col.is_not(None)).distinct().order_by(col)).scalars()]
