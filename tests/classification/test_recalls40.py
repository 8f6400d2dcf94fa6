"""Electrical products of an unfamiliar catalog, read as patterns (recalls40, issue 9).

The US recall sets name hard goods the three development catalogs lack. Their mains, EEE and radio misses and their
untyped products, grouped by why: kinds with no type (a home battery, an access-control lock, a connected home gym,
an ice crusher, a medical alarm's radio pendant and mains base), spellings the vocabulary did
not hold (coffeemaker, A/C adaptor, chests of drawers, infant bath tub), a part read as its appliance (a blender's
container) and everyday non-electrical kinds with no type. Each rule is tested with a look-alike that keeps its reading.
"""

from __future__ import annotations

import pytest


def _on(result, name: str) -> bool:
    return bool(result.classes[name])


# --- kinds with no type -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Powerwall 2 AC Battery Power Systems", "Home Battery Backup 10kWh",
                                   "Battery Energy Storage System for Solar", "家庭储能系统 10度电"])
def test_a_home_battery_is_wired_to_the_mains_and_holds_a_battery(classify, title):
    result = classify(title)
    assert result.product_type == "home_battery", (title, result.product_type)
    assert _on(result, "mains_lv") and _on(result, "battery") and _on(result, "eee")


def test_a_loose_battery_is_no_home_battery(classify):
    result = classify("AA Batteries 24 Pack Alkaline")
    assert result.product_type != "home_battery" and not _on(result, "mains_lv")


@pytest.mark.parametrize("title", ["Delayed Egress Locks", "Electric Strike for Metal Door Frames 12V",
                                   "Electromagnetic Lock 600 lb Holding Force", "电磁锁 门禁"])
def test_an_access_control_lock_is_eee_on_a_low_voltage_supply(classify, title):
    result = classify(title)
    assert result.product_type == "electric_lock", (title, result.product_type)
    assert _on(result, "eee") and not _on(result, "mains_lv") and not _on(result, "battery")


@pytest.mark.parametrize("title", ["Keyed Door Lock Satin Nickel", "Brass Padlock 40mm"])
def test_a_mechanical_lock_stays_inert(classify, title):
    assert not _on(classify(title), "eee")


def test_a_smart_home_gym_plugs_in(classify):
    result = classify("AMP Smart Fitness Machines")
    assert result.product_type == "fitness_machine" and _on(result, "mains_lv")


def test_a_fitness_tracker_is_no_home_gym(classify):
    assert classify("Smart Fitness Tracker Watch").product_type != "fitness_machine"


def test_an_ice_crusher_is_a_kitchen_appliance_unless_it_says_manual(classify):
    assert _on(classify("Vevor Ice Crushers"), "mains_lv")
    manual = classify("Manual Ice Crusher Hand Crank")
    assert not _on(manual, "mains_lv") and not _on(manual, "eee")


def test_a_medical_alarm_is_a_radio_pendant_with_a_mains_base(classify):
    result = classify("Amber Personal Emergency Response System Kits", category="Personal Protection")
    assert result.product_type == "medical_alarm"
    assert _on(result, "radio") and _on(result, "mains_lv") and _on(result, "battery")


def test_a_smoke_alarm_stays_a_battery_alarm(classify):
    result = classify("Smoke Alarm 10 Year Battery")
    assert result.product_type == "smoke_alarm" and not _on(result, "mains_lv")  # lumped42: a kind of alarm


def test_a_medical_alert_bracelet_stays_jewellery(classify):
    assert not _on(classify("Medical Alert Bracelet Engraved Stainless Steel"), "eee")


# --- spellings the vocabulary did not hold ------------------------------------------------------------------------


def test_coffeemaker_in_one_word_is_a_coffee_maker(classify):
    result = classify("Spacemaker Coffeemaker, 12-Cup Programmable Under-Cabinet",
                      category="Coffeemakers/Coffeepots/Teapots/Kettles")
    assert result.product_type == "coffee_maker" and _on(result, "mains_lv")


@pytest.mark.parametrize("title", ["A/C Adaptor (charger) included with Internet Tablets", "AC Adaptor 12V 2A",
                                   "Power Adaptor for Laptop 65W"])
def test_an_ac_adaptor_is_a_mains_power_supply_without_radio(classify, title):
    result = classify(title)
    assert result.product_type == "power_adapter", (title, result.product_type)
    assert _on(result, "mains_lv") and not _on(result, "radio")


@pytest.mark.parametrize("title", ["Travel Adaptor UK to EU", "HDMI Adaptor to VGA"])
def test_other_adaptors_keep_their_reading(classify, title):
    assert classify(title).product_type != "power_adapter", title


def test_a_motion_activated_outdoor_light_is_a_wired_fixture(classify):
    result = classify("Motion-Activated Outdoor Lights, 21 designs", category="Lights & Accessories")
    assert result.product_type == "light_fixture" and _on(result, "mains_lv")


def test_a_solar_outdoor_light_keeps_its_battery(classify):
    result = classify("Solar Outdoor Lights Motion Sensor")
    assert _on(result, "battery") and not _on(result, "mains_lv")


def test_a_power_steamer_is_a_steam_cleaner(classify):
    result = classify("900 Series Power Steamers")
    assert result.product_type == "steam_cleaner" and _on(result, "mains_lv")


def test_a_steamer_basket_is_no_appliance(classify):
    assert not _on(classify("Bamboo Steamer Basket 10 inch"), "eee")


def test_led_mini_lights_are_string_lights(classify):
    assert classify("LED Mini Lights 20 Count").product_type == "string_lights"


# --- a part read as its appliance ---------------------------------------------------------------------------------


def test_a_blender_container_is_a_part_not_a_mains_blender(classify):
    result = classify("64 Ounce Low Profile Blender Container", category="Blenders")
    assert result.product_type == "spare_part" and not _on(result, "mains_lv")


def test_a_blender_with_its_jar_is_still_the_blender(classify):
    result = classify("Countertop Blender 1200W")
    assert result.product_type == "blender" and _on(result, "mains_lv")


# --- everyday kinds with no type ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Nova Series 5-Drawer Chests", "furniture"),
        ("Creekside Children's Chests of Drawers", "furniture"),
        ("Cubimana Building Toy Sets", "building_set"),
        ("Children's Bath Wraps", "towel"),
        ("Martha Stewart Collection Oil & Vinegar Cruets", "tableware"),
        ("Stainless Steel Gas Connectors", "mechanical_adapter"),
        ("QR Skewers for Bike Trailers", "bike_accessory"),
        ("Ice Climbing Axes", "sports_equipment"),
        ("Tip Restraint Kits for Dressers", "hardware"),
        ("Portable Fuel Containers 5 Gallon", "hardware"),
        ("Infant Bath Tubs with Sling", "baby_gear"),
    ],
)
def test_an_everyday_kind_gets_its_type(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, (title, result.product_type)
    assert not _on(result, "eee") and not _on(result, "mains_lv")


def test_a_toy_chest_is_still_toy_storage(classify):
    assert classify("Wooden Toy Chest with Lid").product_type == "storage_organisation"
