"""Review of elec46 and parts46 (review46b, issue 9): their readings probed outside the catalogs, wrong ones fixed.

(1) elec46 read a platform ending a title with no dash as a video game; a console's accessory is titled the same way
("Bluetooth Controller PS4", "Charger Nintendo DS", "Thumb Grips PS4") and lost the radio, battery or children's mark
its words gave it: an accessory noun or a supply word before the platform (`console_accessory_word`) reads no game,
with or without the dash. (2) elec46's "electronic guitar" (a child's toy guitar) also read a player's pedals, pickups,
kits, processors and gig bags as a toy with a cell. (3) Left-overs of parts46 and review46: a laptop's fan, cooler and
replacement screen named after the laptop, an air fryer's basket, a shower pump. Each with its look-alikes.
"""

from __future__ import annotations

import pytest

SUPPLY = ("mains_lv", "radio", "battery")


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. a console's accessory titled "<accessory> <platform>" is no video game ----------------------------------------

@pytest.mark.parametrize(("title", "kept"), [
    ("Bluetooth Controller PS4", "radio"),
    ("Rechargeable Controller Nintendo Switch", "battery"),
    ("Rechargeable Play and Charge Kit Xbox One", "battery"),
    ("Bluetooth Controller - PS4", "radio"),
])
def test_an_accessory_before_the_platform_keeps_its_supply(classify, title, kept):
    result = classify(title)
    assert result.product_type != "video_game", result.basis["product_type"]
    assert result.classes[kept] is True and result.classes["eee"] is True, result.basis[kept]


@pytest.mark.parametrize("title", [
    "Controller Nintendo Switch",
    "Charger Nintendo DS",
    "Thumb Grips - PS4",
    "Thumb Grips PS4",
    "Steering Wheel PS4",
    "Sensor Bar Wii",
    "Nunchuk Wii",
    "Zapper Gun Wii",
    "Light Gun PS3",
    "Dance Pad PS2",
    "Multitap PS2",
    "Dock Nintendo Switch",
    "Kinect Sensor Xbox 360",
    "Move Motion Controller PS3",
    "Funko Pop Kratos PS4",
])
def test_an_accessory_before_the_platform_is_no_video_game(classify, title):
    result = classify(title)
    assert result.product_type != "video_game", result.basis["product_type"]


def test_a_skylanders_portal_keeps_its_childrens_mark(classify):
    result = classify("Skylanders Portal of Power Xbox 360")
    assert result.product_type != "video_game", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", [
    "FIFA 18 PS4",
    "Minecraft Nintendo Switch",
    "Cars 3 Driven to Win PS4",
    "Portal 2 PS3",
    "Kinect Sports Xbox 360",
    "Wheel of Fortune PS4",
    "Titanfall - Xbox One",
    "Infamous: Second Son - PlayStation 4",
])
def test_a_game_ending_in_its_platform_stays_a_video_game(classify, title):
    result = classify(title)
    assert result.product_type == "video_game", result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sony - PlayStation 4 (500GB)", "game_console"),
    ("Wireless Controller - PlayStation 4", "game_controller"),
    ("Charging Dock PS4", "charging_station"),
    ("Racing Wheel PS4", "game_controller"),
    ("Screen Protector Nintendo Switch", "screen_protector"),
    ("Network Adapter PS2", "adapter"),
    ("Stylus Nintendo 3DS", "stylus"),
    ("Controller Skin Xbox One", "case_generic"),
    ("Dance Mat Wii", "electronic_toy"),
])
def test_an_accessory_named_by_its_kind_keeps_it(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


# --- 2. a player's "electronic guitar" gear is no child's toy guitar -------------------------------------------------

@pytest.mark.parametrize("title", [
    "Electronic Guitar Effects Pedal",
    "Electronic Guitar Effect Pedal Distortion",
    "Electronic Guitar Pedal",
    "Electronic Guitar Pickup",
    "Electronic Guitar Kit DIY",
    "Electronic Guitar Processor Multi Effects",
    "Electronic Guitar Gig Bag",
])
def test_a_players_electronic_guitar_gear_is_no_toy(classify, title):
    result = classify(title)
    assert result.product_type != "toy_instrument", result.basis["product_type"]
    assert _off(result, "toy", "children_12_under"), (result.basis["toy"], result.basis["children_12_under"])


@pytest.mark.parametrize("title", [
    "Kids Electronic Guitar with Microphone",
    "Doc Mcstuffins Electronic Guitar",
    "Electronic Rock Guitar for Kids",
])
def test_a_childs_electronic_guitar_stays_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "toy_instrument", result.basis["product_type"]
    assert result.classes["toy"] is True and result.classes["battery"] is True


# --- 3. a laptop's fan and screen, an air fryer's basket, a shower pump ----------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Laptop Internal CPU Fan", "computer_component"),
    ("Laptop Cooling Fan", "portable_fan"),
    ("Laptop Fan Cooler", "portable_fan"),
    ("Replacement Laptop Screen for HP 250 G6", "electrical_part"),
    ("Laptop LCD Panel 14 inch", "electrical_part"),
    ("Laptop Replacement Screen 15.6 inch LED", "electrical_part"),
])
def test_a_laptops_fan_or_screen_is_no_laptop_nor_a_mains_fan(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert _off(result, *SUPPLY), [result.basis[name] for name in SUPPLY]
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("15.6 Inch Laptop Screen Full HD Intel Core i5", "laptop"),
    ("Laptop with 15.6 inch Screen", "laptop"),
    ("Laptop Screen Protector", "screen_protector"),
    ("Laptop Cooling Pad with 5 Fans USB", "portable_fan"),
    ("Desk Fan 12 inch Oscillating", "fan"),
])
def test_a_laptop_and_its_other_gear_keep_their_kinds(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Air Fryer Basket",
    "Air Fryer Basket Divider",
    "Deep Fryer Basket Stainless Steel",
])
def test_a_fryers_basket_is_its_part(classify, title):
    result = classify(title)
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert _off(result, *SUPPLY, "eee")


@pytest.mark.parametrize("title", [
    "Air Fryer with Basket",
    "Dual Basket Air Fryer 9L",
    "Tower Vortx 4L Basket Air Fryer",
])
def test_a_basket_air_fryer_stays_the_fryer(classify, title):
    result = classify(title)
    assert result.product_type == "air_fryer", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Power Shower Pump",
    "Shower Pump",
    "Twin Impeller Shower Pump 2.0 Bar",
])
def test_a_shower_pump_is_a_pump(classify, title):
    result = classify(title)
    assert result.product_type == "garden_pump", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Electric Power Shower 9.5kW",
    "Power Shower with Pump",
])
def test_a_power_shower_stays_the_shower(classify, title):
    result = classify(title)
    assert result.product_type == "heater", result.basis["product_type"]
