"""Input schema of the `performance` file: one row per account, marketplace store and period.

A row is what the marketplace's Account Health page showed on `date`: the counts behind each rate
over its window (which ends on that date), the Account Health Rating and the policy violations
listed then. Counts rather than percentages, because the rate, the distance to the limit and the
number of orders a rate is judged on all follow from them (engine/seller/health.py). Every metric
is optional: seller-fulfilment metrics mean nothing to a seller who only uses the marketplace's
fulfilment. A window that is not the metric's own is refused: a 90-day defect rate compared with
the 60-day limit would be a finding about nothing.

CSV: metric columns nest with dots (`odr.orders`, `odr.defects`), and violations fit in one cell,
`;`-separated, each `TYPE[:STATUS]@DATE[#ASIN][/SKU]`, e.g.
`intellectual_property@2026-11-02#B0C1234567/SPK-100;listing_policy:resolved@2026-10-20`.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from crossguard.engine.markets import KNOWN_MARKETS, country_code
from crossguard.engine.seller.health_metrics import METRICS
from crossguard.engine.seller.models import SellerRecord
from crossguard.engine.strict import StrictModel

VIOLATION_CELL = re.compile(
    r"^(?P<type>[^:@]+?)\s*(?::\s*(?P<status>[^@]+?))?\s*@\s*(?P<date>[^#/\s]+)"
    r"(?:\s*#\s*(?P<asin>[^/]+?))?(?:\s*/\s*(?P<sku>.+))?$"
)


def _token(value: object) -> object:
    """'Intellectual property' and 'intellectual-property' are `intellectual_property`."""
    return re.sub(r"[\s-]+", "_", value.strip().lower()) if isinstance(value, str) else value


class ViolationType(StrEnum):
    """Policy areas of the Account Health page that lower the rating (the account_health kind counts each)."""

    product_authenticity = "product_authenticity"
    intellectual_property = "intellectual_property"
    product_safety = "product_safety"
    restricted_products = "restricted_products"
    listing_policy = "listing_policy"
    other = "other"


VIOLATION_ALIASES = {
    "authenticity": "product_authenticity", "inauthentic": "product_authenticity",
    "ip": "intellectual_property", "ip_complaint": "intellectual_property",
    "safety": "product_safety", "product_safety_complaint": "product_safety",
    "restricted": "restricted_products", "restricted_product": "restricted_products",
    "listing": "listing_policy", "listing_policy_violation": "listing_policy",
}


class ViolationStatus(StrEnum):
    open = "open"  # needs the seller to act
    appealed = "appealed"  # the seller has answered; waiting for the marketplace
    resolved = "resolved"  # accepted, overturned or removed


STATUS_ALIASES = {"under_review": "appealed", "closed": "resolved", "accepted": "resolved"}


class Violation(StrictModel):
    """A policy violation as listed on the Account Health page on the row's date."""

    type: ViolationType
    date: date
    status: ViolationStatus = ViolationStatus.open
    asin: str | None = Field(None, min_length=1)
    sku: str | None = Field(None, min_length=1)

    _type = field_validator("type", mode="before")(
        classmethod(lambda cls, v: VIOLATION_ALIASES.get(_token(v), _token(v)))  # type: ignore[arg-type]
    )
    _status = field_validator("status", mode="before")(
        classmethod(lambda cls, v: STATUS_ALIASES.get(_token(v), _token(v)))  # type: ignore[arg-type]
    )

    def label(self) -> str:
        """How evidence names it: ASIN and SKU where given, and the date it was raised."""
        what = " / ".join(part for part in (self.asin, self.sku) if part) or "account"
        return f"{what} ({self.date.isoformat()})"


class Figures(StrictModel):
    """Counts behind one rate over its window, named as the Account Health page names them."""

    window_days: int | None = Field(None, gt=0, description="Days the figures cover: must be the metric's window")

    def part_of_whole(self) -> tuple[int, int]:
        """The counted orders and the orders they are counted among (each metric names them its own way)."""
        raise NotImplementedError

    def counts(self) -> tuple[int, int]:
        """(bad, base): the orders that count against the seller, and all orders of the window."""
        return self.part_of_whole()

    @model_validator(mode="after")
    def _part_within_whole(self) -> Figures:
        part, whole = self.part_of_whole()
        if part > whole:
            raise ValueError(f"{part} out of {whole} is more than all of them")
        return self


