"""Helpers for the account-health tests: performance rows built in memory, evaluated with the real engine."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from crossguard.engine.evaluator import Evaluator
from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.evaluate import SellerDataResult, evaluate_loaded
from crossguard.engine.seller.health_models import PerformanceRecord
from tests.seller_support import account, seller_evaluator

#: The last period's date in these tests (a Monday); the evaluation date is two days later.
PERIOD = date(2026, 11, 23)
AT = PERIOD + timedelta(days=2)

#: The input field of each metric, and the names its counts go by.
COUNT_NAMES = {
    "odr": ("orders", "defects"),
    "cancellation": ("orders", "cancelled"),
    "late_10d": ("orders", "late"),
    "late_30d": ("orders", "late"),
    "valid_tracking": ("shipments", "valid"),
}


def figures(metric: str, bad: int, base: int, **extra: Any) -> dict[str, Any]:
    """A metric's counts from (bad, base): for the tracking rate, ``bad`` untracked shipments."""
    whole, part = COUNT_NAMES[metric]
    counted = base - bad if metric == "valid_tracking" else bad
    return {whole: base, part: counted, **extra}


def row(on: date = PERIOD, account_id: str = "A1", market: str = "GB", marketplace: str = "amazon",
        **fields: Any) -> PerformanceRecord:
    return PerformanceRecord.model_validate(
        {"account": account_id, "marketplace": marketplace, "market": market, "date": on, **fields}
    )


def weekly(metric: str, series: list[tuple[int, int]], **fields: Any) -> list[PerformanceRecord]:
    """One row a week ending on PERIOD, with the metric's (bad, base) of each week, oldest first."""
    start = PERIOD - timedelta(weeks=len(series) - 1)
    return [row(start + timedelta(weeks=i), **{metric: figures(metric, bad, base)}, **fields)
            for i, (bad, base) in enumerate(series)]


_EVALUATOR: Evaluator | None = None


def health_evaluator() -> Evaluator:
    """The account-health pack, compiled once for the test session (each compile registers rulesets)."""
    global _EVALUATOR
    if _EVALUATOR is None:
        _EVALUATOR = seller_evaluator("account-health")
    return _EVALUATOR


def evaluate(records: list[PerformanceRecord], at: date = AT) -> SellerDataResult:
    accounts = [account(a) for a in sorted({r.account for r in records})]
    return evaluate_loaded(health_evaluator(), SellerData(accounts=accounts, performance=records), at)


def fired(records: list[PerformanceRecord], at: date = AT) -> set[str]:
    return {f.rule_id for f in evaluate(records, at).findings}
