"""Power words against the shelf and the powered-variant gaps (power35, issue 9).

A title that states power ("cordless", "18V", "rechargeable", "USB", "electric", "plug-in") outranks a category
entry's locked "no power" classes; a plain title on the same shelf keeps them, and attributes still win over both.
A cordless tool sold as a kit or with its charger has a mains charger in the box (the labels' convention), a bare
tool has none. Motorised baby swings, bouncers and rockers are powered variants of baby gear; craft kits for adults
are not toys; an engine's electric start carries a starter battery.
"""

from __future__ import annotations

import pytest

PNEUMATIC = "Hardware > Tools > Drills > Pneumatic Drills"
HAND_WARMERS = "Sporting Goods > Outdoor Recreation > Camping & Hiking > Chemical Hand Warmers"
MARINE = "Electronics > Marine Electronics"
RADAR = "Electronics > Radar Detectors"
DAMPENERS = "Sporting Goods > Athletics > Tennis > Tennis Racquet Accessories > Racquet Vibration Dampeners"
CRAFT_KITS = "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Craft Kits"


def _on(result, *names: str) -> bool:
    return all(result.classes[name] for name in names)


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. the title's power words against an entry's "no power" ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "category", "on"),
    [
        ("Cordless Drill Driver 18V", PNEUMATIC, ("eee", "battery")),
        ("18V Cordless Impact Driver Brushless", PNEUMATIC, ("eee", "battery")),
        ("Electric Drill 600W Corded", PNEUMATIC, ("eee", "mains_lv")),
        ("电动扳手 充电式", PNEUMATIC, ("eee", "battery")),
        ("Rechargeable Hand Warmer 10000mAh", HAND_WARMERS, ("eee", "battery")),
        ("USB Hand Warmer", HAND_WARMERS, ("eee",)),
        ("Handheld VHF Marine Radio Rechargeable", MARINE, ("battery", "radio")),
        ("LED Light Up Tennis Dampener", DAMPENERS, ("eee", "battery")),
    ],
)
def test_a_titles_power_words_outrank_an_entrys_no_power(classify, title, category, on):
    result = classify(title, category=category)
    assert _on(result, *on), result.basis


def test_the_basis_says_what_the_power_word_outranked(classify):
    result = classify("Cordless Drill Driver 18V", category=PNEUMATIC)
    assert "outranks" in result.basis["battery"] and "Pneumatic Drills" in result.basis["battery"]
    assert "'18 v'" in result.basis["battery"] or "'cordless'" in result.basis["battery"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Air Drill 3/8 inch Reversible", PNEUMATIC),
        ("Pneumatic Drill 1/2 inch", PNEUMATIC),
        ("Hand Warmers 40 Pairs Air Activated", HAND_WARMERS),
        ("Vibration Dampener 2 Pack", DAMPENERS),  # "vibration" is what it damps, not a motor
        ("Tennis Racket Vibration Dampener", DAMPENERS),
    ],
)
def test_a_plain_title_keeps_the_entrys_no_power(classify, title, category):
    result = classify(title, category=category)
    assert _off(result, "eee", "battery", "mains_lv"), result.basis


def test_an_entry_naming_only_the_supply_keeps_the_classes_the_title_does_not_name(classify):
    # a radar detector runs on the car's socket: "digital" says it is electronic, not that it has a battery
    digital = classify("Digital Radar Detector Voice Alert", category=RADAR)
    assert digital.classes["eee"] and not digital.classes["battery"]
    rechargeable = classify("Rechargeable Radar Detector", category=RADAR)
    assert rechargeable.classes["battery"]


def test_attributes_still_win_over_the_titles_power_words(classify):
    result = classify("Cordless Drill Driver 18V", category=PNEUMATIC, attributes={"battery": False, "eee": False})
    assert _off(result, "battery", "eee")
    assert result.basis["battery"].startswith("attribute")


# --- 2. a cordless tool's charger in the box --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Cordless Drill Driver 18V Kit",
        "Cordless Drill Driver 18V with 2 Batteries and Charger",
        "DeWalt 20V MAX Cordless Drill Combo Kit",
        "Bosch Cordless Hedge Trimmer with Battery and Charger",
    ],
)
def test_a_cordless_kit_sold_with_its_charger_is_mains(classify, title):
    result = classify(title)
    assert _on(result, "mains_lv", "battery", "eee"), result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Cordless Drill Driver 18V Tool Only",
        "Makita DHP482Z 18V LXT Combi Drill Body Only",
        "Cordless Drill 18V Kit Body Only",
        "Cordless Drill with Car Charger",  # a 12 V vehicle charger is not mains
    ],
)
def test_a_bare_cordless_tool_has_no_mains(classify, title):
    result = classify(title)
    assert result.classes["battery"] and not result.classes["mains_lv"], result.basis


def test_a_petrol_or_air_kit_is_not_mains(classify):
    assert not classify("Petrol Lawn Mower Kit").classes["mains_lv"]
    assert not classify("Air Impact Wrench Kit Pneumatic").classes["mains_lv"]


def test_a_kit_on_the_pneumatic_shelf_that_says_cordless_is_mains(classify):
    result = classify("Cordless Drill Driver 18V Kit with 2 Batteries and Charger", category=PNEUMATIC)
    assert _on(result, "mains_lv", "battery", "eee"), result.basis


# --- 3. motorised baby gear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Motorised Baby Bouncer", "Motorized Baby Swing 5 Speeds", "Baby Rocker Motorised", "Electric Baby Rocker",
     "婴儿电动摇篮"],
)
def test_motorised_baby_gear_is_electrical(classify, title):
    result = classify(title)
    assert result.classes["eee"] and result.classes["children_12_under"], result.basis


@pytest.mark.parametrize("title", ["Baby Bouncer", "Manual Baby Bouncer", "Baby Swing", "婴儿摇椅"])
def test_plain_baby_gear_stays_passive(classify, title):
    assert not classify(title).classes["eee"]


# --- 4. craft kits for adults ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Diamond Painting Kits for Adults 5D Full Drill", CRAFT_KITS),
        ("Paint by Numbers Adult Beginner 16x20", CRAFT_KITS + " > Drawing & Painting Kits"),
        ("Embroidery Kit for Beginners 14+", CRAFT_KITS + " > Needlecraft Kits"),
        ("Jewelry Making Kit for Adults", CRAFT_KITS + " > Toy Craft Kits"),
        ("Cross Stitch Kit Adult", "Toys & Games > Arts & Crafts"),
        ("成人数字油画 手绘", ""),
    ],
)
def test_a_craft_kit_for_adults_is_not_a_toy(classify, title, category):
    result = classify(title, category=category or None)
    assert not result.classes["toy"] and not result.classes["children_12_under"], result.basis


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Paint by Numbers for Kids", CRAFT_KITS),
        ("Jewelry Making Kit for Girls", CRAFT_KITS + " > Jewelry Making Kits"),
        ("儿童数字油画", ""),
    ],
)
def test_a_craft_kit_for_children_stays_a_toy(classify, title, category):
    result = classify(title, category=category or None)
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis


# --- 5. an engine's electric start ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Petrol Lawn Mower with Electric Start", "Gas Pressure Washer 3100 PSI Electric Start",
     "Generator 3500W Electric Start", "Petrol Snow Blower 7HP Electric Start"],
)
def test_an_electric_start_carries_a_starter_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"] and not result.classes["mains_lv"], result.basis


def test_a_recoil_start_engine_has_no_battery(classify):
    result = classify("Petrol Lawn Mower 46cm Self Propelled")
    assert _off(result, "battery", "eee", "mains_lv")
