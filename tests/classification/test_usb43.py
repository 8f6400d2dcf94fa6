"""Kinds sold both ways whose stuffed title says USB charging (usb43, issue 9).

A portable blender, juicer, hand mixer or espresso maker, a mini air purifier or a cordless hair straightener or curler
whose title says "USB", "USB Rechargeable" or "Type-C" charges from a USB port: a USB cable is no charger, so no mains
equipment is in the box (the labels count a USB-charged product with no wall charger as not mains). A lamp, light
fitting, bulb or emergency light saying "USB Rechargeable" or "Type-C" likewise; a rechargeable lamp carries its
battery. "Wireless" on the portable kitchen kinds is the missing cord, not a radio; carbide and dental burs named
"for" a drill or handpiece are the bits. Look-alikes: the plug-in kinds, a burr puzzle, a title naming a mains plug,
voltage or an included adapter, and a lamp with a USB charging port.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

# --- kitchen and grooming kinds charged over USB ------------------------------------------------------------------


@pytest.mark.parametrize("title, kind", [
    ("Portable Blender USB Rechargeable Mini Juicer Cup 380ml Fresh Juice Smoothie Maker for Travel", "blender"),
    ("Hair Straightener Cordless USB Rechargeable Mini Flat Iron Ceramic Travel Size", "hair_styler"),
    ("Wireless Hair Curler USB Rechargeable Automatic Curling Iron Ceramic Barrel", "hair_styler"),
    ("Cordless Hair Straightener Brush Type-C Charging Negative Ion Anti Scald", "hair_styler"),
    ("Mini Portable Coffee Machine USB Rechargeable Espresso Maker for Car Travel Camping", "coffee_maker"),
    ("Air Purifier USB Mini Desktop Negative Ion Car Air Cleaner Fresh", "car_air_purifier"),  # elec52
])
def test_usb_charged_kinds_sold_both_ways_have_no_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert classes_of(result, "mains_lv", "eee") == (False, True), result.basis


@pytest.mark.parametrize("title, kind", [
    ("Professional Hair Straightener Ceramic Flat Iron 230V Fast Heating", "hair_styler"),
    ("Hair Straightener USB Rechargeable Mini Flat Iron EU Plug", "hair_styler"),
    ("Hair Straightener USB Rechargeable Mini Flat Iron, Adapter Included", "hair_styler"),
    ("Blender 1000W Smoothie Maker Countertop Kitchen", "blender"),
    ("Air Purifier for Home Bedroom Large Room Quiet 3 Speeds", "air_purifier"),
])
def test_plug_in_kinds_and_a_named_plug_or_adapter_keep_the_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert classes_of(result, "mains_lv") == (True,), result.basis


def test_wireless_on_a_portable_blender_is_the_missing_cord(classify):
    result = classify("Wireless Portable Blender Rechargeable 6 Blades")
    assert result.product_type == "portable_blender", result.basis
    assert classes_of(result, "radio", "battery", "mains_lv") == (False, True, False), result.basis


def test_a_cordless_hand_mixer_carries_its_battery(classify):
    result = classify("Wireless Hand Mixer Rechargeable 5 Speeds Electric Whisk")
    assert result.product_type == "food_mixer", result.basis
    assert classes_of(result, "radio", "battery") == (False, True), result.basis


def test_a_bluetooth_word_on_a_blender_is_still_a_radio(classify):
    result = classify("Smart Blender Bluetooth App Control 1500W Countertop")
    assert classes_of(result, "radio") == (True,), result.basis


# --- lamps, light fittings and bulbs ------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Wall Lamp USB Rechargeable Magnetic Touch LED Sconce for Bedroom",
    "Night Light USB Rechargeable Motion Sensor LED Cabinet Light Closet",
])
def test_a_usb_rechargeable_light_has_its_battery_and_no_mains(classify, title):
    result = classify(title)
    assert result.product_type in ("lamp", "light_fixture"), result.basis
    assert classes_of(result, "mains_lv", "battery") == (False, True), result.basis


def test_a_usb_bulb_runs_from_a_usb_port(classify):
    result = classify("USB LED Light Bulb 5V Portable Camping Lamp Bulb")
    assert result.product_type == "light_bulb", result.basis
    assert classes_of(result, "mains_lv", "eee") == (False, True), result.basis


@pytest.mark.parametrize("title", [
    "Table Lamp with USB Charging Port Bedside Lamp for Bedroom",
    "LED Ceiling Light 24W Modern Round Ceiling Lamp for Living Room",
    "E27 LED Light Bulb 9W Warm White 6 Pack",
])
def test_plug_in_lights_keep_the_mains_and_no_battery(classify, title):
    result = classify(title)
    assert classes_of(result, "mains_lv", "battery") == (True, False), result.basis


# --- burs named "for" a drill or handpiece are the bits -------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "5pcs Dental Carbide Tungsten Burs Drill Tooth Extraction Burs For High Speed Handpiece",
    "Tungsten Carbide Burr Set 10pcs Rotary Burr for Die Grinder Drill 1/4 Shank",
])
def test_burs_are_bits_not_the_drill(classify, title):
    result = classify(title)
    assert result.product_type == "hand_tool", result.basis
    assert classes_of(result, "eee", "mains_lv") == (False, False), result.basis


@pytest.mark.parametrize("title, kind", [
    ("Wooden Burr Puzzle 3D Brain Teaser for Adults", "mechanical_puzzle"),  # toyprec47: a puzzle's narrower kind
    ("Cordless Drill Driver 20V with 2 Batteries and Charger", "power_tool"),
])
def test_a_burr_puzzle_and_a_drill_keep_their_kinds(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis
