"""Input schema for seller data: one pydantic model per input kind, whatever the file format.

Values are normalised here (upper-case country and currency codes, 'UK' -> 'GB', 'EL' -> 'GR',
Decimal money, parsed dates, `;`-separated list cells split) because durable-rules compares
loosely and every module downstream trusts these types. Unknown fields are errors, as for catalogs.
Each loaded record remembers where it came from (`origin`), so a problem found later (an unknown
entity, a currency without a rate) is still reported with file, row and field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, AliasChoices, Field, PrivateAttr, field_validator, model_validator

from crossguard.engine.markets import country_code
from crossguard.engine.models import StrictModel

#: The largest amount one record may hold, in any currency (a quadrillion): far beyond any real
#: sale or position, and small enough that sums and conversions stay exact in Decimal arithmetic.
MAX_AMOUNT = Decimal(10) ** 15
#: Exchange rates (units per EUR) outside this range are typing errors, and would overflow amounts.
RATE_RANGE = (Decimal("0.000001"), Decimal(1_000_000))


def _amount(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite amount")
    if value < 0:
        raise ValueError(f"must not be negative (is {value}): refunds and credit notes are not netted "
                         "against sales; leave them out or record the net sale")
    if value > MAX_AMOUNT:
        raise ValueError(f"is {value:.3E}, above the largest amount accepted ({MAX_AMOUNT:,})")
    return value


def _rate(value: Decimal) -> Decimal:
    low, high = RATE_RANGE
    if not value.is_finite() or not low <= value <= high:
        raise ValueError(f"must be between {low} and {high:,} units per EUR (is {value})")
    return value


#: A money amount: finite, not negative, at most MAX_AMOUNT.
Amount = Annotated[Decimal, AfterValidator(_amount)]
#: An exchange rate in units of a currency per 1 EUR.
Rate = Annotated[Decimal, AfterValidator(_rate)]

REGISTRATION_CELL = re.compile(r"^(?P<country>[A-Za-z]{2})\s*[:=]\s*(?P<number>[^@]+?)\s*(?:@\s*(?P<since>\S+))?$")


@dataclass(frozen=True)
class Origin:
    """Where a record was read: file, row (CSV: file line; YAML/JSON: 1-based item) and YAML line."""

    file: Path
    row: int
    line: int | None = None


def split_list(value: object) -> object:
    """List cells in CSV are `;`-separated (not commas: addresses contain commas)."""
    if isinstance(value, str):
        value = value.split(";")
    if isinstance(value, list):
        return [str(item).strip() for item in value if item is not None and str(item).strip()]
    return value


class SellerRecord(StrictModel):
    _origin: Origin | None = PrivateAttr(default=None)

    @property
    def origin(self) -> Origin | None:
        return self._origin

    def located(self, origin: Origin) -> SellerRecord:
        self._origin = origin
        return self


CountryCode = Field(min_length=2, max_length=2, pattern=r"^[A-Z]{2}$")
CurrencyCode = Field(min_length=3, max_length=3, pattern=r"^[A-Z]{3}$")


class VatRegistration(StrictModel):
    """A VAT registration in one country; `since` after the evaluation date does not count yet."""

    country: str = CountryCode
    number: str = Field(min_length=1)
    since: date | None = None

    _country = field_validator("country", mode="before")(classmethod(lambda cls, v: country_code(v)))


class SellerEntity(SellerRecord):
    """A legal entity that sells: where it is established and where it is registered for VAT."""

    name: str = Field(min_length=1)
    country: str = CountryCode
    vat_registrations: list[VatRegistration] = Field(default_factory=list)
    oss_registered: bool = Field(False, description="Registered for the union One-Stop-Shop scheme")
    oss_since: date | None = None
    ioss_number: str | None = None
    gb_expected_turnover_next_30_days: Amount | None = Field(
        None, description="UK-established entities: VAT-taxable turnover in GBP expected in the next 30 days "
        "alone (HMRC forward-look test for the GBP 90,000 registration threshold)")

    _country = field_validator("country", mode="before")(classmethod(lambda cls, v: country_code(v)))

    @field_validator("vat_registrations", mode="before")
    @classmethod
    def _registrations_cell(cls, value: object) -> object:
        """CSV cell: `DE:DE123456789@2021-03-01;PL:PL5260001234` (country, number, optional since)."""
        if not isinstance(value, str):
            return value
        registrations: list[dict[str, Any]] = []
        for part in filter(None, (p.strip() for p in value.split(";"))):
            match = REGISTRATION_CELL.match(part)
            if not match:
                raise ValueError(f"registration {part!r} is not COUNTRY:NUMBER[@YYYY-MM-DD]")
            registrations.append({"country": match["country"], "number": match["number"], "since": match["since"]})
        return registrations

    def registration_in(self, country: str, on: date) -> VatRegistration | None:
        for registration in self.vat_registrations:
            if registration.country == country and (registration.since is None or registration.since <= on):
                return registration
        return None

    def oss_on(self, on: date) -> bool:
        return self.oss_registered and (self.oss_since is None or self.oss_since <= on)


class CustomerType(StrEnum):
    B2C = "B2C"
    B2B = "B2B"


class Sale(SellerRecord):
    """One sale (an order or a day's total per route): who sold, to where, from where, how much."""

    entity: str = Field(min_length=1)
    destination: str = CountryCode
    customer: CustomerType
    amount: Amount = Field(description="Net of VAT, in `currency`; not negative (credit notes are not netted)")
    currency: str = CurrencyCode
    date: date
    ship_from: str = CountryCode
    marketplace: str | None = Field(None, description="Set when sold through a marketplace (deemed supplier)")
    order_id: str | None = None

    _countries = field_validator("destination", "ship_from", mode="before")(
        classmethod(lambda cls, v: country_code(v))
    )
    _currency = field_validator("currency", "customer", mode="before")(
        classmethod(lambda cls, v: v.strip().upper() if isinstance(v, str) else v)
    )


class Warehouse(StrEnum):
    own = "own"
    fulfilment = "fulfilment"


WAREHOUSE_ALIASES = {"marketplace": "fulfilment", "fulfillment": "fulfilment", "fba": "fulfilment",
                     "3pl": "own", "own warehouse": "own"}


class StockLocation(SellerRecord):
    """Goods an entity holds in a country, in its own warehouse or a marketplace fulfilment centre."""

    entity: str = Field(min_length=1)
    country: str = CountryCode
    warehouse: Warehouse
    quantity: int = Field(ge=0, le=10**12)
    site: str | None = Field(None, description="Warehouse or fulfilment centre code, e.g. WRO5")

    _country = field_validator("country", mode="before")(classmethod(lambda cls, v: country_code(v)))

    @field_validator("warehouse", mode="before")
    @classmethod
    def _warehouse(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip().lower()
            return WAREHOUSE_ALIASES.get(text, text)
        return value


class MarkStatus(StrEnum):
    registered = "registered"
    pending = "pending"
    lapsed = "lapsed"


class Trademark(SellerRecord):
    """One of the seller's own marks at one office (USPTO, EUIPO, DPMA, UKIPO...)."""

    mark: str = Field(min_length=1)
    owner: str = Field(min_length=1)
    office: str = Field(min_length=2)
    status: MarkStatus
    number: str | None = None
    classes: list[Annotated[int, Field(ge=1, le=45)]] = Field(
        default_factory=list, description="Nice classes, 1 to 45")
    expiry: date | None = Field(None, description="Last day of protection unless renewed")
    registered: date | None = Field(None, description="Registration date (USPTO: starts the section 8 clock)")
    section8_filed: date | None = Field(
        None, description="USPTO: date the section 8 (or 71) declaration of use due between the 5th and 6th "
        "anniversary of registration was filed")

    _office = field_validator("office", mode="before")(
        classmethod(lambda cls, v: v.strip().upper() if isinstance(v, str) else v)
    )
    _status = field_validator("status", mode="before")(
        classmethod(lambda cls, v: v.strip().lower() if isinstance(v, str) else v)
    )
    _classes = field_validator("classes", mode="before")(classmethod(lambda cls, v: split_list(v)))

    @model_validator(mode="after")
    def _registered_has_expiry(self) -> Trademark:
        if self.status is MarkStatus.registered and self.expiry is None:
            raise ValueError("a registered mark needs its expiry date (registrations last 10 years)")
        return self


class WatchMark(SellerRecord):
    """A third-party protected mark the seller must not use in titles or as a brand."""

    mark: str = Field(min_length=2)
    owner: str | None = None
    reference: str | None = Field(None, description="Registration number, e.g. EUTM 000123456")
    note: str | None = None


class BrandListing(SellerRecord):
    """A listing's brand and title on one marketplace and market (or taken from the catalog)."""

    sku: str = Field(min_length=1)
    title: str = Field(min_length=1)
    brand: str | None = None
    marketplace: str = Field(min_length=1)
    market: str = CountryCode

    _market = field_validator("market", mode="before")(classmethod(lambda cls, v: country_code(v)))
    _marketplace = field_validator("marketplace", mode="before")(
        classmethod(lambda cls, v: v.strip().lower() if isinstance(v, str) else v)
    )


class SellerAccount(SellerRecord):
    """A seller account on one platform and marketplace region, with the identifiers it uses."""

    account_id: str = Field(min_length=1)
    platform: str = Field(min_length=1)
    region: str = Field(min_length=2, description="Marketplace region: EU, NA, UK, JP...")
    entity: str | None = Field(None, description="Legal entity operating the account")
    ips: list[str] = Field(default_factory=list)
    devices: list[str] = Field(default_factory=list, description="Device or browser fingerprints")
    bank_accounts: list[str] = Field(default_factory=list, description="IBANs, deposit and charge cards")
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    addresses: list[str] = Field(default_factory=list)
    tax_ids: list[str] = Field(default_factory=list)
    exemption: str | None = Field(
        None, validation_alias=AliasChoices("exemption", "business_need"),
        description="Reference to the documented legitimate business need for running this account beside the "
        "seller's others (Amazon needs no prior approval); also read from the column business_need")

    _lists = field_validator(
        "ips", "devices", "bank_accounts", "emails", "phones", "addresses", "tax_ids", mode="before"
    )(classmethod(lambda cls, v: split_list(v)))
    _platform = field_validator("platform", mode="before")(
        classmethod(lambda cls, v: v.strip().lower() if isinstance(v, str) else v)
    )
    _region = field_validator("region", mode="before")(classmethod(lambda cls, v: country_code(v)))


class FxPosition(SellerRecord):
    """Open amounts in one currency; exposure = receivables + pending payouts + stock - hedged."""

    entity: str | None = None
    currency: str = CurrencyCode
    receivables: Amount = Decimal(0)
    pending_payouts: Amount = Decimal(0)
    stock_at_selling_price: Amount = Decimal(0)
    hedged: Amount = Field(Decimal(0), description="Forwards and rate locks, in `currency`")
    reference_rate: Rate | None = Field(
        None, description="Price list's rate: units of `currency` per 1 unit of the base currency"
    )
    price_list_date: date | None = None

    _currency = field_validator("currency", mode="before")(
        classmethod(lambda cls, v: v.strip().upper() if isinstance(v, str) else v)
    )

    @property
    def exposure(self) -> Decimal:
        return self.receivables + self.pending_payouts + self.stock_at_selling_price


class RateRow(SellerRecord):
    """A euro reference rate: units of `currency` per 1 EUR on `date` (the ECB convention)."""

    currency: str = CurrencyCode
    rate: Rate
    date: date

    _currency = field_validator("currency", mode="before")(
        classmethod(lambda cls, v: v.strip().upper() if isinstance(v, str) else v)
    )
