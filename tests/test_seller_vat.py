"""VAT rules through the real engine: OSS threshold and warning, calendar years, currency conversion,
stock and non-EU sellers, GB, VAT number formats."""

from __future__ import annotations

from datetime import date

import pytest

from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.vat_numbers import check_vat_number
from tests.seller_support import entity, finding, rates, rule_ids, run, sale, seller_evaluator, stock

AT = date(2026, 6, 30)
OSS = "entity:Acme GmbH/vat-oss"


@pytest.fixture(scope="module")
def evaluator():
    return seller_evaluator("vat")


def data(*sales, who=None, stock_rows=(), **entity_fields) -> SellerData:
    return SellerData(entities=[who or entity(registrations={"DE": "DE298765431"}, **entity_fields)],
                      sales=list(sales), stock=list(stock_rows))


# --- EUR 10,000 threshold and the 80% warning -------------------------------------------------

@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("10000.01", {"VAT-OSS-001"}),
        ("10000.00", {"VAT-OSS-002"}),  # "exceed": exactly the threshold is not above it
        ("9999.99", {"VAT-OSS-002"}),
        ("8000.00", {"VAT-OSS-002"}),
        ("7999.99", set()),
    ],
)
def test_threshold_and_warning(evaluator, amount, expected):
    result = run(evaluator, data(sale(amount, date(2026, 3, 1))), AT)
    assert rule_ids(result, OSS) == expected


def test_sum_over_destinations_and_sales(evaluator):
    sales = [sale("4000", date(2026, 1, 10), "FR"), sale("3000", date(2026, 2, 10), "IT"),
             sale("3000.01", date(2026, 3, 10), "AT")]
    result = run(evaluator, data(*sales), AT)
    found = finding(result, "VAT-OSS-001")
    evidence = {e.field: e for e in found.evidence}
    assert evidence["distance_sales_eur_max_year"].value == 10000.01
    assert "AT, FR, IT" in found.message
    assert "2026" in evidence["distance_sales_eur_max_year"].basis


def test_home_country_b2b_and_domestic_sales_do_not_count(evaluator):
    sales = [sale("9000", date(2026, 3, 1), "FR"),
             sale("50000", date(2026, 3, 1), "DE"),  # domestic
             sale("50000", date(2026, 3, 1), "FR", customer="B2B"),
             sale("50000", date(2026, 3, 1), "FR", ship_from="FR"),  # local sale in FR, not a distance sale
             sale("50000", date(2026, 3, 1), "US", ship_from="DE")]  # export
    result = run(evaluator, data(*sales), AT)
    assert rule_ids(result, OSS) == {"VAT-OSS-002"}


def test_oss_or_destination_registrations_clear_it(evaluator):
    over = sale("12000", date(2026, 3, 1), "FR")
    assert rule_ids(run(evaluator, data(over, oss_registered=True), AT), OSS) == set()
    registered = entity(registrations={"DE": "DE298765431", "FR": "FR47823456789"})
    assert rule_ids(run(evaluator, data(over, who=registered), AT), OSS) == set()


def test_oss_and_registrations_count_from_their_date(evaluator):
    over = sale("12000", date(2026, 3, 1), "FR")
    assert rule_ids(run(evaluator, data(over, oss_registered=True, oss_since=date(2026, 7, 1)), AT), OSS) \
        == {"VAT-OSS-001"}
    later = entity(registrations={"DE": "DE298765431", "FR": ("FR47823456789", date(2026, 7, 1))})
    assert rule_ids(run(evaluator, data(over, who=later), AT), OSS) == {"VAT-OSS-001"}
    assert rule_ids(run(evaluator, data(over, who=later), date(2026, 7, 1)), OSS) == set()


# --- calendar years --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sold", "at", "expected"),
    [
        (date(2025, 12, 31), date(2026, 1, 1), {"VAT-OSS-001"}),  # previous calendar year counts
        (date(2025, 1, 1), date(2026, 12, 31), {"VAT-OSS-001"}),  # first day of the previous year
        (date(2024, 12, 31), date(2026, 1, 1), set()),            # two years back: out
        (date(2025, 12, 31), date(2027, 1, 1), set()),            # a year later it has dropped out
        (date(2026, 12, 31), date(2026, 12, 31), {"VAT-OSS-001"}),  # the evaluation day itself counts
        (date(2027, 1, 1), date(2026, 12, 31), set()),            # future sales are not counted yet
    ],
)
def test_calendar_year_boundaries(evaluator, sold, at, expected):
    result = run(evaluator, data(sale("10000.01", sold)), at)
    assert rule_ids(result, OSS) == expected


