"""Shopify's English leaves of outdoor recreation, business & industrial, office supplies and party effects, read by
the path alone (shopify41b, issue 9).

Continues shopify41: a life-jacket light is a battery lamp (it read the swim aid), water purifier tablets are a
chemical (they read a tablet computer with mains and radio), a fishing chain hanger is the passive bobbin below an
electronic bite alarm, airsoft gun batteries are battery packs; packaging, binding and folding machines, postage
meters, attendance clocks, signage panels, powered exam chairs and stage strobes and lasers are mains machines. The
neighbours beside each (manual binders, handheld detectors, manual exam tables) keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

OUTDOOR = "Sporting Goods > Outdoor Recreation"
LIFE_JACKET = f"{OUTDOOR} > Boating & Water Sports > Boating & Water Sport Apparel > Life Jacket Accessories"
PURIFIERS = f"{OUTDOOR} > Camping & Hiking > Portable Water Filters & Purifiers"
BITE = f"{OUTDOOR} > Fishing > Bite Alarms"
AIRSOFT = f"{OUTDOOR} > Hunting & Shooting > Airsoft"
GOOGLE_AIRSOFT = f"{OUTDOOR} > Hunting & Shooting > Paintball & Airsoft > Airsoft > Airsoft Gun Parts & Accessories"
PACKAGING = "Business & Industrial > Manufacturing > Packaging Machines"
DISPLAYS = "Business & Industrial > Advertising & Marketing > Trade Show Displays"
DETECTORS = "Business & Industrial > Law Enforcement > Metal Detectors"
EXAM = "Business & Industrial > Medical > Medical Furniture > Examination Chairs & Tables"
BINDING = "Office Supplies > Filing & Organization > Binding Supplies"
EFFECTS = "Arts & Entertainment > Party & Celebration > Special Effects"


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


def test_the_google_airsoft_battery_shelf_reads_a_battery(classify):
    result = classify("", category=f"{GOOGLE_AIRSOFT} > Airsoft Gun Batteries")
    assert all(classes_of(result, "battery")), result.basis


# --- business, office and party shelves whose typical product plugs into the mains -------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{PACKAGING} > Sealing Machines",
        f"{PACKAGING} > Strapping Machines",
        f"{PACKAGING} > Wrapping Machines",
        f"{DISPLAYS} > Digital Signage Flat Panels",
        f"{DISPLAYS} > Interactive Flat Panels",
        f"{DISPLAYS} > Backlit Displays",
        f"{DETECTORS} > Walk-Through Metal Detectors",
        f"{EXAM} > Examination Chairs > Powered Examination Chairs",
        f"{EXAM} > Examination Tables > Powered Examination Tables",
        "Business & Industrial > Automation Control Components > Programmable Logic Controllers > Motor Starters",
        f"{BINDING} > Binding Machines > Electric Binding Machines",
        "Office Supplies > Office Equipment > Postage Meters",
        "Office Supplies > Office Equipment > Time & Attendance Clocks",
        "Office Supplies > Paper Handling > Paper Folding Machines",
        f"{EFFECTS} > Special Effects Lighting > Strobe Lights",
        f"{EFFECTS} > Special Effects Lighting > Laser Lights",
    ],
)
def test_a_mains_shelf_reads_mains_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{PACKAGING} > Filling Machines",
        f"{PACKAGING} > Labeling Machines",
        "Business & Industrial > Automation Control Components > Programmable Logic Controllers",
        f"{EFFECTS} > Special Effects Controllers",
    ],
)
def test_a_powered_machine_sold_both_ways_reads_eee_with_its_supply_open(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "eee")), result.basis
    assert result.product_type != "game_controller", result.basis


def test_a_handheld_metal_detector_stays_a_battery_instrument(classify):
    result = classify("", category=f"{DETECTORS} > Handheld Metal Detectors")
    assert all(classes_of(result, "eee", "battery")), result.basis
    assert not any(classes_of(result, "mains_lv")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{BINDING} > Binding Machines > Manual Binding Machines",
        f"{EXAM} > Examination Tables > Manual Examination Tables",
        f"{EFFECTS} > Special Effects Light Stands",
        "Office Supplies > Office Instruments > Staplers > Heavy Duty Staplers",
    ],
)
def test_the_manual_sibling_of_a_mains_shelf_reads_no_mains(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


def test_a_powered_stretcher_runs_on_its_battery(classify):
    result = classify(
        "", category="Business & Industrial > Medical > Medical Equipment > Medical Stretchers & Gurneys > "
                     "Powered Stretchers & Gurneys")
    assert all(classes_of(result, "eee", "battery")), result.basis


def test_a_baseball_radar_gun_is_a_battery_radar(classify):
    result = classify(
        "", category="Sporting Goods > Athletics > Baseball & Softball > Baseball & Softball Training Aids > "
                     "Baseball & Softball Radar Guns")
    assert all(classes_of(result, "eee", "battery", "radio")), result.basis


@pytest.mark.parametrize(
    ("path", "wrong"),
    [
        ("Office Supplies > Office Instruments > Call Bells", "musical_instrument"),
        (f"{BINDING} > Binding Combs & Spines", "grooming_tool"),
        (f"{EFFECTS} > Disco Balls", "sports_ball"),
    ],
)
def test_a_shelf_word_of_another_sense_reads_its_own_kind(classify, path, wrong):
    result = classify("", category=path)
    assert result.product_type != wrong, result.basis
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis
