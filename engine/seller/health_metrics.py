"""The performance metrics marketplaces publish limits for: window, limit and where it is published.

Facts about the marketplace, not policy a seller tunes (like engine/markets.py), so they live in
code; rules/account-health.yaml grades the ratio to these limits (approaching, over, far over) and
says how many orders a rate needs before it is judged. Amazon Seller Central help, "Monitor your
account health" (UK and ES editions; the US one is the same help item) and "Valid Tracking Rate":

- Order Defect Rate: orders with negative feedback, an A-to-z Guarantee claim not denied or a
  chargeback, over 60 days; "maintain an ODR under 1%".
- Cancellation Rate: seller-cancelled seller-fulfilled orders over 7 days; under 2.5%.
- Late Dispatch Rate (Late Shipment Rate in the US): seller-fulfilled orders ship-confirmed after
  the expected date, over 10 and over 30 days; under 4%.
- Valid Tracking Rate: seller-fulfilled shipments with a valid tracking number over 30 days; the
  target is 95% ("190 of 200 packages ... 95%" meets it).

Every limit is strict on the bad side: a rate *at* 1% is not "under 1%", a tracking rate at 95% is
"at least 95%". `bad_limit_pct` is the share of orders allowed to go wrong (for the tracking rate
the untracked share, 5%), so one ratio (bad share / allowed share) grades every metric.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

UK_PAGE = "https://sellercentral-europe.amazon.com/gp/help/external/help-page.html?itemID=200205250&language=en_GB"
ES_PAGE = "https://sellercentral.amazon.es/gp/help/external/G200205250?language=en_ES"
VTR_PAGE = "https://sellercentral-europe.amazon.com/gp/help/external/201817070?language=en_GB"


@dataclass(frozen=True)
class Metric:
    """One rate metric: its input field (also its facts' prefix), name, window and published limit."""

    key: str
    label: str
    window_days: int
    limit_pct: Decimal  # as published: ODR "under 1%", Valid Tracking Rate "95%"
    higher_is_worse: bool
    bad_events: str  # what happened to the orders the bad count counts, for evidence
    base: str  # what the order count counts
    source: str

    @property
    def bad_limit_pct(self) -> Decimal:
        """Share of orders that may go wrong: the limit itself, or 100 - limit for a rate to stay above."""
        return self.limit_pct if self.higher_is_worse else 100 - self.limit_pct


METRICS: dict[str, Metric] = {
    metric.key: metric
    for metric in (
        Metric("odr", "Order Defect Rate", 60, Decimal(1), True,
               "had a defect (negative feedback, A-to-z claim not denied, chargeback)", "orders", UK_PAGE),
        Metric("cancellation", "Cancellation Rate", 7, Decimal("2.5"), True,
               "were cancelled by the seller", "seller-fulfilled orders", UK_PAGE),
        Metric("late_10d", "Late Dispatch Rate (10 days)", 10, Decimal(4), True,
               "were dispatch-confirmed late", "seller-fulfilled orders", UK_PAGE),
        Metric("late_30d", "Late Dispatch Rate (30 days)", 30, Decimal(4), True,
               "were dispatch-confirmed late", "seller-fulfilled orders", UK_PAGE),
        Metric("valid_tracking", "Valid Tracking Rate", 30, Decimal(95), False,
               "had no valid tracking number", "seller-fulfilled shipments", VTR_PAGE),
    )
}

