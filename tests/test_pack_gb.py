"""GB pack (gb-product-safety) through the real Evaluator: UKCA or recognised CE, importer,
language and take-back registrations. Northern Ireland (XI) is not evaluated by this pack."""

from __future__ import annotations

from typing import Any

import pytest

from crossguard.engine.evaluator import Evaluator
from tests.factories import AT, cert, decision, evaluator_for, make_entry, make_listing, rule_ids


@pytest.fixture(scope="module")
def ev() -> Evaluator:
    return evaluator_for("gb-product-safety.yaml")


def ids(ev: Evaluator, listing: dict[str, Any] | None = None, **product: Any) -> set[str]:
    return rule_ids(ev, make_entry(listings=[listing or make_listing("GB")], **product))


def speaker(*certs: dict[str, Any]) -> dict[str, Any]:
    return {"title": "Pulse 20 Bluetooth speaker", "radio": ["bluetooth"],
            "battery": {"category": "portable"}, "certificates": list(certs)}


def kettle(*certs: dict[str, Any], volts: float = 230, kind: str = "AC") -> dict[str, Any]:
    return {"title": "Electric kettle", "mains_voltage_v": volts, "voltage_type": kind, "certificates": list(certs)}


# --- GB-RED-001 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("certs", "expected"),
    [
        ([], True),
        ([cert("CE", "LVD", "EMC", "ROHS")], True),  # LVD/EMC does not cover radio equipment
        ([cert("CE", "RED", "ROHS")], False),  # recognised CE
        ([cert("UKCA", "RED", "ROHS")], False),
        ([cert("CE", "RED", "ROHS", issued="2020-01-01", expires="2026-11-25"), cert("UKCA", "RED", "ROHS")], False),
        ([cert("CE", "RED", "ROHS", issued="2020-01-01", expires="2026-11-25"),
          cert("UKCA", "RED", "ROHS", issued="2020-01-01", expires="2026-11-24")], True),
        ([cert("CE", "RED", "ROHS", issued="2020-01-01", expires="2026-11-26")], False),
    ],
)
def test_gb_red_accepts_ce_or_ukca(ev: Evaluator, certs: list[dict[str, Any]], expected: bool) -> None:
    assert ("GB-RED-001" in ids(ev, **speaker(*certs))) is expected


def test_gb_red_blocks_and_explains(ev: Evaluator) -> None:
    entry = make_entry(listings=[make_listing("GB")], **speaker(cert("CE", "ROHS")))
    assert rule_ids(ev, entry) == {"GB-RED-001"}
    assert decision(ev, entry) == "block"
    (finding,) = [f for d in ev.check_entry(entry, AT) for f in d.findings]
    assert "Pulse 20 Bluetooth speaker" in finding.message and "Radio Equipment Regulations 2017" in finding.message


def test_gb_red_keyword_versus_attribute(ev: Evaluator) -> None:
    assert "GB-RED-001" in ids(ev, title="Wi-Fi smart plug", certificates=[cert("CE", "LVD", "EMC", "ROHS")])
    assert "GB-RED-001" not in ids(ev, title="Wi-Fi style plug adapter", radio=[],
                                   certificates=[cert("CE", "LVD", "EMC", "ROHS")])


# --- GB-ELEC-001 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("volts", "kind", "expected"),
    [(49, "AC", False), (50, "AC", True), (1000, "AC", True), (1001, "AC", False),
     (74, "DC", False), (75, "DC", True), (1500, "DC", True), (1501, "DC", False)],
)
def test_gb_electrical_safety_voltage_edges(ev: Evaluator, volts: float, kind: str, expected: bool) -> None:
    product = kettle(cert("UKCA", "EMC", "ROHS"), volts=volts, kind=kind)
    assert ("GB-ELEC-001" in ids(ev, **product)) is expected


@pytest.mark.parametrize(
    ("certs", "expected"),
    [([cert("CE", "LVD", "EMC", "ROHS")], False), ([cert("UKCA", "LVD", "EMC", "ROHS")], False),
     ([cert("UKCA", "LVD", "EMC", "ROHS", issued="2020-01-01", expires="2025-04-10")], True),
     ([cert("CE", "EMC", "ROHS")], True)],
)
def test_gb_electrical_safety_declarations(ev: Evaluator, certs: list[dict[str, Any]], expected: bool) -> None:
    assert ("GB-ELEC-001" in ids(ev, **kettle(*certs))) is expected


def test_gb_electrical_safety_not_for_radio_products(ev: Evaluator) -> None:
    plug = {"title": "Smart plug", "radio": ["wifi"], "mains_voltage_v": 230,
            "certificates": [cert("UKCA", "RED", "ROHS"), cert("PSTI")]}
    assert ids(ev, **plug) == set()


# --- GB-EMC-001 / GB-ROHS-001 ------------------------------------------------------------------


def test_gb_emc(ev: Evaluator) -> None:
    assert "GB-EMC-001" in ids(ev, title="USB LED strip", certificates=[cert("CE", "ROHS")])
    assert "GB-EMC-001" not in ids(ev, title="USB LED strip", certificates=[cert("UKCA", "EMC", "ROHS")])
    assert "GB-EMC-001" not in ids(ev, title="USB LED strip", electronic=False)  # attribute overrides keyword