class DefectFigures(Figures):
    orders: int = Field(ge=0)
    defects: int = Field(ge=0, description="Orders with negative feedback, an A-to-z claim not denied or a chargeback")

    def part_of_whole(self) -> tuple[int, int]:
        return self.defects, self.orders


class CancellationFigures(Figures):
    orders: int = Field(ge=0, description="Seller-fulfilled orders")
    cancelled: int = Field(ge=0, description="Orders the seller cancelled (not those the customer asked to cancel)")

    def part_of_whole(self) -> tuple[int, int]:
        return self.cancelled, self.orders


class LateFigures(Figures):
    orders: int = Field(ge=0, description="Seller-fulfilled orders")
    late: int = Field(ge=0, description="Orders dispatch-confirmed after the expected dispatch date")

    def part_of_whole(self) -> tuple[int, int]:
        return self.late, self.orders


class TrackingFigures(Figures):
    shipments: int = Field(ge=0, description="Seller-fulfilled shipments confirmed")
    valid: int = Field(ge=0, description="Of them, shipments with a valid tracking number")

    def part_of_whole(self) -> tuple[int, int]:
        return self.valid, self.shipments

    def counts(self) -> tuple[int, int]:
        return self.shipments - self.valid, self.shipments


class PerformanceRecord(SellerRecord):
    """One account on one marketplace store, as its Account Health page stood on `date`."""

    account: str = Field(min_length=1, description="account_id of the accounts file")
    marketplace: str = Field(min_length=1, description="Platform: amazon, ebay...")
    market: str = Field(min_length=2, max_length=2, pattern=r"^[A-Z]{2}$", description="Store country, e.g. GB")
    date: date  # the day the figures were read; every window ends on it
    odr: DefectFigures | None = None
    cancellation: CancellationFigures | None = None
    late_10d: LateFigures | None = None
    late_30d: LateFigures | None = None
    valid_tracking: TrackingFigures | None = None
    rating: int | None = Field(None, ge=0, le=1000, description="Account Health Rating, 0 to 1,000")
    violations: list[Violation] = Field(default_factory=list)

    _market = field_validator("market", mode="before")(classmethod(lambda cls, v: country_code(v)))
    _marketplace = field_validator("marketplace", mode="before")(
        classmethod(lambda cls, v: v.strip().lower() if isinstance(v, str) else v)
    )

    @field_validator("market")
    @classmethod
    def _known_market(cls, value: str) -> str:
        if value not in KNOWN_MARKETS:
            raise ValueError(f"unknown store country {value!r}: use an ISO 3166 code such as GB, DE, US")
        return value

    @field_validator("odr", "cancellation", "late_10d", "late_30d", "valid_tracking")
    @classmethod
    def _metric_window(cls, value: Figures | None, info: ValidationInfo) -> Figures | None:
        metric = METRICS[str(info.field_name)]
        if value is not None and value.window_days not in (None, metric.window_days):
            raise ValueError(f"figures over {value.window_days} days: the {metric.label} is judged over "
                             f"{metric.window_days} days")
        return value

    @field_validator("violations", mode="before")
    @classmethod
    def _violations_cell(cls, value: object) -> object:
        """CSV cell: `TYPE[:STATUS]@DATE[#ASIN][/SKU]`, several `;`-separated."""
        if not isinstance(value, str):
            return value
        violations: list[dict[str, Any]] = []
        for part in filter(None, (p.strip() for p in value.split(";"))):
            match = VIOLATION_CELL.match(part)
            if not match:
                raise ValueError(f"violation {part!r} is not TYPE[:STATUS]@YYYY-MM-DD[#ASIN][/SKU]")
            violations.append({key: item for key, item in match.groupdict().items() if item is not None})
        return violations

    @field_validator("violations")
    @classmethod
    def _violations_not_after_the_figures(cls, value: list[Violation], info: ValidationInfo) -> list[Violation]:
        on = info.data.get("date")  # absent when the row's own date was invalid: that error is reported
        late = sorted({v.date.isoformat() for v in value if on is not None and v.date > on})
        if late:
            raise ValueError(f"violation(s) dated {', '.join(late)}, after the figures' date {on.isoformat()}")
        return value

    @property
    def store(self) -> tuple[str, str, str]:
        """What one subject is about: the account on one marketplace store."""
        return self.account, self.marketplace, self.market
