"""VAT facts: the OSS distance-sales threshold per entity, registrations per country, number formats.

Everything with a date or a sum is derived here; rules/vat.yaml holds the thresholds (EUR 10,000,
the 80% warning) and decides. The derivations, and why:

- Distance sales (Art. 33(a) and 59c of the VAT Directive): B2C sales whose goods travel from one
  member state to another, the destination not being the seller's state of establishment. The
  EUR 10,000 threshold is EU-wide and is tested in the current calendar year (1 January up to the
  evaluation date) and the whole previous one: exceeding it in either means destination VAT.
  Sales are converted at the euro reference rate of their own date (`pricing`).
- The threshold is only available to a seller established in one member state whose goods ship
  from that state (Art. 59c(1); Spain's manual and the Commission's explanatory notes say so
  explicitly): `threshold_available` is false once any counted sale ships from elsewhere, e.g.
  from Pan-EU fulfilment stock. Sellers established outside the EU have no threshold at all; for
  them only direct sales count (`direct_distance_sales_eur_max_year`), because a marketplace is
  the deemed supplier of its non-EU sellers' B2C sales (Art. 14a(2)).
- Per country (EU states and GB): stock held there needs a registration there; a non-EU seller's
  sales shipped from there need one too; a seller not established in GB needs a GB number for UK
  stock of any value or UK sales other than imports of at most GBP 135 sold through a marketplace
  (the marketplace's VAT, and no registration duty by themselves: domain-review W8, W15).
- A UK-established entity registers above GBP 90,000 of VAT-taxable turnover in the last 12 months
  (here: the year up to the evaluation date; HMRC tests at each month end), or when it expects
  more than that in the next 30 days alone (entity field `gb_expected_turnover_next_30_days`).
  Taxable turnover counts its sales shipped from or delivered to the UK, in GBP at each sale
  date's rate.
- Registrations count from their `since` date; OSS from `oss_since`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from crossguard.engine.catalog import RowError
from crossguard.engine.listing_facts import day_number
from crossguard.engine.markets import EU_MEMBER_STATES
from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.facts import SellerFact, amount_text, clean, money
from crossguard.engine.seller.models import CustomerType, SellerEntity
from crossguard.engine.seller.pricing import PricedSale, rates_used
from crossguard.engine.seller.rates import MissingRate, RateTable, rate_error
from crossguard.engine.seller.vat_numbers import check_vat_number

GB = "GB"
GBP = "GBP"
UK_MARKETPLACE_IMPORT_LIMIT_GBP = Decimal(135)
VAT_COUNTRIES = EU_MEMBER_STATES | {GB}


@dataclass(frozen=True)
class Window:
    """Current calendar year up to the evaluation date, and the whole previous one."""

    at: date

    @property
    def start(self) -> date:
        return date(self.at.year - 1, 1, 1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.at

    def describe(self) -> str:
        return f"{self.start.isoformat()} to {self.at.isoformat()}"


def is_distance_sale(sale: PricedSale, home: str | None) -> bool:
    s = sale.sale
    return (
        s.customer is CustomerType.B2C
        and s.ship_from in EU_MEMBER_STATES
        and s.destination in EU_MEMBER_STATES
        and s.destination != s.ship_from
        and s.destination != home
    )


def _year_sum(sales: list[PricedSale], year: int) -> Decimal:
    return sum((p.eur for p in sales if p.date.year == year), Decimal(0))


def entity_fact(entity: SellerEntity, sales: list[PricedSale], at: date) -> SellerFact:
    window = Window(at)
    established = entity.country in EU_MEMBER_STATES
    home = entity.country if established else None
    distance = [p for p in sales if window.contains(p.date) and is_distance_sale(p, home)]
    current, previous = _year_sum(distance, at.year), _year_sum(distance, at.year - 1)
    direct = [p for p in distance if p.sale.marketplace is None]
    direct_max = max(_year_sum(direct, at.year), _year_sum(direct, at.year - 1))
    destinations = sorted({p.sale.destination for p in distance})
    unregistered = [c for c in destinations if entity.registration_in(c, at) is None]
    dispatch = sorted({p.sale.ship_from for p in distance})
    fact = clean({
        "day": day_number(at), "region": "EU", "entity": entity.name, "country": entity.country,
        "established_in_eu": established, "oss_registered": entity.oss_on(at), "current_year": at.year,
        "distance_sales_eur_current_year": money(current), "distance_sales_eur_previous_year": money(previous),
        "distance_sales_eur_max_year": money(max(current, previous)),
        "threshold_available": established and all(c == entity.country for c in dispatch),
        "dispatch_countries": dispatch,
        "direct_distance_sales_eur_max_year": money(direct_max),
        "unregistered_destinations": unregistered, "unregistered_destination_count": len(unregistered),
    })
    counted = (f"B2C sales shipped between EU member states to a state other than {entity.country}, "
               if established else "B2C sales shipped between EU member states, ")
    basis = {
        "distance_sales_eur_current_year": f"{counted}1 Jan {at.year} to {at.isoformat()}; {rates_used(distance)}",
        "distance_sales_eur_previous_year": f"{counted}calendar year {at.year - 1}; {rates_used(distance)}",
        "distance_sales_eur_max_year": f"larger of {at.year} (EUR {money(current):,.2f}) and {at.year - 1} "
                                       f"(EUR {money(previous):,.2f}); {counted.rstrip(', ')}",
        "established_in_eu": f"established in {entity.country}",
        "oss_registered": ("OSS registration" + (f" since {entity.oss_since}" if entity.oss_since else ""))
        if entity.oss_on(at) else "no OSS registration on the evaluation date",
        "threshold_available": f"goods ship from {', '.join(dispatch) or '(no distance sales)'}; "
                               f"the threshold needs all of them to ship from {entity.country}"
        if established else "not established in the EU: no threshold",
        "direct_distance_sales_eur_max_year": "distance sales not made through a marketplace (deemed supplier), "
                                              "larger calendar year of the window",
        "unregistered_destinations": f"destinations of distance sales {window.describe()} without a VAT "
                                     f"registration on {at.isoformat()}",
        "unregistered_destination_count": "destinations of distance sales without a VAT registration",
    }
    return SellerFact("vat_entity", fact, f"entity:{entity.name}/vat-oss", basis)


def _uk_marketplace_import(p: PricedSale, rates: RateTable) -> bool:
    """An import of at most GBP 135 sold through a marketplace: the marketplace accounts for the VAT."""
    s = p.sale
    if s.destination != GB or s.ship_from == GB or s.marketplace is None:
        return False
    return rates.convert(s.amount, s.currency, GBP, s.date) <= UK_MARKETPLACE_IMPORT_LIMIT_GBP


def uk_turnover_gbp(sales: list[PricedSale], rates: RateTable, at: date) -> tuple[Decimal, list[RowError]]:
    """VAT-taxable turnover of a UK-established entity in the 12 months up to `at`, in GBP."""
    start = year_before(at)
    total, errors = Decimal(0), []
    for p in sales:
        s = p.sale
        if start < p.date <= at and GB in (s.ship_from, s.destination):
            try:
                total += rates.convert(s.amount, s.currency, GBP, s.date)
            except MissingRate as error:
                errors.append(rate_error(s.origin, "currency", error))
    return total, errors


def year_before(at: date) -> date:
    """The same day a year earlier (28 February for 29 February): the start of a 12-month window."""
    try:
        return at.replace(year=at.year - 1)
    except ValueError:  # 29 February
        return at.replace(year=at.year - 1, day=28)


def total_eur(sales: list[PricedSale]) -> Decimal:
    return sum((p.eur for p in sales), Decimal(0))


@dataclass
class CountryActivity:
    """An entity's stock and sales per VAT country within the window the rules judge."""

    stock: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    warehouses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    sales_to: dict[str, list[PricedSale]] = field(default_factory=lambda: defaultdict(list))
    shipped_from: dict[str, list[PricedSale]] = field(default_factory=lambda: defaultdict(list))
    marketplace_imports: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[RowError] = field(default_factory=list)


