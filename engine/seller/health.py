"""Account-health facts: one `account_health` fact per account and marketplace store.

The latest row of the performance file on or before the evaluation date is the account's state;
the rows before it give the trend. Everything a rule compares is derived here, because
durable-rules only compares (../shared/durable-rules.md): each rate from its counts, the ratio of
the bad share to the share the limit allows (`*_limit_ratio`: 1 is the limit, the pack grades
0.75 / 1 / 2), the distance to the limit in percentage points and in orders, and how many periods
running the metric got worse (`*_worsening`). Rates are exact fractions until they become fact
values, so a rate exactly at its limit compares equal to it.

Each finding also carries the metric's trend by period as evidence (`trend.<metric>_pct`), so the
register and the alerts show it without a table of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import ceil, floor
from typing import Any

from crossguard.engine.findings import Evidence
from crossguard.engine.listing_facts import day_number
from crossguard.engine.markets import region_of
from crossguard.engine.seller.facts import SellerFact, clean
from crossguard.engine.seller.health_metrics import METRICS, Metric
from crossguard.engine.seller.health_models import Figures, PerformanceRecord, ViolationStatus, ViolationType

#: Periods of trend each finding carries as evidence (eight weekly reads: two months).
TREND_PERIODS = 8
#: Periods the `*_trend` text of a message shows.
MESSAGE_PERIODS = 3
#: Between a period's date and its value in a trend point (`2026-11-23: 0.88% (5 of 567)`).
PERIOD_SEPARATOR = ": "
#: The evidence field of a metric's trend starts with this.
TREND_PREFIX = "trend."


def period_text(on: date, value: object) -> str:
    """One point of trend evidence: stored as text, so old findings read the same in every release."""
    return f"{on.isoformat()}{PERIOD_SEPARATOR}{value}"


def split_period(point: object) -> tuple[str, str]:
    """A trend point back into (period, value); a point without a date keeps all its text as the value."""
    period, separator, value = str(point).partition(PERIOD_SEPARATOR)
    return (period, value) if separator else ("", period)


@dataclass(frozen=True)
class Reading:
    """One metric in one period: the counts and the rate as the marketplace shows it."""

    on: date
    bad: int
    base: int
    metric: Metric

    @property
    def bad_pct(self) -> Fraction:
        return Fraction(self.bad * 100, self.base)

    @property
    def pct(self) -> Fraction:
        return self.bad_pct if self.metric.higher_is_worse else 100 - self.bad_pct

    def shown(self) -> str:
        return f"{float(self.pct):.2f}%"

    def text(self) -> str:
        """One period of the trend evidence: date, rate and the counts behind it."""
        counted = self.bad if self.metric.higher_is_worse else self.base - self.bad
        return period_text(self.on, f"{self.shown()} ({counted} of {self.base})")


def fact_number(value: Fraction) -> float:
    """A fraction as a fact value: durable-rules refuses numbers in exponent form (below 1e-4)."""
    number = float(value)
    return 0.0 if abs(number) < 1e-4 else number


def worsening(values: list[Any], worse: Any) -> int:
    """How many periods running the last values got worse (`worse(previous, current)`)."""
    count = 0
    for previous, current in zip(reversed(values[:-1]), reversed(values[1:]), strict=True):
        if not worse(previous, current):
            break
        count += 1
    return count


def readings(metric: Metric, rows: list[PerformanceRecord]) -> list[Reading]:
    found = []
    for row in rows:
        figures: Figures | None = getattr(row, metric.key)
        if figures is not None:
            bad, base = figures.counts()
            if base > 0:
                found.append(Reading(row.date, bad, base, metric))
    return found


def _to_limit(metric: Metric, now: Reading) -> int:
    """More bad orders, at this volume, that would put the rate at or past its limit."""
    allowed = Fraction(metric.bad_limit_pct) * now.base / 100
    first_failing = ceil(allowed) if metric.higher_is_worse else floor(allowed) + 1
    return first_failing - now.bad


Part = tuple[dict[str, Any], dict[str, str], Evidence | None]  # fact fields, their basis, the trend evidence


def metric_fields(metric: Metric, rows: list[PerformanceRecord]) -> Part:
    """The metric's fact fields, their basis and its trend evidence; nothing when the latest row lacks it."""
    series = readings(metric, rows)
    if not series or series[-1].on != rows[-1].date:
        return {}, {}, None
    now, key = series[-1], metric.key
    ratio = now.bad_pct / Fraction(metric.bad_limit_pct)
    margin = Fraction(metric.limit_pct) - now.pct if metric.higher_is_worse else now.pct - Fraction(metric.limit_pct)
    to_limit = _to_limit(metric, now)
    rises = worsening([r.pct for r in series], (lambda a, b: b > a) if metric.higher_is_worse else (lambda a, b: b < a))
    trend = " → ".join(f"{r.shown()} ({r.on.isoformat()})" for r in series[-MESSAGE_PERIODS:])
    fields = {
        f"{key}_pct": round(float(now.pct), 2), f"{key}_orders": now.base, f"{key}_bad": now.bad,
        f"{key}_window_days": metric.window_days, f"{key}_limit_pct": float(metric.limit_pct),
        f"{key}_limit_ratio": fact_number(ratio), f"{key}_headroom_pct": round(float(max(margin, 0)), 2),
        f"{key}_excess_pct": round(float(max(-margin, 0)), 2), f"{key}_to_limit": to_limit if to_limit > 0 else None,
        f"{key}_worsening": rises, f"{key}_trend": trend,
    }
    wording = "under" if metric.higher_is_worse else "at least"
    window = f"in the {metric.window_days} days to {now.on.isoformat()}"
    basis = {
        f"{key}_limit_ratio": f"{now.bad} of {now.base} {metric.base} {metric.bad_events} {window}: "
                              f"{metric.label} {now.shown()}, limit {wording} {metric.limit_pct}% "
                              f"({float(ratio):.2f} of the {metric.bad_limit_pct}% allowed to go wrong)",
        f"{key}_orders": f"{metric.base} {window}",
        f"{key}_worsening": f"{metric.label} by period: {trend}",
    }
    evidence = Evidence(field=f"{TREND_PREFIX}{key}_pct", value=[r.text() for r in series[-TREND_PERIODS:]],
                        basis=f"{metric.label}, {metric.window_days}-day windows ending on each date")
    return fields, basis, evidence