def test_gb_rohs(ev: Evaluator) -> None:
    assert ids(ev, **kettle(cert("UKCA", "LVD", "EMC"))) == {"GB-ROHS-001"}
    assert ids(ev, **kettle(cert("UKCA", "LVD", "EMC"), cert("CE", "ROHS"))) == set()
    assert "GB-ROHS-001" not in ids(ev, title="Wooden chopping board")


# --- GB-TOY-001 --------------------------------------------------------------------------------


@pytest.mark.parametrize(("age_min", "expected"), [(13, True), (14, False)])
def test_gb_toy_age_under_14(ev: Evaluator, age_min: int, expected: bool) -> None:
    product = {"title": "Magic tricks set", "for_children": True, "age_min_years": age_min}
    assert ("GB-TOY-001" in ids(ev, **product)) is expected


@pytest.mark.parametrize(
    ("certs", "expected"),
    [([], True), ([cert("CE", "TOY")], False), ([cert("UKCA", "TOY")], False),
     ([cert("CE", "TOY", issued="2019-01-01", expires="2026-09-01")], True)],
)
def test_gb_toy_declarations(ev: Evaluator, certs: list[dict[str, Any]], expected: bool) -> None:
    entry = make_entry(listings=[make_listing("GB")], title="Plush teddy bear", certificates=certs)
    assert ("GB-TOY-001" in rule_ids(ev, entry)) is expected
    assert decision(ev, entry) == ("block" if expected else "allow")


# --- GB-OP-001 ---------------------------------------------------------------------------------


def test_gb_importer_needed_for_imported_electricals(ev: Evaluator) -> None:
    imported = make_listing("GB", manufacturer_country="CN", manufacturer_name="Shenzhen Pulse Audio Co.")
    product = kettle(cert("UKCA", "LVD", "EMC", "ROHS"))
    entry = make_entry(listings=[imported], **product)
    assert rule_ids(ev, entry) == {"GB-OP-001"}
    assert decision(ev, entry) == "allow"
    with_importer = make_listing("GB", manufacturer_country="CN",
                                 economic_operator={"name": "Pulse UK Ltd", "role": "importer", "country": "GB"})
    assert ids(ev, listing=with_importer, **product) == set()
    assert ids(ev, listing=make_listing("GB"), **product) == set()  # made in GB


def test_gb_importer_rule_with_missing_manufacturer_country_and_non_electrical(ev: Evaluator) -> None:
    unknown = make_listing("GB", manufacturer_country=None)
    assert "GB-OP-001" in ids(ev, listing=unknown, **kettle(cert("CE", "LVD", "EMC", "ROHS")))
    assert "GB-OP-001" not in ids(ev, listing=unknown, title="Chef's knife")


# --- GB-INFO-001 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("languages", "expected"), [(["de"], True), ([], True), (["en"], False)])
def test_gb_safety_information_in_english(ev: Evaluator, languages: list[str], expected: bool) -> None:
    listing = make_listing("GB", safety_info_languages=languages)
    assert ("GB-INFO-001" in ids(ev, listing=listing, **kettle(cert("CE", "LVD", "EMC", "ROHS")))) is expected


def test_gb_safety_information_not_for_clothing(ev: Evaluator) -> None:
    assert ids(ev, listing=make_listing("GB", safety_info_languages=["de"]), title="Wool jumper") == set()


# --- GB-WEEE-001 / GB-BATT-001 -----------------------------------------------------------------


@pytest.mark.parametrize(("epr", "expected"), [({}, True), ({"gb_weee": "WEE/1"}, False), ({"de_weee": "DE1"}, True)])
def test_gb_weee_registration(ev: Evaluator, epr: dict[str, str], expected: bool) -> None:
    listing = make_listing("GB", epr=epr)
    assert ("GB-WEEE-001" in ids(ev, listing=listing, **kettle(cert("CE", "LVD", "EMC", "ROHS")))) is expected


@pytest.mark.parametrize(
    ("epr", "expected"), [({"gb_weee": "W"}, True), ({"gb_weee": "W", "gb_batteries": "B"}, False)]
)
def test_gb_battery_registration(ev: Evaluator, epr: dict[str, str], expected: bool) -> None:
    listing = make_listing("GB", epr=epr)
    assert ("GB-BATT-001" in ids(ev, listing=listing, **speaker(cert("CE", "RED", "ROHS")))) is expected


def test_gb_registration_rules_warn_only(ev: Evaluator) -> None:
    entry = make_entry(listings=[make_listing("GB", epr={})], **speaker(cert("CE", "RED", "ROHS")))
    assert rule_ids(ev, entry) == {"GB-WEEE-001", "GB-BATT-001"}
    assert decision(ev, entry) == "allow"


# --- routing -----------------------------------------------------------------------------------


def test_northern_ireland_and_eu_listings_are_not_gb(ev: Evaluator) -> None:
    entry = make_entry(markets=["XI", "DE", "US"], **kettle())
    assert all(not d.findings for d in ev.check_entry(entry, AT))
