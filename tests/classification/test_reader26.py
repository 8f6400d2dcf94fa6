"""Shelf and title (reader26, issue 9): where a category path (a shelf) and the title name different specific types, the
shelf wins unless the title names an accessory or a declared kind (`parent`) of the shelf's type. Each rule is tested
both ways on real-looking titles.

1. A powered or passive sub-kind shelved under its kind refines the shelf, because its type now declares the kind as
   its `parent`: an electric blanket on a blankets shelf is mains equipment, a whistling kettle on a kettles shelf is
   not, while the kind's own products on the same shelf keep the shelf's reading. Lighted mirrors are a type of their
   own (`lighted_mirror`, a kind of mirror; they were beauty devices, which no mirror shelf could refine).
2. An antenna is an accessory: on a radio-control shelf it is the antenna, not the drone (no radio, no battery); the
   drone on the same shelf keeps them. A fire engine's "aerial ladder" or "aerial rescue" names no antenna, and a bucket
   shelf ("Antennas & Adapters") is no longer read as antennas alone.
"""

from __future__ import annotations

import pytest

from .shelves import RC_HELICOPTERS, classes_of

BLANKETS = "Home Furnishing >> Bed Linen >> Blankets, Quilts & Dohars"
TOOTHBRUSHES = "Health & Personal Care >> Oral Care >> Toothbrushes"
KETTLES = "Kitchen & Dining >> Kettles"
CANDLES = "Home Decor >> Candles"
SHOES = "Footwear >> Shoes"
LAMPS = "Home Decor >> Lamps"
LIGHTERS = "Smoking Accessories >> Lighters"
MIRRORS = "Home & Kitchen > Home Décor > Mirrors"
DIECAST = "Toys > Toy Vehicles & Accessories > Scaled Models > Vehicles"


# -- 1. a declared kind of the shelf's type refines the shelf ---------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "category", "product_type", "eee", "mains"),
    [
        # the title names a kind of the shelf's type: it refines the shelf
        ("Paradise Plain Single Electric Blanket Green", BLANKETS, "electric_blanket", True, True),
        ("Oral-B Pro 2000 Rechargeable Electric Toothbrush", TOOTHBRUSHES, "electric_toothbrush", True, True),
        ("Flameless LED Candles Set of 3 with Remote", CANDLES, "led_candle", True, False),
        ("Light Up Shoes USB Rechargeable LED Trainers", SHOES, "light_up_shoes", True, False),
        ("USB Rechargeable Arc Lighter Windproof", LIGHTERS, "electric_lighter", True, False),
        ("Prestige Stainless Steel Whistling Kettle 2.5 L", KETTLES, "stovetop_kettle", False, False),
        ("Solar Garden Lights 10 Pack Warm White", LAMPS, "solar_light", True, False),
        ("LED Makeup Mirror with 21 Lights Touch Screen", MIRRORS, "lighted_mirror", True, False),
        # the kind's own products on the same shelves keep the shelf's reading
        ("Solimo Microfibre Reversible Double Blanket", BLANKETS, "bedding", False, False),
        ("Colgate Slim Soft Toothbrush Pack of 4", TOOTHBRUSHES, "toothbrush", False, False),
        ("Philips HD9306 1.5 L Electric Kettle", KETTLES, "kettle", True, True),
        ("Zippo Windproof Lighter", LIGHTERS, "smoking_accessory", False, False),
        ("Round Wall Mirror 60cm Gold Frame", MIRRORS, "mirror", False, False),
    ],
)
def test_a_kind_of_the_shelfs_type_named_in_the_title_refines_the_shelf(classify, title, category, product_type, eee,
                                                                         mains):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert classes_of(result, "eee", "mains_lv") == (eee, mains), result.basis


def test_a_sub_kind_off_its_kinds_shelf_is_read_as_before(classify):
    """The parent only matters on the parent's shelf: an electric blanket on a heaters shelf is still the heater the
    shelf says (both are mains equipment), not refined to the blanket."""
    result = classify("Electric Blanket Single", category="Home Appliances >> Heaters")
    assert result.product_type == "heater", result.basis["product_type"]


# -- 2. antennas are accessories ---------------------------------------------------------------------------------------

def test_an_antenna_on_a_radio_control_shelf_is_the_antenna(classify):
    result = classify("Anbee FPV 5.8Ghz Circular Polarized Clover Leaf Antenna High Gain Aerial Set w/RP-SMA Plug",
                      category=RC_HELICOPTERS)
    assert result.product_type == "tv_antenna", result.basis["product_type"]
    assert classes_of(result, "radio", "battery", "toy") == (False, False, False), result.basis


def test_the_drone_on_the_same_shelf_keeps_its_radio(classify):
    result = classify("Syma X5C Quadcopter with HD Camera", category=RC_HELICOPTERS)
    assert classes_of(result, "radio", "battery") == (True, True), result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Oxford Diecast Strathclyde Fire & Rescue Aerial Rescue Pump 76SAL001",
        "Corgi Dennis Aerial Ladder Platform London Fire Brigade 1:50",
    ],
)
def test_a_fire_engines_aerial_names_no_antenna(classify, title):
    result = classify(title, category=DIECAST)
    assert result.product_type == "scale_model", result.basis["product_type"]


def test_an_antenna_named_alone_is_still_an_antenna(classify):
    result = classify("Outdoor TV Aerial High Gain")
    assert result.product_type == "tv_antenna", result.basis["product_type"]


def test_an_adapter_on_an_antennas_and_adapters_shelf_is_the_adapter(classify):
    result = classify("Insignia - Dual 3.5mm Mini Headphone Jack Adapter - Black", category="Antennas & Adapters")
    assert result.product_type == "adapter", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
