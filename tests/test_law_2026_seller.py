"""The law as of 2026 at seller level (issue 11): UK VAT for overseas sellers (W8, W15) and the GBP
90,000 threshold for UK businesses, the VAT remediations (W16, W17), multiple accounts without prior
approval and one European account region for Amazon (W9), USPTO renewal and section 8 (W10, M14),
pending marks (W11), US de minimis (M4) and the EU EUR 3 duty on low-value parcels (M5), on both
sides of every changed date and threshold."""

from __future__ import annotations

from datetime import date

import pytest

from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.models import Trademark
from tests.seller_support import account, entity, finding, rates, rule_ids, run, sale, seller_evaluator, stock

AT = date(2026, 11, 25)
GB_RATES = rates(("GBP", "2024-01-02", "0.85"), ("USD", "2024-01-02", "1.10"))


@pytest.fixture(scope="module")
def vat():
    return seller_evaluator("vat")


@pytest.fixture(scope="module")
def accounts():
    return seller_evaluator("accounts")


@pytest.fixture(scope="module")
def marks():
    return seller_evaluator("trademarks")


@pytest.fixture(scope="module")
def customs():
    return seller_evaluator("customs")


# --- W8 / W15: overseas sellers and UK VAT ----------------------------------------------------------

CN = entity("Kaida Ltd", "CN")
GB_SUBJECT = "entity:Kaida Ltd/vat:GB"


def cn_sale(amount: str, ship_from: str = "CN", marketplace: str | None = "amazon", customer: str = "B2C"):
    return sale(amount, date(2026, 5, 1), "GB", ship_from=ship_from, currency="GBP", who="Kaida Ltd",
                marketplace=marketplace, customer=customer)


def test_w15_uk_stock_needs_registration_even_without_own_sales(vat):
    result = run(vat, SellerData(entities=[CN], stock=[stock("GB", 300, who="Kaida Ltd")]), AT, rates=GB_RATES)
    assert rule_ids(result, GB_SUBJECT) == {"VAT-GB-001"}
    found = finding(result, "VAT-GB-001")
    assert "even when every sale goes through an online marketplace" in " ".join(found.remediation.split())


def test_w15_stock_rule_leaves_gb_and_the_home_country_to_the_gb_rules(vat):
    uk_shop = entity("Thistle Ltd", "GB")
    data = SellerData(entities=[uk_shop], stock=[stock("GB", 50, who="Thistle Ltd")])
    assert rule_ids(run(vat, data, AT, rates=GB_RATES)) == set()  # below the threshold, stock at home
    de = entity("Acme GmbH", "DE")
    assert rule_ids(run(vat, SellerData(entities=[de], stock=[stock("DE", 10)]), AT)) == set()


@pytest.mark.parametrize(
    ("sales", "expected"),
    [([cn_sale("135.00")], set()),                                  # the marketplace's VAT: no registration
     ([cn_sale("135.00"), cn_sale("20.00")], set()),
     ([cn_sale("135.01")], {"VAT-GB-001"}),                         # above GBP 135: the seller's supply
     ([cn_sale("40.00", marketplace=None)], {"VAT-GB-001"}),        # direct sale
     ([cn_sale("40.00", ship_from="GB")], {"VAT-GB-001"})],         # from UK stock
)
def test_w8_only_uk_supplies_of_its_own_need_registration(vat, sales, expected):
    result = run(vat, SellerData(entities=[CN], sales=sales), AT, rates=GB_RATES)
    assert rule_ids(result, GB_SUBJECT) == expected


def test_w16_w17_remediations():
    from crossguard.engine.packs import load_packs
    from tests.seller_support import RULES
    specs = {r.id: r.spec for p in load_packs([RULES / "vat.yaml"]) for r in p.rules}
    assert "supplies to the marketplace" in " ".join(specs["VAT-NONEU-001"].remediation.split())
    assert "call-off-stock" in specs["VAT-STOCK-001"].remediation


# --- UK-established business over GBP 90,000 ---------------------------------------------------------

UK_SHOP = "entity:Thistle Ltd/vat:GB"


def uk_data(*sales, **fields) -> SellerData:
    return SellerData(entities=[entity("Thistle Ltd", "GB", **fields)], sales=list(sales))


def uk_sale(amount: str, day: date = date(2026, 6, 1), **kwargs):
    kwargs = {"destination": "GB", "ship_from": "GB", "currency": "GBP", **kwargs}
    return sale(amount, day, who="Thistle Ltd", **kwargs)


@pytest.mark.parametrize(("amount", "expected"), [("90000.00", set()), ("90000.01", {"VAT-GB-002"})])
def test_uk_threshold_over_the_last_12_months(vat, amount, expected):
    result = run(vat, uk_data(uk_sale(amount)), AT, rates=GB_RATES)
    assert rule_ids(result, UK_SHOP) == expected


