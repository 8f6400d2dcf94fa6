"""EU packs (eu-ce, eu-gpsr, eu-batteries, eu-epr) through the real Evaluator and durable-rules.

Each rule is shown firing and not firing on realistic products, on both sides of its dates and
thresholds, with expired certificates counting as missing, and with classification coming from
keywords or from attributes that override them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from crossguard.engine.evaluator import Evaluator
from tests.factories import AT, cert, decision, evaluator_for, make_entry, make_listing, rule_ids

EU_PACKS = ("eu-ce.yaml", "eu-gpsr.yaml", "eu-batteries.yaml", "eu-epr.yaml")
DAY = timedelta(days=1)


@pytest.fixture(scope="module")
def ev() -> Evaluator:
    return evaluator_for(*EU_PACKS)


def speaker(**overrides: Any) -> dict[str, Any]:
    """A compliant Bluetooth speaker with an incorporated portable battery."""
    product: dict[str, Any] = {
        "title": "Pulse 20 Bluetooth speaker",
        "radio": ["bluetooth"],
        "battery": {"chemistry": "lithium-ion", "category": "portable", "capacity_wh": 18.5, "labelled": True,
                    "qr_code": True, "removable": True, "collection_symbol": True},
        "charging": {"port": "usb-c", "max_power_w": 10, "label": True},
        "certificates": [cert("CE", "RED", "ROHS", "BATT")],
    }
    product.update(overrides)
    return product


def kettle(**overrides: Any) -> dict[str, Any]:
    product: dict[str, Any] = {"title": "1.7 L electric kettle", "mains_voltage_v": 230, "voltage_type": "AC",
                               "certificates": [cert("CE", "LVD", "EMC", "ROHS")]}
    product.update(overrides)
    return product


def ebike_battery(**overrides: Any) -> dict[str, Any]:
    product: dict[str, Any] = {
        "title": "48V 17.5Ah e-bike battery",
        "battery": {"chemistry": "lithium-ion", "capacity_wh": 840, "labelled": True, "qr_code": True,
                    "collection_symbol": True},
        "certificates": [cert("CE", "BATT", issued="2024-09-01")],
    }
    product.update(overrides)
    return product


def plush(**overrides: Any) -> dict[str, Any]:
    product: dict[str, Any] = {"title": "Cuddle bear plush toy 30 cm", "certificates": [cert("CE", "TOY")]}
    product.update(overrides)
    return product


def ids(ev: Evaluator, at: date = AT, market: str = "DE", listing: dict[str, Any] | None = None,
        **product: Any) -> set[str]:
    return rule_ids(ev, make_entry(listings=[listing or make_listing(market)], **product), at)


# --- baselines -----------------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [speaker, kettle, ebike_battery, plush])
@pytest.mark.parametrize("market", ["DE", "FR", "IT", "NL", "PL", "XI"])
def test_complete_products_have_no_findings(ev: Evaluator, factory: Any, market: str) -> None:
    assert ids(ev, market=market, **factory()) == set()


def test_gb_and_us_listings_are_not_evaluated_by_eu_packs(ev: Evaluator) -> None:
    entry = make_entry(markets=["GB", "US", "DE"], **speaker(certificates=[]))
    by_market = {d.market: {f.rule_id for f in d.findings} for d in ev.check_entry(entry, AT)}
    assert by_market["GB"] == set() and by_market["US"] == set()
    assert "EU-RED-001" in by_market["DE"]


# --- EU-RED-001 / EU-RED-002 --------------------------------------------------------------------


def test_red_fires_without_a_red_declaration_and_blocks(ev: Evaluator) -> None:
    entry = make_entry(**speaker(certificates=[cert("CE", "ROHS", "BATT")]))
    assert "EU-RED-001" in rule_ids(ev, entry)
    assert decision(ev, entry) == "block"
    finding = next(f for d in ev.check_entry(entry, AT) for f in d.findings if f.rule_id == "EU-RED-001")
    assert "Pulse 20 Bluetooth speaker" in finding.message and "Radio Equipment Directive" in finding.message
    assert {e.field for e in finding.evidence} == {"cls.radio", "cls.transport", "certs"}  # not an aircraft


def test_red_does_not_fire_with_a_valid_red_declaration(ev: Evaluator) -> None:
    assert ids(ev, **speaker()) == set()


@pytest.mark.parametrize(("expires", "expected"), [(AT, True), (AT + DAY, False)])
def test_red_expired_declaration_counts_as_missing(ev: Evaluator, expires: date, expected: bool) -> None:
    declaration = cert("CE", "RED", "ROHS", "BATT", issued="2021-01-01", expires=expires.isoformat())
    product = speaker(certificates=[declaration])
    assert ("EU-RED-001" in ids(ev, **product)) is expected


@pytest.mark.parametrize(("issued", "expected"), [(AT + DAY, True), (AT, False)])
def test_red_declaration_not_yet_issued_counts_as_missing(ev: Evaluator, issued: date, expected: bool) -> None:
    product = speaker(certificates=[cert("CE", "RED", "ROHS", "BATT", issued=issued.isoformat())])
    assert ("EU-RED-001" in ids(ev, **product)) is expected


@pytest.mark.parametrize(("at", "expected"), [(date(2016, 6, 12), False), (date(2016, 6, 13), True)])
def test_red_effective_from_13_june_2016(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-RED-001" in ids(ev, at=at, **speaker(certificates=[]))) is expected


def test_red_by_keyword_and_attribute_overriding_keyword(ev: Evaluator) -> None:
    # keyword 'wireless' without a radio attribute: radio equipment
    assert "EU-RED-001" in ids(ev, title="Wireless earbuds", certificates=[cert("CE", "EMC", "ROHS")])
    # attribute radio=[] overrides the 'bluetooth' keyword: EMC applies instead of RED
    fired = ids(ev, title="Bluetooth-style retro speaker (wired)", radio=[], certificates=[cert("CE", "ROHS")])
    assert "EU-RED-001" not in fired and "EU-EMC-001" in fired
    # attribute radio=[nfc] without any keyword
    assert "EU-RED-001" in ids(ev, title="Door lock", radio=["nfc"], certificates=[cert("CE", "ROHS")])


def test_red_002_explains_an_lvd_emc_declaration_on_a_radio_product(ev: Evaluator) -> None:
    fired = ids(ev, **speaker(certificates=[cert("CE", "LVD", "EMC", "ROHS", "BATT")]))
    assert {"EU-RED-001", "EU-RED-002"} <= fired
    assert "EU-RED-002" not in ids(ev, **speaker(certificates=[cert("CE", "ROHS", "BATT")]))
    assert "EU-RED-002" not in ids(ev, **speaker(certificates=[cert("CE", "RED", "LVD", "EMC", "ROHS", "BATT")]))


def test_red_product_needs_no_lvd_or_emc(ev: Evaluator) -> None:
    smart_plug = {"title": "Smart plug Wi-Fi", "radio": ["wifi"], "mains_voltage_v": 230,
                  "certificates": [cert("CE", "RED", "CYBER", "ROHS")]}
    assert ids(ev, **smart_plug) == set()


# --- EU-LVD-001 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("volts", "kind", "expected"),
    [(49, "AC", False), (50, "AC", True), (1000, "AC", True), (1001, "AC", False),
     (74, "DC", False), (75, "DC", True), (1500, "DC", True), (1501, "DC", False)],
)
def test_lvd_voltage_range_edges(ev: Evaluator, volts: float, kind: str, expected: bool) -> None:
    product = {"title": "Industrial power supply unit", "mains_voltage_v": volts, "voltage_type": kind,
               "certificates": [cert("CE", "EMC", "ROHS")]}
    assert ("EU-LVD-001" in ids(ev, **product)) is expected


def test_lvd_by_keyword_and_low_voltage_attribute_overriding_it(ev: Evaluator) -> None:
    assert "EU-LVD-001" in ids(ev, title="Electric kettle 1.7 L", certificates=[cert("CE", "EMC", "ROHS")])
    # "desk lamp" is a mains keyword, but the attribute says 5 V DC (USB powered)
    assert "EU-LVD-001" not in ids(ev, title="LED desk lamp", mains_voltage_v=5, voltage_type="DC",
                                   certificates=[cert("CE", "EMC", "ROHS")])


def test_lvd_does_not_fire_with_lvd_declaration_and_blocks_without(ev: Evaluator) -> None:
    assert "EU-LVD-001" not in ids(ev, **kettle())
    entry = make_entry(markets=["FR"], **kettle(certificates=[cert("CE", "EMC", "ROHS")]))
    assert rule_ids(ev, entry) == {"EU-LVD-001"}
    assert decision(ev, entry) == "block"


@pytest.mark.parametrize(("expires", "expected"), [("2026-11-25", True), ("2026-11-26", False)])
def test_lvd_expired_declaration(ev: Evaluator, expires: str, expected: bool) -> None:
    product = kettle(certificates=[cert("CE", "LVD", "EMC", "ROHS", issued="2021-01-01", expires=expires)])
    assert ("EU-LVD-001" in ids(ev, **product)) is expected


@pytest.mark.parametrize(("at", "expected"), [(date(2016, 4, 19), False), (date(2016, 4, 20), True)])
def test_lvd_effective_from_20_april_2016(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-LVD-001" in ids(ev, at=at, **kettle(certificates=[]))) is expected


# --- EU-EMC-001 --------------------------------------------------------------------------------


def test_emc_fires_on_electronic_product_without_emc(ev: Evaluator) -> None:
    fired = ids(ev, title="LED torch 1000 lm", certificates=[cert("CE", "ROHS")])
    assert "EU-EMC-001" in fired
    assert "EU-EMC-001" not in ids(ev, title="LED torch 1000 lm", certificates=[cert("CE", "EMC", "ROHS")])


def test_emc_attribute_overrides_keyword(ev: Evaluator) -> None:
    # "LED" in the title, but the seller says it is not electronic (a glow-in-the-dark sticker "LED look")
    assert ids(ev, title="LED look wall sticker", electronic=False) == set()


def test_emc_skips_radio_products(ev: Evaluator) -> None:
    assert "EU-EMC-001" not in ids(ev, **speaker(certificates=[cert("CE", "ROHS", "BATT")]))


@pytest.mark.parametrize(("at", "expected"), [(date(2016, 4, 19), False), (date(2016, 4, 20), True)])
def test_emc_effective_from_20_april_2016(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-EMC-001" in ids(ev, at=at, title="USB hub", certificates=[])) is expected


# --- EU-ROHS-001 -------------------------------------------------------------------------------


def test_rohs_fires_on_eee_without_rohs(ev: Evaluator) -> None:
    assert "EU-ROHS-001" in ids(ev, **kettle(certificates=[cert("CE", "LVD", "EMC")]))
    assert "EU-ROHS-001" not in ids(ev, **kettle())


def test_rohs_does_not_apply_to_a_standalone_battery_or_a_knife(ev: Evaluator) -> None:
    assert "EU-ROHS-001" not in ids(ev, **ebike_battery())
    assert ids(ev, title="Chef's knife 20 cm") == set()


@pytest.mark.parametrize(("at", "expected"), [(date(2013, 1, 2), False), (date(2013, 1, 3), True)])
def test_rohs_effective_from_3_january_2013(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-ROHS-001" in ids(ev, at=at, **kettle(certificates=[cert("CE", "LVD", "EMC")]))) is expected


# --- EU-TOY-001 --------------------------------------------------------------------------------


@pytest.mark.parametrize(("age_min", "expected"), [(13, True), (14, False)])
def test_toy_age_under_14(ev: Evaluator, age_min: int, expected: bool) -> None:
    product = {"title": "Magic tricks set", "for_children": True, "age_min_years": age_min}
    assert ("EU-TOY-001" in ids(ev, **product)) is expected


@pytest.mark.parametrize(("ages", "expected"), [
    ({"age_max_years": 13}, True), ({"age_max_years": 14}, True),  # a toy type is a toy whatever its top age
    ({"age_min_years": 13}, True), ({"age_min_years": 14}, False),  # but not one for ages 14 and up
])
def test_toy_by_type_and_ages(ev: Evaluator, ages: dict[str, int], expected: bool) -> None:
    assert ("EU-TOY-001" in ids(ev, title="Marble run", **ages)) is expected


def test_an_age_range_alone_does_not_make_a_toy(ev: Evaluator) -> None:
    """W13: the toy rules are for toys, not every children's product (a children's cutlery set)."""
    assert "EU-TOY-001" not in ids(ev, title="Children's cutlery set stainless steel", age_max_years=8)


def test_toy_by_keyword_and_attributes_overriding_it(ev: Evaluator) -> None:
    assert "EU-TOY-001" in ids(ev, title="Cuddle bear plush toy")
    # "kids" in the title, but kids' clothing is not a toy
    assert "EU-TOY-001" not in ids(ev, title="Kids pyjamas set", toy=False, for_children=True)
    # "baby" in the title, but used by parents
    assert "EU-TOY-001" not in ids(ev, **kettle(title="Baby bottle warmer", for_children=False))


def test_toy_with_valid_or_expired_declaration(ev: Evaluator) -> None:
    assert ids(ev, **plush()) == set()
    expired = plush(certificates=[cert("CE", "TOY", issued="2019-01-01", expires="2026-09-01")])
    entry = make_entry(**expired)
    assert "EU-TOY-001" in rule_ids(ev, entry) and decision(ev, entry) == "block"


@pytest.mark.parametrize(("at", "expected"), [(date(2011, 7, 19), False), (date(2011, 7, 20), True)])
def test_toy_effective_from_20_july_2011(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-TOY-001" in ids(ev, at=at, **plush(certificates=[]))) is expected


def test_radio_toy_needs_both_toy_and_red(ev: Evaluator) -> None:
    rc_car = {"title": "RC car 1:16", "category": "Toys", "radio": ["rf"], "age_min_years": 6,
              "certificates": [cert("CE", "TOY", "ROHS")]}
    assert {"EU-RED-001"} <= ids(ev, **rc_car)
    rc_car["certificates"] = [cert("CE", "RED", "ROHS")]
    assert "EU-TOY-001" in ids(ev, **rc_car)


# --- EU-MSR-001 / EU-GPSR-001 (economic operator) ---------------------------------------------

NON_EU = {"manufacturer_name": "Shenzhen Pulse Audio Co.", "manufacturer_address": "Bao'an, Shenzhen",
          "manufacturer_country": "CN"}
EU_REP = {"name": "EuroRep GmbH", "role": "authorised_representative", "country": "DE",
          "address": "Hanauer Landstrasse 12, Frankfurt", "email": "rep@eurorep.example"}


@pytest.mark.parametrize(
    ("at", "msr", "gpsr"),
    [(date(2021, 7, 15), False, False), (date(2021, 7, 16), True, False),
     (date(2024, 12, 12), True, False), (date(2024, 12, 13), False, True)],
)
def test_economic_operator_rules_hand_over_on_13_december_2024(ev: Evaluator, at: date, msr: bool,
                                                                gpsr: bool) -> None:
    fired = ids(ev, at=at, listing=make_listing("DE", **NON_EU), **speaker())
    assert ("EU-MSR-001" in fired, "EU-GPSR-001" in fired) == (msr, gpsr)


def test_msr_covers_only_harmonised_products(ev: Evaluator) -> None:
    before_gpsr = date(2024, 12, 12)
    tee = {"title": "Organic cotton T-shirt"}
    assert "EU-MSR-001" not in ids(ev, at=before_gpsr, listing=make_listing("DE", **NON_EU), **tee)
    assert "EU-GPSR-001" in ids(ev, listing=make_listing("DE", **NON_EU), **tee)


def test_gpsr_operator_satisfied_by_eu_manufacturer_or_eu_operator(ev: Evaluator) -> None:
    assert "EU-GPSR-001" not in ids(ev, **speaker())  # manufacturer in DE
    assert "EU-GPSR-001" not in ids(ev, listing=make_listing("FR", **NON_EU, economic_operator=EU_REP), **speaker())
    outside = dict(EU_REP, country="CN", name="Shenzhen factory")
    entry = make_entry(listings=[make_listing("FR", **NON_EU, economic_operator=outside)], **speaker())
    assert "EU-GPSR-001" in rule_ids(ev, entry)
    assert decision(ev, entry) == "block"


def test_gpsr_operator_with_missing_manufacturer_country(ev: Evaluator) -> None:
    # null/missing fields: no manufacturer country and no operator at all
    listing = make_listing("IT", manufacturer_country=None, economic_operator=None)
    assert "EU-GPSR-001" in ids(ev, listing=listing, **speaker())


# --- EU-GPSR-002 .. 006 (listing information) --------------------------------------------------


@pytest.mark.parametrize("missing", ["manufacturer_name", "manufacturer_address", "manufacturer_email"])
def test_gpsr_002_manufacturer_details(ev: Evaluator, missing: str) -> None:
    # off Amazon; on Amazon the same gap is EU-GPSR-007, which blocks (tests/test_law_2026_eu.py)
    entry = make_entry(listings=[make_listing("DE", marketplace="ebay", **{missing: None})], **kettle())
    assert rule_ids(ev, entry) == {"EU-GPSR-002"}
    assert decision(ev, entry) == "allow"  # information gaps warn


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 12, 12), False), (date(2024, 12, 13), True)])
def test_gpsr_002_effective_from_13_december_2024(ev: Evaluator, at: date, expected: bool) -> None:
    listing = make_listing("DE", marketplace="ebay", manufacturer_email=None)
    assert ("EU-GPSR-002" in ids(ev, at=at, listing=listing, **kettle())) is expected


@pytest.mark.parametrize("missing", ["address", "email"])
def test_gpsr_003_responsible_person_contact(ev: Evaluator, missing: str) -> None:
    operator = {k: v for k, v in EU_REP.items() if k != missing}
    listing = make_listing("DE", **NON_EU, economic_operator=operator)
    assert "EU-GPSR-003" in ids(ev, listing=listing, **speaker())
    assert "EU-GPSR-003" not in ids(ev, listing=make_listing("DE", **NON_EU, economic_operator=EU_REP), **speaker())
    # an EU manufacturer needs no responsible person, so an incomplete one is no finding
    assert "EU-GPSR-003" not in ids(ev, listing=make_listing("DE", economic_operator=operator), **speaker())


def test_gpsr_004_product_identifier(ev: Evaluator) -> None:
    assert ids(ev, listing=make_listing("NL", product_identifier=None), **kettle()) == {"EU-GPSR-004"}
    assert ids(ev, listing=make_listing("NL"), **kettle()) == set()


@pytest.mark.parametrize(("has_image", "expected"), [(False, True), (True, False), (None, False)])
def test_gpsr_005_picture(ev: Evaluator, has_image: bool | None, expected: bool) -> None:
    listing = make_listing("ES", has_image=has_image)
    assert ("EU-GPSR-005" in ids(ev, listing=listing, **kettle())) is expected


@pytest.mark.parametrize(
    ("languages", "expected"), [(["en"], True), ([], True), (["de"], False), (["en", "de"], False)]
)
def test_gpsr_006_safety_information_language(ev: Evaluator, languages: list[str], expected: bool) -> None:
    listing = make_listing("DE", safety_info_languages=languages)
    assert ("EU-GPSR-006" in ids(ev, listing=listing, **kettle())) is expected


def test_gpsr_006_only_for_products_with_mandatory_warnings(ev: Evaluator) -> None:
    listing = make_listing("FR", safety_info_languages=["en"])
    assert "EU-GPSR-006" not in ids(ev, listing=listing, title="Organic cotton T-shirt")
    assert "EU-GPSR-006" in ids(ev, listing=listing, **plush())


# --- EU-BATT-001 .. 006 ------------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 8, 17), False), (date(2024, 8, 18), True)])
def test_batt_001_standalone_battery_ce_from_18_august_2024(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(**ebike_battery(certificates=[]))
    assert ("EU-BATT-001" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == ("block" if expected else "allow")


def test_batt_001_standalone_by_keyword_or_attribute(ev: Evaluator) -> None:
    # keyword "e-bike battery" and no other electrical class: standalone, LMT category
    assert "EU-BATT-001" in ids(ev, **ebike_battery(certificates=[cert("CE", "EMC")]))
    assert "EU-BATT-001" not in ids(ev, **ebike_battery())
    # attribute standalone=True without any keyword
    spare = {"title": "Spare pack for cordless drill", "battery": {"category": "portable", "standalone": True,
                                                                   "labelled": True}}
    assert "EU-BATT-001" in ids(ev, **spare)
    # "battery pack" keyword on a power bank (electronic): an appliance, so BATT-002 not BATT-001
    bank = {"title": "Power bank battery pack 10000 mAh", "certificates": [cert("CE", "EMC", "ROHS")],
            "battery": {"labelled": True}}
    fired = ids(ev, **bank)
    assert "EU-BATT-001" not in fired and "EU-BATT-002" in fired


def test_batt_001_expired_battery_declaration(ev: Evaluator) -> None:
    expired = ebike_battery(certificates=[cert("CE", "BATT", issued="2024-09-01", expires="2026-11-01")])
    assert "EU-BATT-001" in ids(ev, **expired)


def test_batt_002_battery_in_appliance(ev: Evaluator) -> None:
    without = speaker(certificates=[cert("CE", "RED", "ROHS")])
    entry = make_entry(**without)
    assert rule_ids(ev, entry) == {"EU-BATT-002"}
    assert decision(ev, entry) == "allow"
    assert "EU-BATT-002" not in ids(ev, **speaker())
    assert "EU-BATT-002" not in ids(ev, at=date(2024, 8, 17), **without)


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 8, 17), False), (date(2025, 8, 18), True)])
def test_batt_003_producer_registration_from_18_august_2025(ev: Evaluator, at: date, expected: bool) -> None:
    listing = make_listing("IT", epr={"it_weee": "IT-1"})  # PL and four others: EU-BATT-009 (blocks)
    assert ("EU-BATT-003" in ids(ev, at=at, listing=listing, **speaker())) is expected


def test_batt_003_registration_must_be_for_the_listing_market(ev: Evaluator) -> None:
    assert "EU-BATT-003" not in ids(ev, listing=make_listing("AT"), **speaker())
    # a French battery registration does not cover an Austrian listing
    wrong_market = make_listing("AT", epr={"at_packaging": "L1", "at_weee": "W1", "fr_batteries": "FR1"})
    assert "EU-BATT-003" in ids(ev, listing=wrong_market, **speaker())
    # an empty registration map (no EPR at all) is treated as missing
    assert "EU-BATT-003" in ids(ev, listing=make_listing("IT", epr={}), **speaker())


# EU-BATT-004 (Annex VI label) waits for config.yaml law_dates.battery_label_from: tests/test_law_2026_eu.py


@pytest.mark.parametrize(("at", "expected"), [(date(2027, 2, 17), False), (date(2027, 2, 18), True)])
def test_batt_005_qr_code_from_18_february_2027(ev: Evaluator, at: date, expected: bool) -> None:
    product = speaker(battery={"category": "portable", "labelled": True, "removable": True})
    assert ("EU-BATT-005" in ids(ev, at=at, **product)) is expected
    with_qr = speaker(battery={"category": "portable", "labelled": True, "removable": True, "qr_code": True})
    assert "EU-BATT-005" not in ids(ev, at=at, **with_qr)


@pytest.mark.parametrize(("at", "expected"), [(date(2027, 2, 17), False), (date(2027, 2, 18), True)])
def test_batt_006_removability_from_18_february_2027(ev: Evaluator, at: date, expected: bool) -> None:
    sealed = speaker(battery={"category": "portable", "labelled": True, "qr_code": True, "removable": False})
    entry = make_entry(**sealed)
    assert ("EU-BATT-006" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == "allow"


@pytest.mark.parametrize(
    "battery",
    [
        {"category": "portable", "labelled": True, "qr_code": True, "removable": True},
        {"category": "portable", "labelled": True, "qr_code": True},  # removability unknown: no claim
        {"category": "lmt", "labelled": True, "qr_code": True, "removable": False},
    ],
)
def test_batt_006_does_not_fire(ev: Evaluator, battery: dict[str, Any]) -> None:
    assert "EU-BATT-006" not in ids(ev, at=date(2027, 3, 1), **speaker(battery=battery))


def test_batt_006_not_for_standalone_batteries(ev: Evaluator) -> None:
    pack = ebike_battery(battery={"category": "portable", "standalone": True, "removable": False, "labelled": True,
                                  "qr_code": True})
    assert "EU-BATT-006" not in ids(ev, at=date(2027, 3, 1), **pack)


# --- EU-EPR-DE-001 / 002 -----------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2022, 6, 30), False), (date(2022, 7, 1), True)])
def test_de_packaging_from_1_july_2022(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("DE", epr={"de_weee": "DE 1"})], **kettle())
    assert ("EU-EPR-DE-001" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == ("block" if expected else "allow")


def test_de_packaging_applies_to_every_product_and_only_in_de(ev: Evaluator) -> None:
    assert ids(ev, listing=make_listing("DE", epr={}), title="Chef's knife") == {"EU-EPR-DE-001"}
    assert ids(ev, listing=make_listing("DE"), title="Chef's knife") == set()
    assert "EU-EPR-DE-001" not in ids(ev, listing=make_listing("AT", epr={}), title="Chef's knife")


@pytest.mark.parametrize(("at", "expected"), [(date(2023, 6, 30), False), (date(2023, 7, 1), True)])
def test_de_weee_from_1_july_2023(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("DE", epr={"de_packaging": "L1"})], **kettle())
    assert ("EU-EPR-DE-002" in rule_ids(ev, entry, at)) is expected


def test_de_weee_only_for_eee(ev: Evaluator) -> None:
    listing = make_listing("DE", epr={"de_packaging": "L1", "de_batteries": "B1"})
    assert "EU-EPR-DE-002" in ids(ev, listing=listing, **speaker())
    assert "EU-EPR-DE-002" not in ids(ev, listing=listing, **ebike_battery())  # a battery is not EEE
    assert "EU-EPR-DE-002" not in ids(ev, listing=listing, **plush())


# --- EU-EPR-FR-001 .. 004 ----------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2021, 12, 31), False), (date(2022, 1, 1), True)])
def test_fr_packaging_uin_from_2022(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("FR", epr={"fr_eee": "FR1"})], **kettle())
    assert ("EU-EPR-FR-001" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == "allow"  # marketplaces pay on behalf: warn


def test_fr_eee_uin(ev: Evaluator) -> None:
    assert ids(ev, listing=make_listing("FR", epr={"fr_packaging": "P"}), **kettle()) == {"EU-EPR-FR-002"}
    assert "EU-EPR-FR-002" not in ids(ev, listing=make_listing("FR", epr={"fr_packaging": "P"}), title="Cotton towel")


def test_fr_textiles_uin(ev: Evaluator) -> None:
    listing = make_listing("FR", epr={"fr_packaging": "P"})
    assert ids(ev, listing=listing, title="Fleece hoodie") == {"EU-EPR-FR-003"}
    assert ids(ev, listing=listing, title="Fleece hoodie", textile=False) == set()  # attribute overrides keyword


def test_fr_toys_uin_not_for_electronic_toys(ev: Evaluator) -> None:
    listing = make_listing("FR", epr={"fr_packaging": "P", "fr_eee": "E"})
    assert ids(ev, listing=listing, **plush()) == {"EU-EPR-FR-004"}
    rc_car = {"title": "RC car 1:16", "category": "Toys", "radio": ["rf"], "age_min_years": 6,
              "certificates": [cert("CE", "TOY", "RED", "ROHS")]}
    assert "EU-EPR-FR-004" not in ids(ev, listing=listing, **rc_car)
    assert ids(ev, listing=make_listing("FR"), **plush()) == set()


# --- EU-WEEE-001 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("market", "epr", "expected"),
    [("IT", {}, True), ("IT", {"it_weee": "IT1"}, False), ("NL", {"nl_eee": "NL1"}, False),
     ("PL", {"de_weee": "DE1"}, True), ("DE", {"de_packaging": "L", "de_weee": "W"}, False),
     ("FR", {"fr_packaging": "P", "fr_eee": "E"}, False), ("XI", {}, False)],
)
def test_weee_registration_in_other_member_states(ev: Evaluator, market: str, epr: dict[str, str],
                                                  expected: bool) -> None:
    listing = make_listing(market, epr=epr)
    assert ("EU-WEEE-001" in ids(ev, listing=listing, **kettle())) is expected


@pytest.mark.parametrize(("at", "expected"), [(date(2014, 2, 13), False), (date(2014, 2, 14), True)])
def test_weee_effective_from_14_february_2014(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-WEEE-001" in ids(ev, at=at, listing=make_listing("ES", epr={}), **kettle())) is expected


# --- Northern Ireland ---------------------------------------------------------------------------


def test_northern_ireland_follows_eu_rules(ev: Evaluator) -> None:
    ukca_only = kettle(certificates=[cert("UKCA", "LVD", "EMC", "ROHS")])
    fired = ids(ev, listing=make_listing("XI"), **ukca_only)
    assert {"EU-LVD-001", "EU-EMC-001", "EU-ROHS-001"} <= fired