def test_years_are_not_added_together(evaluator):
    sales = [sale("6000", date(2025, 12, 31)), sale("6000", date(2026, 1, 1))]
    result = run(evaluator, data(*sales), date(2026, 1, 2))
    assert rule_ids(result, OSS) == set()  # 6,000 in each year: below 80% in both
    evidence = {e.field: e.value for e in run(evaluator, data(*sales, sale("2000", date(2026, 1, 2))),
                                             date(2026, 1, 2)).findings[0].evidence}
    assert evidence["distance_sales_eur_max_year"] == 8000.0


# --- currency conversion ---------------------------------------------------------------------

@pytest.mark.parametrize(("usd", "expected"), [("11000.01", {"VAT-OSS-001"}), ("11000.00", {"VAT-OSS-002"})])
def test_conversion_at_the_rate_of_the_sale_date(evaluator, usd, expected):
    table = rates(("USD", "2026-02-27", "1.10"), ("USD", "2026-03-02", "1.30"))
    # sold on Sunday 1 March: the Friday rate applies (latest on or before), not Monday's
    result = run(evaluator, data(sale(usd, date(2026, 3, 1), currency="USD")), AT, rates=table)
    assert rule_ids(result, OSS) == expected
    basis = {e.field: e.basis for e in result.findings[0].evidence}["distance_sales_eur_max_year"]
    assert basis  # says how it was summed


def test_sale_without_a_rate_is_an_input_error_and_the_rest_is_checked(evaluator):
    table = rates(("USD", "2026-03-02", "1.10"))
    sales = [sale("5000", date(2026, 3, 1), currency="USD"),  # before the first USD rate
             sale("10000.01", date(2026, 3, 5))]
    result = run(evaluator, data(*sales), AT, rates=table)
    assert [(e.field, "USD" in e.reason) for e in result.errors] == [("currency", True)]
    assert rule_ids(result, OSS) == {"VAT-OSS-001"}


# --- where the goods ship from, sellers established outside the EU ----------------------------

def test_threshold_unavailable_when_goods_ship_from_another_state(evaluator):
    sales = [sale("500", date(2026, 3, 1), "FR", ship_from="PL")]
    result = run(evaluator, data(*sales), AT)
    assert rule_ids(result, OSS) == {"VAT-OSS-003"}
    result = run(evaluator, data(sale("500", date(2026, 3, 1), "FR")), AT)
    assert rule_ids(result, OSS) == set()


@pytest.mark.parametrize(("amount", "expected"), [("9000", {"VAT-OSS-003"}), ("10000.01", {"VAT-OSS-001"})])
def test_no_warning_where_no_threshold_applies(evaluator, amount, expected):
    result = run(evaluator, data(sale(amount, date(2026, 3, 1), "FR", ship_from="PL")), AT)
    assert rule_ids(result, OSS) == expected


def test_non_eu_seller_has_no_threshold_for_direct_sales(evaluator):
    us = entity("Trail Inc", "US", {"NL": "NL861234567B01"})
    direct = sale("0.01", date(2026, 3, 1), "DE", ship_from="NL", who="Trail Inc")
    result = run(evaluator, SellerData(entities=[us], sales=[direct]), AT)
    assert rule_ids(result, "entity:Trail Inc/vat-oss") == {"VAT-OSS-004"}
    via_marketplace = sale("50000", date(2026, 3, 1), "DE", ship_from="NL", who="Trail Inc", marketplace="amazon")
    result = run(evaluator, SellerData(entities=[us], sales=[via_marketplace]), AT)
    assert rule_ids(result, "entity:Trail Inc/vat-oss") == set()  # the marketplace is the deemed supplier


# --- stock, non-EU sellers selling from EU stock ----------------------------------------------

def test_stock_without_registration(evaluator):
    result = run(evaluator, data(stock_rows=[stock("CZ", 1), stock("DE", 5000)]), AT)
    assert rule_ids(result, "entity:Acme GmbH/vat:CZ") == {"VAT-STOCK-001"}
    assert rule_ids(result, "entity:Acme GmbH/vat:DE") == set()
    assert {e.field: e.value for e in finding(result, "VAT-STOCK-001").evidence}["stock_quantity"] == 1


def test_no_stock_or_registered_stock_passes(evaluator):
    registered = entity(registrations={"DE": "DE298765431", "CZ": "CZ12345678"})
    result = run(evaluator, data(who=registered, stock_rows=[stock("CZ", 100), stock("PL", 0)]), AT)
    assert rule_ids(result) == set()


def test_registration_after_the_evaluation_date_does_not_cover_stock(evaluator):
    later = entity(registrations={"DE": "DE298765431", "CZ": ("CZ12345678", date(2026, 7, 1))})
    assert rule_ids(run(evaluator, data(who=later, stock_rows=[stock("CZ")]), AT)) == {"VAT-STOCK-001"}