def country_activity(entity: SellerEntity, data: SellerData, in_window: list[PricedSale],
                     rates: RateTable) -> CountryActivity:
    seen = CountryActivity()
    for row in data.stock:
        if row.entity == entity.name and row.quantity > 0:
            seen.stock[row.country] += row.quantity
            seen.warehouses[row.country].add(row.warehouse.value)
    for p in in_window:
        seen.shipped_from[p.sale.ship_from].append(p)
        try:
            if _uk_marketplace_import(p, rates):
                seen.marketplace_imports[GB] += 1
                continue
        except MissingRate as error:
            seen.errors.append(rate_error(p.sale.origin, "currency", error))
            continue
        seen.sales_to[p.sale.destination].append(p)
    return seen


def _country_basis(entity: SellerEntity, country: str, registration: object, seen: CountryActivity,
                   window: Window, at: date) -> dict[str, str]:
    to, sent = seen.sales_to.get(country, []), seen.shipped_from.get(country, [])
    excluded = seen.marketplace_imports.get(country, 0)
    where = ", ".join(sorted(seen.warehouses.get(country, ()))) or "no"
    return {
        "registered": f"VAT registration in {country} valid on {at.isoformat()}" if registration
        else f"no VAT registration in {country} on {at.isoformat()}",
        "stock_quantity": f"units in {country} across {where} warehouses (own and marketplace fulfilment)",
        "sales_to_count": f"sales delivered to {country}, {window.describe()}"
        + (f"; {excluded} marketplace import(s) of at most GBP 135 excluded (the marketplace accounts "
           "for that VAT)" if excluded else ""),
        "sales_to_eur": f"{rates_used(to)}",
        "sales_shipped_from_count": f"sales shipped from stock in {country}, {window.describe()}",
        "sales_shipped_from_eur": f"{amount_text(total_eur(sent), 'EUR')}; {rates_used(sent)}",
        "home_country": f"{entity.name} is established in {entity.country}",
        "established_in_eu": f"{entity.name} is established in {entity.country}",
        "taxable_turnover_12m_gbp": f"sales shipped from or delivered to the UK, {year_before(at).isoformat()} "
                                    f"(exclusive) to {at.isoformat()}, in GBP at each sale date's rate",
        "expected_turnover_30d_gbp": "entity field gb_expected_turnover_next_30_days",
    }