@pytest.mark.parametrize(("sold", "expected"), [(date(2025, 11, 25), set()), (date(2025, 11, 26), {"VAT-GB-002"})])
def test_uk_threshold_window_is_the_last_12_months(vat, sold, expected):
    result = run(vat, uk_data(uk_sale("95000", sold)), AT, rates=GB_RATES)
    assert rule_ids(result, UK_SHOP) == expected


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 3, 31), set()), (date(2024, 4, 1), {"VAT-GB-002"})])
def test_uk_threshold_rule_from_1_april_2024(vat, at, expected):
    result = run(vat, uk_data(uk_sale("95000", date(2024, 2, 1))), at, rates=GB_RATES)
    assert rule_ids(result, UK_SHOP) == expected


@pytest.mark.parametrize(("expected_gbp", "expected"), [("90000", set()), ("90000.01", {"VAT-GB-002"})])
def test_uk_threshold_forward_look_30_days(vat, expected_gbp, expected):
    data = uk_data(uk_sale("100"), gb_expected_turnover_next_30_days=expected_gbp)
    assert rule_ids(run(vat, data, AT, rates=GB_RATES), UK_SHOP) == expected


def test_uk_turnover_counts_uk_supplies_in_gbp_and_registration_clears_it(vat):
    # EUR 105,882.36 at 0.85 = GBP 90,000.01; exports from GB count, EU-stock sales to EU customers do not
    sales = [uk_sale("100000", currency="EUR"), uk_sale("5882.36", currency="EUR", destination="US"),
             uk_sale("500000", currency="EUR", destination="DE", ship_from="DE")]
    result = run(vat, uk_data(*sales), AT, rates=GB_RATES)
    found = finding(result, "VAT-GB-002")
    assert {e.field: e.value for e in found.evidence}["taxable_turnover_12m_gbp"] == 90000.01
    registered = SellerData(entities=[entity("Thistle Ltd", "GB", {"GB": "GB123456789"})], sales=sales)
    assert rule_ids(run(vat, registered, AT, rates=GB_RATES), UK_SHOP) == set()


# --- W9 and the European account region ---------------------------------------------------------------


def test_european_stores_are_one_account_region(accounts):
    uk, de = account("K-UK", region="UK", devices=["fp-1"]), account("K-DE", region="DE", devices=["fp-1"])
    result = run(accounts, SellerData(accounts=[uk, de]), AT)
    found = finding(result, "ACCT-LINK-002")
    assert found.subject == "accounts:amazon:EU/cluster:K-DE+K-UK"
    assert "of regions DE, GB" in found.message


@pytest.mark.parametrize(
    ("first", "second"),
    [({"region": "UK"}, {"region": "NA"}),
     ({"region": "UK", "platform": "ebay"}, {"region": "EU", "platform": "ebay"})],
)
def test_other_regions_and_platforms_stay_apart(accounts, first, second):
    result = run(accounts, SellerData(accounts=[account("A", devices=["fp-1"], **first),
                                                account("B", devices=["fp-1"], **second)]), AT)
    assert result.findings == []


def test_w9_documented_business_need_needs_no_approval(accounts):
    bank = ["GB29NWBK60161331926819"]
    documented = [account("A", bank_accounts=bank, business_need="second brand 2026-03"),
                  account("B", region="UK", bank_accounts=bank, business_need="second brand 2026-03")]
    assert run(accounts, SellerData(accounts=documented), AT).findings == []
    found = finding(run(accounts, SellerData(accounts=[account("A", bank_accounts=bank),
                                                       account("B", bank_accounts=bank)]), AT), "ACCT-LINK-001")
    assert "without a documented legitimate business need" in found.message
    assert "approval" not in found.remediation


# --- W10 / W11 / M14: trademarks --------------------------------------------------------------------------


def us_mark(**fields) -> Trademark:
    return Trademark.model_validate({"mark": "ACME", "owner": "Acme GmbH", "office": "USPTO", "status": "registered",
                                     "number": "6000001", "registered": date(2021, 6, 15),
                                     "expiry": date(2031, 6, 15), **fields})


@pytest.mark.parametrize(
    ("at", "expected"),
    [(date(2026, 6, 14), set()), (date(2026, 6, 15), {"TM-US8-001"}), (date(2027, 6, 15), {"TM-US8-001"}),
     (date(2027, 6, 16), {"TM-US8-002"}), (date(2027, 12, 15), {"TM-US8-002"}),
     (date(2027, 12, 16), {"TM-LAPSED-001"})],
)
def test_m14_section_8_window_grace_and_cancellation(marks, at, expected):
    assert rule_ids(run(marks, SellerData(trademarks=[us_mark()]), at)) == expected


