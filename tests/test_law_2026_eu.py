"""The law as of 2026 in the EU packs (issue 11): the review's corrections W1-W6, W13, W14, W18, W19
and the obligations M1-M3 and M9-M11, through the real Evaluator, on both sides of every changed
date and threshold. docs/law-2026.md says what each item is and where its source is."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from crossguard.engine.compiler import is_effective
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import load_packs, validate_packs
from crossguard.settings import SettingsError, load_settings
from tests.factories import AT, RULES, cert, decision, evaluator_for, make_entry, make_listing, rule_ids
from tests.packs import rule, write_pack

EU_PACKS = ("eu-ce.yaml", "eu-gpsr.yaml", "eu-batteries.yaml", "eu-epr.yaml", "eu-energy-label.yaml", "eu-cra.yaml")
DAY = timedelta(days=1)


@pytest.fixture(scope="module")
def ev() -> Evaluator:
    return evaluator_for(*EU_PACKS)


def ids(ev: Evaluator, at: date = AT, market: str = "DE", listing: dict[str, Any] | None = None,
        **product: Any) -> set[str]:
    return rule_ids(ev, make_entry(listings=[listing or make_listing(market)], **product), at)


def finding(ev: Evaluator, rule_id: str, at: date = AT, listing: dict[str, Any] | None = None, **product: Any) -> Any:
    entry = make_entry(listings=[listing or make_listing("DE")], **product)
    return next(f for d in ev.check_entry(entry, at) for f in d.findings if f.rule_id == rule_id)


def speaker(**overrides: Any) -> dict[str, Any]:
    """A compliant Bluetooth speaker (portable battery, USB-C charging, labels confirmed)."""
    product: dict[str, Any] = {
        "title": "Pulse 20 Bluetooth speaker", "radio": ["bluetooth"],
        "battery": {"chemistry": "lithium-ion", "category": "portable", "labelled": True, "qr_code": True,
                    "removable": True, "collection_symbol": True},
        "charging": {"port": "usb-c", "max_power_w": 10, "label": True}, "vulnerability_reporting": True,
        "certificates": [cert("CE", "RED", "ROHS", "BATT")],
    }
    product.update(overrides)
    return product


def smart_plug(*directives: str, **overrides: Any) -> dict[str, Any]:
    product: dict[str, Any] = {"title": "Smart plug mini", "radio": ["wifi"], "mains_voltage_v": 230,
                               "vulnerability_reporting": True,
                               "certificates": [cert("CE", "RED", "ROHS", *directives)]}
    product.update(overrides)
    return product


# --- W1: German WEEE marketplace check from 1 July 2023 (dates in test_pack_eu.py) -----------------


def test_w1_de_weee_reference_names_the_july_2023_date() -> None:
    (pack,) = load_packs([RULES / "eu-epr.yaml"])
    spec = next(r.spec for r in pack.rules if r.id == "EU-EPR-DE-002")
    assert spec.effective_from == date(2023, 7, 1)
    assert any("1 July 2023" in ref and "§ 6(2)" in ref for ref in spec.references)


# --- W2: the Annex VI label waits for a configured date ---------------------------------------------


def label_evaluator(label_from: date | None) -> Evaluator:
    return Evaluator(load_packs([RULES / "eu-batteries.yaml"], law_dates={"battery_label_from": label_from}))


UNLABELLED = speaker(battery={"category": "portable", "qr_code": True, "collection_symbol": True})


@pytest.mark.parametrize("at", [date(2026, 8, 18), date(2030, 1, 1)])
def test_w2_label_is_dormant_while_the_date_is_not_configured(at: date) -> None:
    ev = label_evaluator(None)
    assert "EU-BATT-004" not in ids(ev, at=at, **UNLABELLED)
    (pack,) = ev.packs
    label = next(r for r in pack.rules if r.id == "EU-BATT-004")
    assert label.dormant and not is_effective(label, at)


@pytest.mark.parametrize(("at", "expected"), [(date(2027, 8, 31), False), (date(2027, 9, 1), True)])
def test_w2_label_from_the_configured_date(at: date, expected: bool) -> None:
    assert ("EU-BATT-004" in ids(label_evaluator(date(2027, 9, 1)), at=at, **UNLABELLED)) is expected


@pytest.mark.parametrize(("at", "expected"), [(date(2026, 8, 17), False), (date(2026, 8, 18), True)])
def test_w2_configured_date_never_earlier_than_18_august_2026(at: date, expected: bool) -> None:
    assert ("EU-BATT-004" in ids(label_evaluator(date(2026, 1, 1)), at=at, **UNLABELLED)) is expected


@pytest.mark.parametrize(("labelled", "expected"), [(True, False), (False, True), (None, True)])
def test_w2_label_confirmation(labelled: bool | None, expected: bool) -> None:
    product = speaker(battery={"category": "portable", "labelled": labelled, "collection_symbol": True})
    assert ("EU-BATT-004" in ids(label_evaluator(date(2027, 9, 1)), at=date(2027, 9, 1), **product)) is expected


def test_w2_message_says_the_date_comes_from_config() -> None:
    found = finding(label_evaluator(date(2027, 9, 1)), "EU-BATT-004", at=date(2027, 9, 1), **UNLABELLED)
    assert "law_dates.battery_label_from" in found.message and "18 months" in found.message


def test_w2_the_shipped_config_leaves_the_label_dormant() -> None:
    assert load_settings(RULES.parent / "config.yaml", env={}).law_dates == {"battery_label_from": None}


def test_w2_unknown_config_key_and_bad_value_are_pack_problems(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "p", [rule("T-CFG-001", {"field": "cls.battery", "eq": True},
                                           effective_from_config="not_a_key")], jurisdiction="EU")
    _, issues = validate_packs([pack], law_dates={"battery_label_from": None})
    assert [i.field for i in issues] == ["T-CFG-001.effective_from_config"]
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"law_dates": {"battery_label_from": "soon"}}))
    with pytest.raises(SettingsError, match="law_dates.battery_label_from"):
        load_settings(config, env={})


# --- W3 / W5 / W6: texts and references -------------------------------------------------------------


def test_w3_w5_w6_corrected_texts() -> None:
    specs = {r.id: r.spec for p in load_packs([RULES / n for n in EU_PACKS]) for r in p.rules}
    assert "Art. 12 safety tests apply only to stationary" in " ".join(specs["EU-BATT-001"].remediation.split())
    assert any("Art. 1(4)" in ref and "Art. 2(2)(a)" in ref for ref in specs["EU-RED-002"].references)
    assert not any("Annex II" in ref for ref in specs["EU-RED-002"].references)
    assert any("Art. 16(3)" in ref for ref in specs["EU-GPSR-001"].references)


# --- W4: battery registration blocks where Amazon deactivates ---------------------------------------


@pytest.mark.parametrize(("market", "rule_id", "verdict"),
                         [("DE", "EU-BATT-009", "block"), ("NL", "EU-BATT-009", "block"),
                          ("PL", "EU-BATT-009", "block"), ("SE", "EU-BATT-009", "block"),
                          ("IE", "EU-BATT-009", "block"), ("FR", "EU-BATT-003", "allow"),
                          ("BE", "EU-BATT-003", "allow"), ("IT", "EU-BATT-003", "allow")])
def test_w4_battery_registration_blocks_in_five_markets(ev: Evaluator, market: str, rule_id: str,
                                                        verdict: str) -> None:
    epr = {k: v for k, v in make_listing(market)["epr"].items() if "batteries" not in k}
    entry = make_entry(listings=[make_listing(market, epr=epr)], **speaker())
    assert rule_ids(ev, entry) == {rule_id}
    assert decision(ev, entry) == verdict


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 8, 17), False), (date(2025, 8, 18), True)])
def test_w4_blocking_rule_from_18_august_2025(ev: Evaluator, at: date, expected: bool) -> None:
    listing = make_listing("SE", epr={"se_weee": "SE-1", "se_packaging": "SE-P"})
    assert ("EU-BATT-009" in ids(ev, at=at, listing=listing, **speaker())) is expected


def test_w4_german_remediation_names_battdg_and_ofh(ev: Evaluator) -> None:
    found = finding(ev, "EU-BATT-009", listing=make_listing("DE", epr={"de_packaging": "L", "de_weee": "W"}),
                    **speaker())
    assert "BattDG" in found.remediation and "OfH" in found.remediation


# --- W13: toy rules only for toys -------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Kids wired headphones 85 dB", "Baby sleeping bag 2.5 TOG", "Childrens rain poncho"])
def test_w13_childrens_words_do_not_make_an_eu_toy(ev: Evaluator, title: str) -> None:
    assert "EU-TOY-001" not in ids(ev, title=title)


def test_w13_play_words_still_do(ev: Evaluator) -> None:
    assert "EU-TOY-001" in ids(ev, title="Kids wooden jigsaw puzzle")
    assert "EU-TOY-001" in ids(ev, title="Baby rattle set")


# --- W14 / M3: battery marking in force, German OfH ---------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 8, 17), False), (date(2025, 8, 18), True)])
def test_m3_collection_symbol_from_18_august_2025(ev: Evaluator, at: date, expected: bool) -> None:
    product = speaker(battery={"category": "portable", "labelled": True, "qr_code": True})
    entry = make_entry(**product)
    assert ("EU-BATT-007" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == "allow"


def test_m3_cd_pb_symbol_only_for_lead_or_cadmium(ev: Evaluator) -> None:
    ups = {"title": "UPS replacement battery 12V 7Ah", "battery": {"chemistry": "lead-acid", "standalone": True,
                                                                   "collection_symbol": True},
           "certificates": [cert("CE", "BATT")]}
    assert "EU-BATT-008" in ids(ev, **ups)
    ups["battery"] = dict(ups["battery"], cd_pb_symbol=True)
    assert "EU-BATT-008" not in ids(ev, **ups)
    assert "EU-BATT-008" not in ids(ev, **speaker())  # lithium-ion


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 12, 31), False), (date(2026, 1, 1), True)])
def test_m3_battdg_ofh_from_1_january_2026(ev: Evaluator, at: date, expected: bool) -> None:
    epr = {"de_packaging": "L", "de_weee": "W", "de_batteries": "B"}
    assert ("EU-EPR-DE-003" in ids(ev, at=at, listing=make_listing("DE", epr=epr), **speaker())) is expected
    with_ofh = make_listing("DE", epr={**epr, "de_batteries_ofh": "GRS Batterien"})
    assert "EU-EPR-DE-003" not in ids(ev, at=at, listing=with_ofh, **speaker())


def test_m3_ofh_rule_only_in_germany_and_only_with_a_registration(ev: Evaluator) -> None:
    assert "EU-EPR-DE-003" not in ids(ev, listing=make_listing("AT", epr={"at_batteries": "B"}), **speaker())
    no_registration = make_listing("DE", epr={"de_packaging": "L", "de_weee": "W"})
    assert "EU-EPR-DE-003" not in ids(ev, listing=no_registration, **speaker())  # EU-BATT-009 instead


# --- W18: manufacturer details block on Amazon EU ------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 12, 12), False), (date(2024, 12, 13), True)])
def test_w18_amazon_manufacturer_contact_blocks(ev: Evaluator, at: date, expected: bool) -> None:
    kettle = {"title": "Electric kettle", "mains_voltage_v": 230, "certificates": [cert("CE", "LVD", "EMC", "ROHS")]}
    entry = make_entry(listings=[make_listing("FR", manufacturer_email=None)], **kettle)
    assert rule_ids(ev, entry, at) == ({"EU-GPSR-007"} if expected else set())
    assert decision(ev, entry, at) == ("block" if expected else "allow")
    off_amazon = make_entry(listings=[make_listing("FR", marketplace="shopify", manufacturer_email=None)], **kettle)
    assert rule_ids(ev, off_amazon, at) == ({"EU-GPSR-002"} if expected else set())


# --- W19: French toy UIN from 2023 ---------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2022, 12, 31), False), (date(2023, 1, 1), True)])
def test_w19_fr_toys_uin_from_2023(ev: Evaluator, at: date, expected: bool) -> None:
    listing = make_listing("FR", epr={"fr_packaging": "P"})
    plush = {"title": "Cuddle bear plush toy", "certificates": [cert("CE", "TOY")]}
    assert ("EU-EPR-FR-004" in ids(ev, at=at, listing=listing, **plush)) is expected


# --- M1: RED cybersecurity ---------------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 7, 31), False), (date(2025, 8, 1), True)])
def test_m1_red_cybersecurity_from_1_august_2025(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(**smart_plug())
    assert ("EU-RED-003" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == "allow"


def test_m1_declaration_covering_2022_30_clears_it(ev: Evaluator) -> None:
    assert ids(ev, **smart_plug("CYBER")) == set()


def test_m1_connected_class_from_attributes_and_keywords(ev: Evaluator) -> None:
    # Bluetooth only: not internet-connected unless the seller says so
    assert "EU-RED-003" not in ids(ev, **speaker())
    assert "EU-RED-003" in ids(ev, **speaker(connected=True))
    # keyword, no radio attribute
    assert "EU-RED-003" in ids(ev, title="Wi-Fi indoor camera 2K", certificates=[cert("CE", "RED", "ROHS")],
                               vulnerability_reporting=True)
    # the seller's attribute overrides the keyword
    assert "EU-RED-003" not in ids(ev, **smart_plug(connected=False))
    # zigbee reaches the internet through a hub
    assert "EU-RED-003" in ids(ev, **smart_plug(radio=["zigbee"]))


def test_m1_radio_toy_only_when_it_processes_personal_data(ev: Evaluator) -> None:
    rc_car = {"title": "RC car 1:16", "radio": ["rf"], "age_min_years": 6, "vulnerability_reporting": True,
              "certificates": [cert("CE", "RED", "TOY", "ROHS")]}
    assert "EU-RED-003" not in ids(ev, **rc_car)
    assert "EU-RED-003" in ids(ev, **rc_car, processes_personal_data=True)


def test_m1_no_red_declaration_is_red_001_not_003(ev: Evaluator) -> None:
    fired = ids(ev, **smart_plug(certificates=[cert("CE", "ROHS")]))
    assert "EU-RED-001" in fired and "EU-RED-003" not in fired


# --- M2: common charger ------------------------------------------------------------------------------

PHONE = {"title": "Android smartphone 6.5 inch", "radio": ["wifi", "bluetooth", "lte"], "eprel_id": "1234567",
         "connected": False, "vulnerability_reporting": True,
         "battery": {"category": "portable", "labelled": True, "qr_code": True, "collection_symbol": True},
         "certificates": [cert("CE", "RED", "ROHS", "BATT")]}


def phone(**charging: Any) -> dict[str, Any]:
    return dict(PHONE, charging={"port": "usb-c", "max_power_w": 15, "label": True, **charging})


def shown(market: str = "DE") -> dict[str, Any]:
    return make_listing(market, energy_label_shown=True)


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 12, 27), False), (date(2024, 12, 28), True)])
def test_m2_usb_c_port_from_28_december_2024(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[shown()], **phone(port="micro-usb"))
    assert ("EU-CHG-001" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == ("block" if expected else "allow")
    assert ids(ev, at=at, listing=shown(), **phone()) == set()


@pytest.mark.parametrize(("watts", "expected"), [(15, False), (15.1, True)])
def test_m2_usb_pd_above_15_w(ev: Evaluator, watts: float, expected: bool) -> None:
    assert ("EU-CHG-003" in ids(ev, listing=shown(), **phone(max_power_w=watts))) is expected
    assert "EU-CHG-003" not in ids(ev, listing=shown(), **phone(max_power_w=watts, usb_pd=True))


@pytest.mark.parametrize(
    ("charging", "expected"),
    [({"charger_included": True}, True), ({"charger_included": True, "offered_without_charger": True}, False),
     ({"charger_included": False}, False), ({"label": None}, True), ({"port": None}, True)],
)
def test_m2_unbundling_label_and_port_confirmation(ev: Evaluator, charging: dict[str, Any], expected: bool) -> None:
    product = phone(**charging)
    product["charging"] = {k: v for k, v in product["charging"].items() if v is not None}
    assert ("EU-CHG-003" in ids(ev, listing=shown(), **product)) is expected


def test_m2_scope_is_radio_devices_charged_by_wire(ev: Evaluator) -> None:
    # a charger is not a common-charger device, even with "phone" in its title
    charger = {"title": "USB-C phone charger 20W, cable not included", "mains_voltage_v": 230,
               "certificates": [cert("CE", "LVD", "EMC", "ROHS")]}
    assert ids(ev, **charger) == set()
    # wireless-only charging, and a wired mouse without radio, are out of scope
    assert "EU-CHG-003" not in ids(ev, listing=shown(), **dict(PHONE, charging={"wired": False}))
    mouse = {"title": "USB wired mouse", "certificates": [cert("CE", "EMC", "ROHS")]}
    assert not {"EU-CHG-001", "EU-CHG-003"} & ids(ev, **mouse)


@pytest.mark.parametrize(("at", "expected"), [(date(2026, 4, 27), False), (date(2026, 4, 28), True)])
def test_m2_laptops_from_28_april_2026(ev: Evaluator, at: date, expected: bool) -> None:
    laptop = dict(PHONE, title="14 inch laptop, Wi-Fi 6", charging={"port": "barrel", "max_power_w": 65})
    fired = ids(ev, at=at, **laptop)
    assert ("EU-CHG-002" in fired, "EU-CHG-004" in fired) == (expected, expected)
    assert "EU-CHG-001" not in fired


# --- M9: energy label and EPREL ------------------------------------------------------------------------

BULB = {"title": "E27 LED bulb 9 W warm white", "mains_voltage_v": 230, "eprel_id": "1234567",
        "certificates": [cert("CE", "LVD", "EMC", "ROHS")]}


@pytest.mark.parametrize(("at", "expected"), [(date(2021, 8, 31), False), (date(2021, 9, 1), True)])
def test_m9_light_sources_from_1_september_2021(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-ENERGY-001" in ids(ev, at=at, **BULB)) is expected  # label not shown on the offer
    assert "EU-ENERGY-001" not in ids(ev, at=at, listing=shown(), **BULB)


def test_m9_eprel_registration_and_attribute_override(ev: Evaluator) -> None:
    no_eprel = {k: v for k, v in BULB.items() if k != "eprel_id"}
    assert "EU-ENERGY-001" in ids(ev, listing=shown(), **no_eprel)
    # a decorative "bulb" vase: the seller says no energy-label group
    assert "EU-ENERGY-001" not in ids(ev, title="Glass bulb vase", energy_label_group="none")


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 6, 19), False), (date(2025, 6, 20), True)])
def test_m9_smartphones_from_20_june_2025(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-ENERGY-002" in ids(ev, at=at, **phone())) is expected
    assert "EU-ENERGY-002" not in ids(ev, at=at, listing=shown(), **phone())


# --- M10: CRA reporting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2026, 9, 10), False), (date(2026, 9, 11), True)])
def test_m10_cra_reporting_from_11_september_2026(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("EU-CRA-001" in ids(ev, at=at, **smart_plug("CYBER", vulnerability_reporting=None))) is expected
    assert "EU-CRA-001" not in ids(ev, at=at, **smart_plug("CYBER"))


def test_m10_cra_not_for_products_without_a_data_connection(ev: Evaluator) -> None:
    kettle = {"title": "Electric kettle", "mains_voltage_v": 230, "certificates": [cert("CE", "LVD", "EMC", "ROHS")]}
    assert ids(ev, at=date(2026, 9, 11), **kettle) == set()


# --- M11: PPWR packaging registration ------------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2026, 8, 11), False), (date(2026, 8, 12), True)])
def test_m11_packaging_registration_from_12_august_2026(ev: Evaluator, at: date, expected: bool) -> None:
    listing = make_listing("IT", epr={"it_weee": "W"})
    assert ("EU-EPR-PACK-001" in ids(ev, at=at, listing=listing, title="Chef's knife")) is expected


@pytest.mark.parametrize("market", ["DE", "FR", "XI"])
def test_m11_not_where_other_rules_or_uk_law_apply(ev: Evaluator, market: str) -> None:
    assert "EU-EPR-PACK-001" not in ids(ev, listing=make_listing(market, epr={}), title="Chef's knife")