def test_non_eu_seller_selling_from_eu_stock(evaluator):
    cn = entity("Kaida Ltd", "CN", {"DE": "DE298765431"})
    sales = [sale("20", date(2026, 5, 1), "PL", ship_from="PL", who="Kaida Ltd", marketplace="amazon")]
    result = run(evaluator, SellerData(entities=[cn], sales=sales), AT)
    assert rule_ids(result, "entity:Kaida Ltd/vat:PL") == {"VAT-NONEU-001"}
    eu = entity("Acme GmbH", "DE", {"DE": "DE298765431"})
    result = run(evaluator, SellerData(entities=[eu], sales=[sale("20", date(2026, 5, 1), "PL", ship_from="PL")]), AT)
    assert "VAT-NONEU-001" not in rule_ids(result)


# --- GB ---------------------------------------------------------------------------------------

GB_RATES = rates(("GBP", "2026-01-02", "0.85"))


@pytest.mark.parametrize(
    ("amount", "currency", "marketplace", "ship_from", "expected"),
    [
        ("135.00", "GBP", "amazon", "DE", set()),            # marketplace accounts for the VAT
        ("135.01", "GBP", "amazon", "DE", {"VAT-GB-001"}),   # above GBP 135: the seller's
        ("40.00", "GBP", None, "DE", {"VAT-GB-001"}),        # direct sale
        ("40.00", "GBP", "amazon", "GB", {"VAT-GB-001"}),    # from UK stock: the seller's own supply
        ("158.82", "EUR", "amazon", "DE", set()),            # EUR 158.82 = GBP 134.997 at 0.85
        ("158.84", "EUR", "amazon", "DE", {"VAT-GB-001"}),   # = GBP 135.014
    ],
)
def test_uk_sales_by_non_established_seller(evaluator, amount, currency, marketplace, ship_from, expected):
    uk_sale = sale(amount, date(2026, 3, 1), "GB", ship_from=ship_from, currency=currency, marketplace=marketplace)
    result = run(evaluator, data(uk_sale), AT, rates=GB_RATES)
    assert rule_ids(result, "entity:Acme GmbH/vat:GB") == expected


def test_uk_sales_pass_for_gb_established_or_registered(evaluator):
    gb = entity("Pine Ltd", "GB", {"GB": "GB123456789"})
    sales = [sale("500", date(2026, 3, 1), "GB", ship_from="GB", currency="GBP", who="Pine Ltd")]
    assert rule_ids(run(evaluator, SellerData(entities=[gb], sales=sales), AT, rates=GB_RATES)) == set()
    gb_unregistered = entity("Pine Ltd", "GB")
    assert rule_ids(run(evaluator, SellerData(entities=[gb_unregistered], sales=sales), AT, rates=GB_RATES)) == set()
    de = entity(registrations={"DE": "DE298765431", "GB": "GB123456789"})
    direct = sale("500", date(2026, 3, 1), "GB", currency="GBP")
    assert rule_ids(run(evaluator, data(direct, who=de), AT, rates=GB_RATES)) == set()


# --- VAT number formats ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("country", "number", "valid"),
    [
        ("DE", "DE298765431", True), ("DE", "DE 298 765 431", True), ("DE", "298765431", True),
        ("DE", "DE29876543", False), ("DE", "DE2987654310", False), ("DE", "FR298765431", False),
        ("FR", "FR47823456789", True), ("FR", "FRAB823456789", True), ("FR", "FRIO823456789", False),
        ("IT", "IT12345678901", True), ("IT", "IT1234567890", False),
        ("ES", "ESB12345678", True), ("ES", "ES12345678Z", True), ("ES", "ES123456789", False),
        ("NL", "NL861234567B01", True), ("NL", "NL861234567C01", False),
        ("PL", "PL521-387-65-40", True), ("PL", "PL52138765", False),
        ("AT", "ATU71234568", True), ("AT", "AT71234568", False),
        ("GR", "EL123456789", True), ("GR", "GR123456789", False),
        ("SE", "SE556677889901", True), ("SE", "SE556677889902", False),
        ("GB", "GB123456789", True), ("GB", "GB123456789012", True), ("GB", "GBGD001", True),
        ("GB", "GBHA599", True), ("GB", "GBGD500", False), ("GB", "GB12345678", False),
        ("US", "123456789", False),
    ],
)
def test_vat_number_formats(country, number, valid):
    assert check_vat_number(country, number).format_valid is valid


def test_invalid_vat_number_finding(evaluator):
    bad = entity(registrations={"DE": "DE29876543", "PL": "PL5213876540"})
    result = run(evaluator, data(who=bad), AT)
    found = finding(result, "VAT-NUM-001")
    assert found.subject == "entity:Acme GmbH/vat-number:DE29876543"
    assert "9 digits" in found.message