def country_facts(
    entity: SellerEntity, data: SellerData, sales: list[PricedSale], rates: RateTable, at: date,
) -> tuple[list[SellerFact], list[RowError]]:
    window = Window(at)
    seen = country_activity(entity, data, [p for p in sales if window.contains(p.date)], rates)
    errors = seen.errors
    uk = seen.sales_to.get(GB) or entity.country == GB
    countries = {r.country for r in entity.vat_registrations} | set(seen.stock) | {
        c for c in seen.shipped_from if c in EU_MEMBER_STATES} | ({GB} if uk else set())
    facts = []
    for country in sorted(countries & VAT_COUNTRIES):
        registration = entity.registration_in(country, at)
        to, sent = seen.sales_to.get(country, []), seen.shipped_from.get(country, [])
        fact = clean({
            "day": day_number(at), "region": GB if country == GB else "EU", "entity": entity.name,
            "country": country, "country_in_eu": country in EU_MEMBER_STATES,
            "home_country": country == entity.country, "established_in_eu": entity.country in EU_MEMBER_STATES,
            "registered": registration is not None,
            "vat_number": registration.number if registration else None,
            "stock_quantity": seen.stock.get(country, 0),
            "stock_warehouses": sorted(seen.warehouses.get(country, ())),
            "sales_to_count": len(to), "sales_to_eur": money(total_eur(to)),
            "sales_shipped_from_count": len(sent), "sales_shipped_from_eur": money(total_eur(sent)),
        })
        if country == GB and entity.country == GB:
            turnover, problems = uk_turnover_gbp(sales, rates, at)
            errors.extend(problems)
            fact["taxable_turnover_12m_gbp"] = money(turnover)
            expected = entity.gb_expected_turnover_next_30_days
            if expected is not None:
                fact["expected_turnover_30d_gbp"] = money(expected)
        basis = _country_basis(entity, country, registration, seen, window, at)
        facts.append(SellerFact("vat_country", fact, f"entity:{entity.name}/vat:{country}", basis,
                                {"market": country}))
    return facts, errors


def number_facts(entity: SellerEntity, at: date) -> list[SellerFact]:
    facts = []
    for registration in entity.vat_registrations:
        checked = check_vat_number(registration.country, registration.number)
        fact = {
            "day": day_number(at), "region": GB if registration.country in (GB, "XI") else "EU",
            "entity": entity.name, "country": registration.country, "number": checked.number,
            "format_valid": checked.format_valid, "expected_format": checked.expected_format,
        }
        basis = {"format_valid": f"{checked.number!r} against the {registration.country} format "
                                 f"({checked.expected_format}); check digits not verified"}
        facts.append(SellerFact("vat_number", fact, f"entity:{entity.name}/vat-number:{checked.number}", basis,
                                {"market": registration.country}))
    return facts


def vat_facts(data: SellerData, sales: list[PricedSale], rates: RateTable, at: date
              ) -> tuple[list[SellerFact], list[RowError]]:
    facts: list[SellerFact] = []
    errors: list[RowError] = []
    by_entity: dict[str, list[PricedSale]] = defaultdict(list)
    for p in sales:
        by_entity[p.sale.entity].append(p)
    for entity in data.entities:
        own = by_entity.get(entity.name, [])
        facts.append(entity_fact(entity, own, at))
        countries, problems = country_facts(entity, data, own, rates, at)
        facts.extend(countries)
        errors.extend(problems)
        facts.extend(number_facts(entity, at))
    return facts, errors
