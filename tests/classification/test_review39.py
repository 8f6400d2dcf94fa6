"""review39 (issue 9): two wrong readings of machine39's `machine_part` rule, fixed in general.

1. "Cable/DSL" names the broadband line a router or modem serves, not a cable: on a router's shelf, "TP-LINK 4-Port
   Cable/DSL/TL-R460" read `cable` and lost the mains (a negative context of `cable`).
2. A machine part rests on drawing no power of its own; a title whose main phrase says the part is powered (a
   `powered_variants` word such as "electric" on a kind that has a powered variant: "Electric Burner ... Air
   Freshener") names a powered thing, not the machine's passive part, and the shelf keeps its supply.
Each with look-alikes that must keep machine39's reading.
"""

from __future__ import annotations

import pytest

ROUTERS = "Electronics > Networking > Bridges & Routers"
MODEMS = "Electronics > Networking > Modems"
SAT_RECEIVERS = "Electronics > Video > Satellite & Cable TV > Satellite Receivers"
PRINTERS = "Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines"
HUMIDIFIERS = "Home & Garden > Household Appliances > Climate Control Appliances > Humidifiers"
COFFEE = "Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines"
SUPPLY = ("mains_lv", "radio", "battery")


@pytest.mark.parametrize(("title", "category"), [
    ("TP-LINK 4-Port Cable/DSL/TL-R460", ROUTERS),
    ("TP-LINK 4-Port Cable/DSL/TL-R460", MODEMS),
    ("Netgear Cable DSL Gateway 4 Port", ROUTERS),
])
def test_cable_dsl_names_the_line_not_a_cable(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "cable" and result.classes["mains_lv"], result.basis["product_type"]


@pytest.mark.parametrize(("title", "category"), [
    ("HDMI Cable 2m High Speed", SAT_RECEIVERS),
    ("USB Cable 2m A to B", PRINTERS),
    ("Coax Cable 10m White", SAT_RECEIVERS),
])
def test_a_cable_on_a_machines_shelf_is_still_the_cable(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["eee"] and not any(result.classes[n] for n in SUPPLY), result.basis["product_type"]


@pytest.mark.parametrize(("title", "category"), [
    ("Asian Aura Electric Burner Rose, Vanilla Liquid Air Freshener", HUMIDIFIERS),
    ("Electric Aroma Diffuser Air Freshener", HUMIDIFIERS),
])
def test_a_part_the_title_says_is_powered_keeps_the_shelf(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["mains_lv"], result.basis["product_type"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Air Freshener Refill Oil 3 Pack", HUMIDIFIERS, "cleaning_supplies"),
    ("Espresso Machine Cleaning Brush Kit", COFFEE, "cleaning_supplies"),
    ("Printer Dust Cover Nylon", PRINTERS, "case_generic"),
])
def test_a_passive_part_still_reads_as_itself(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert not any(result.classes[n] for n in SUPPLY), result.basis["mains_lv"]


# --- battery39's words: a light for a fish tank, a brush head ------------------------------------------------------

TOOTHBRUSHES = "Health & Beauty > Personal Care > Oral Care > Toothbrushes"


@pytest.mark.parametrize("title", [
    "Submersible LED Light for Aquarium Fish Tank",
    "Submersible LED Lights for Aquarium, Blue",
])
def test_a_submersible_light_for_a_fish_tank_is_no_vase_light(classify, title):
    result = classify(title)
    assert result.product_type != "led_candle" and not result.classes["button_cell"], result.basis["product_type"]


def test_a_submersible_vase_light_is_a_coin_cell_light(classify):
    result = classify("Submersible LED Lights with Remote, 4 Pack")
    assert result.product_type == "led_candle" and result.classes["battery"], result.basis["product_type"]


@pytest.mark.parametrize("title", ["Sonic Toothbrush Replacement Heads", "Sonic Brush Heads 4 Pack"])
def test_a_sonic_brush_head_has_no_motor(classify, title):
    result = classify(title, category=TOOTHBRUSHES)
    assert not result.classes["eee"] and not result.classes["battery"], result.basis["eee"]


def test_a_sonic_toothbrush_has_a_motor_on_a_cell(classify):
    result = classify("Sonic Pro Kids Toothbrush", category=TOOTHBRUSHES)
    assert result.classes["eee"] and result.classes["battery"], result.basis["battery"]
