"""Shopify's English outdoor-recreation leaves, read by the path alone (shopify41b, issue 9).

Continues shopify41 into `Sporting Goods > Outdoor Recreation`: a life-jacket light is a battery lamp (it read the
swim aid), water purifier tablets are a chemical (they read a tablet computer with mains and radio), a fishing chain
hanger is the passive bobbin below an electronic bite alarm (it inherited the alarm's EEE and cell) and airsoft gun
batteries are battery packs. The neighbours beside each keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

OUTDOOR = "Sporting Goods > Outdoor Recreation"
LIFE_JACKET = f"{OUTDOOR} > Boating & Water Sports > Boating & Water Sport Apparel > Life Jacket Accessories"
PURIFIERS = f"{OUTDOOR} > Camping & Hiking > Portable Water Filters & Purifiers"
BITE = f"{OUTDOOR} > Fishing > Bite Alarms"
AIRSOFT = f"{OUTDOOR} > Hunting & Shooting > Airsoft"


def test_a_life_jacket_light_reads_a_battery_lamp(classify):
    result = classify("", category=f"{LIFE_JACKET} > Life Jacket Lights")
    assert all(classes_of(result, "eee", "battery")), result.basis
    assert not any(classes_of(result, "mains_lv")), result.basis


def test_a_life_jacket_whistle_stays_passive(classify):
    result = classify("", category=f"{LIFE_JACKET} > Life Jacket Whistles")
    assert not any(classes_of(result, "mains_lv", "eee", "battery")), result.basis


@pytest.mark.parametrize("title", ["", "Katadyn Micropur MP1 Water Purification Tablets 20 Pack"])
def test_water_purifier_tablets_are_no_tablet_computer(classify, title):
    result = classify(title, category=f"{PURIFIERS} > Water Purifier Tablets")
    assert result.product_type != "tablet", result.basis
    assert not any(classes_of(result, "mains_lv", "eee", "battery", "radio")), result.basis


def test_a_water_filter_pump_beside_the_tablets_reads_no_mains(classify):
    result = classify("", category=f"{PURIFIERS} > Water Filter Pumps")
    assert not any(classes_of(result, "mains_lv", "radio")), result.basis


def test_a_fishing_chain_hanger_is_no_electronic_alarm(classify):
    result = classify("", category=f"{BITE} > Fishing Chain Hangers")
    assert not any(classes_of(result, "eee", "battery")), result.basis


def test_the_bite_alarm_itself_keeps_its_eee_and_cell(classify):
    result = classify("", category=f"{BITE} > Fishing Bite Alarms")
    assert all(classes_of(result, "eee", "battery")), result.basis


def test_airsoft_gun_batteries_read_a_battery(classify):
    result = classify("", category=f"{AIRSOFT} > Airsoft Gun Parts & Accessories > Airsoft Gun Batteries")
    assert result.product_type == "battery_pack", result.basis
    assert all(classes_of(result, "battery")), result.basis


def test_airsoft_pellets_read_no_battery(classify):
    result = classify("", category=f"{AIRSOFT} > Airsoft Pellets")
    assert not any(classes_of(result, "battery", "eee")), result.basis