def test_m14_filed_declaration_and_other_offices(marks):
    filed = us_mark(section8_filed=date(2026, 7, 1))
    assert rule_ids(run(marks, SellerData(trademarks=[filed]), date(2027, 1, 1))) == set()
    assert rule_ids(run(marks, SellerData(trademarks=[filed]), date(2026, 6, 30))) == {"TM-US8-001"}
    euipo = us_mark(office="EUIPO")
    assert rule_ids(run(marks, SellerData(trademarks=[euipo]), date(2027, 1, 1))) == set()
    no_date = us_mark(registered=None)
    assert rule_ids(run(marks, SellerData(trademarks=[no_date]), date(2027, 1, 1))) == set()


def test_m14_leap_day_registration():
    from crossguard.engine.seller.trademarks import section8
    stage, opens, deadline, grace_end = section8(us_mark(registered=date(2020, 2, 29)), date(2025, 3, 1))
    assert (stage, opens, deadline, grace_end) == ("window", date(2025, 2, 28), date(2026, 2, 28), date(2026, 8, 29))


def test_w10_w11_remediations(marks):
    expiring = us_mark(expiry=date(2026, 12, 31), registered=None)
    found = finding(run(marks, SellerData(trademarks=[expiring]), AT), "TM-EXPIRY-001")
    assert "12 months before expiry" in " ".join(found.remediation.split())
    from crossguard.engine.packs import load_packs
    from tests.seller_support import RULES
    brand = next(r.spec for p in load_packs([RULES / "trademarks.yaml"]) for r in p.rules if r.id == "TM-BRAND-001")
    assert "only" in brand.remediation and "IP Accelerator" in brand.remediation


# --- M4 / M5: direct shipments ------------------------------------------------------------------------------


def cn_orders(*orders) -> SellerData:
    return SellerData(entities=[entity("Kaida Ltd", "CN", ioss_number="IM1560001234")], sales=list(orders))


def order(amount: str, day: date, destination: str, ship_from: str = "CN", currency: str = "EUR", **kwargs):
    return sale(amount, day, destination, ship_from=ship_from, currency=currency, who="Kaida Ltd", **kwargs)


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 8, 28), set()), (date(2025, 8, 29), {"US-DEMIN-001"})])
def test_m4_us_de_minimis_gone_from_29_august_2025(customs, at, expected):
    data = cn_orders(order("25", date(2025, 8, 1), "US", currency="USD", marketplace="amazon"))
    assert rule_ids(run(customs, data, at, rates=GB_RATES)) == expected


def test_m4_only_shipments_from_abroad_in_the_last_12_months(customs):
    from_us_stock = order("25", date(2026, 5, 1), "US", ship_from="US", currency="USD")
    assert rule_ids(run(customs, cn_orders(from_us_stock), AT, rates=GB_RATES)) == set()
    old = order("25", date(2025, 11, 25), "US", currency="USD")
    assert rule_ids(run(customs, cn_orders(old), AT, rates=GB_RATES)) == set()
    b2b = order("25", date(2026, 5, 1), "US", currency="USD", customer="B2B")
    assert rule_ids(run(customs, cn_orders(b2b), AT, rates=GB_RATES)) == {"US-DEMIN-001"}


@pytest.mark.parametrize(("at", "expected"),
                         [(date(2026, 6, 30), set()), (date(2026, 7, 1), {"EU-LVC-001"}),
                          (date(2028, 6, 30), {"EU-LVC-001"}), (date(2028, 7, 1), set())])
def test_m5_eur_3_duty_from_1_july_2026_to_1_july_2028(customs, at, expected):
    data = cn_orders(order("39.90", date(at.year, 6, 15), "FR"))
    assert rule_ids(run(customs, data, at)) == expected


@pytest.mark.parametrize(("amount", "expected"), [("150.00", {"EU-LVC-001"}), ("150.01", set())])
def test_m5_low_value_is_at_most_eur_150(customs, amount, expected):
    assert rule_ids(run(customs, cn_orders(order(amount, date(2026, 9, 1), "DE")), AT)) == expected


def test_m5_only_b2c_parcels_from_outside_the_eu(customs):
    assert rule_ids(run(customs, cn_orders(order("40", date(2026, 9, 1), "DE", customer="B2B")), AT)) == set()
    assert rule_ids(run(customs, cn_orders(order("40", date(2026, 9, 1), "DE", ship_from="PL")), AT)) == set()
    found = finding(run(customs, cn_orders(order("40", date(2026, 9, 1), "DE")), AT), "EU-LVC-001")
    assert found.subject == "entity:Kaida Ltd/imports:EU" and "EUR 3 per item category" in found.message
