"""Metric trends carried in a finding's evidence (account health), shaped for display.

The engine stores a metric's values by period as one evidence item, ``trend.<metric>`` holding a
list of ``date: value`` texts (engine/seller/health.py). ``register show``, the workspace's finding
page and its dashboard all show them as tables, so all three read them through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection

from crossguard.engine.seller.health import TREND_PREFIX, split_period
from crossguard.register import dashboard, queries

#: The pack whose findings carry metric trends; the dashboard's account-health panel lists its subjects.
ACCOUNT_HEALTH_PACK = "account-health"


@dataclass(frozen=True)
class PeriodValue:
    """One point of a trend: the period's date (or '' when the point named none) and the value shown then."""

    period: str
    value: str

    def __str__(self) -> str:
        return f"{self.period}: {self.value}" if self.period else self.value


@dataclass(frozen=True)
class MetricTrend:
    """A metric's values by period, oldest first; ``label`` says what it is and over which window."""

    field: str
    label: str
    points: tuple[PeriodValue, ...]

    @property
    def latest(self) -> PeriodValue:
        return self.points[-1]

    @property
    def name(self) -> str:
        """The label without its window ("Order Defect Rate, 60-day windows…" -> "Order Defect Rate")."""
        return self.label.split(", ", 1)[0]


def is_trend(item: object) -> bool:
    """Evidence that is a metric's values by period, not a field the rule read."""
    return (isinstance(item, dict) and str(item.get("field", "")).startswith(TREND_PREFIX)
            and isinstance(item.get("value"), list) and bool(item["value"]))


def metric_trends(evidence: Iterable[dict]) -> list[MetricTrend]:
    """The trends among a finding's evidence, in evidence order."""
    return [
        MetricTrend(str(item["field"]), str(item.get("basis") or item["field"]),
                    tuple(PeriodValue(*split_period(point)) for point in item["value"]))
        for item in evidence if is_trend(item)
    ]


def without_trends(evidence: Iterable[dict]) -> list[dict]:
    """The evidence a rule read, the trends left out (they get their own table)."""
    return [item for item in evidence if not is_trend(item)]


@dataclass(frozen=True)
class AccountHealth:
    """One account and store with account-health findings still to fix, and its metrics' latest values."""

    subject: str
    worst: queries.RegisterFinding  # the most severe finding: its severity, rule and page
    findings: int
    latest: dict[str, PeriodValue]  # metric name -> its latest value


def accounts_at_risk(conn: Connection, limit: int = 200) -> list[AccountHealth]:
    """Accounts with open or acknowledged account-health findings, the most severe first.

    Every finding on a subject carries the trends of the metrics its rule read; merged, they give
    the subject's latest value of each metric that has a finding.
    """
    found = queries.list_findings(conn, queries.Filters(packs=[ACCOUNT_HEALTH_PACK], statuses=dashboard.TO_FIX),
                                  limit=limit)
    by_subject: dict[str, list[queries.RegisterFinding]] = {}
    for finding in found:  # most severe first, so each subject's first finding is its worst
        by_subject.setdefault(finding.subject, []).append(finding)
    accounts = []
    for subject, findings in by_subject.items():
        latest = {trend.name: trend.latest for f in findings for trend in metric_trends(f.evidence)}
        accounts.append(AccountHealth(subject, findings[0], len(findings), dict(sorted(latest.items()))))
    return accounts