def rating_fields(rows: list[PerformanceRecord]) -> Part:
    rated = [(row.date, row.rating) for row in rows if row.rating is not None]
    if not rated or rated[-1][0] != rows[-1].date:
        return {}, {}, None
    trend = " → ".join(f"{value} ({on.isoformat()})" for on, value in rated[-MESSAGE_PERIODS:])
    fields = {"rating": rated[-1][1], "rating_worsening": worsening([v for _, v in rated], lambda a, b: b < a),
              "rating_trend": trend}
    basis = {"rating": f"Account Health Rating on {rated[-1][0].isoformat()} (0 to 1,000)",
             "rating_worsening": f"Account Health Rating by period: {trend}"}
    by_period = [period_text(on, value) for on, value in rated[-TREND_PERIODS:]]
    evidence = Evidence(field=f"{TREND_PREFIX}rating", value=by_period, basis="Account Health Rating (0 to 1,000)")
    return fields, basis, evidence


def violation_fields(latest: PerformanceRecord) -> tuple[dict[str, Any], dict[str, str]]:
    """Open violations of the latest row, counted per type (appealed and resolved ones are not open)."""
    items: dict[ViolationType, list[str]] = defaultdict(list)
    for violation in latest.violations:
        if violation.status is ViolationStatus.open:
            items[violation.type].append(violation.label())
    fields: dict[str, Any] = {"open_violations": sum(len(found) for found in items.values())}
    basis = {}
    for kind, found in items.items():
        fields[f"open_{kind.value}"] = len(found)
        fields[f"open_{kind.value}_items"] = sorted(found)
        basis[f"open_{kind.value}"] = f"open on {latest.date.isoformat()}: {', '.join(sorted(found))}"
    return fields, basis


def store_fact(rows: list[PerformanceRecord], at: date) -> SellerFact:
    """The fact of one account on one store; ``rows`` are its periods up to ``at``, oldest first."""
    latest = rows[-1]
    account, marketplace, market = latest.store
    fact: dict[str, Any] = {
        "day": day_number(at), "region": region_of(market), "account": account, "marketplace": marketplace,
        "market": market, "period": latest.date.isoformat(), "periods": len(rows),
        "figures_age_days": (at - latest.date).days,
    }
    basis = {"figures_age_days": f"latest figures read {latest.date.isoformat()}, evaluated as of {at.isoformat()}",
             "region": f"{marketplace} store {market}"}
    related: dict[str, Evidence] = {}
    parts = [metric_fields(metric, rows) for metric in METRICS.values()] + [rating_fields(rows)]
    for fields, why, trend in parts:
        fact.update(fields)
        basis.update(why)
        if trend is not None:
            related.update(dict.fromkeys(fields, trend))
    fields, why = violation_fields(latest)
    fact.update(fields)
    basis.update(why)
    subject = f"account:{account}@{marketplace}:{market}"
    return SellerFact("account_health", clean(fact), subject, basis,
                      context={"marketplace": marketplace, "market": market}, related=related)


def health_facts(records: Iterable[PerformanceRecord], at: date) -> list[SellerFact]:
    """One fact per account and store with figures on or before ``at`` (later rows are not known yet)."""
    stores: dict[tuple[str, str, str], list[PerformanceRecord]] = defaultdict(list)
    for record in records:
        if record.date <= at:
            stores[record.store].append(record)
    return [store_fact(sorted(rows, key=lambda r: r.date), at) for _, rows in sorted(stores.items())]
