"""A machine's part named head-final, new part words, Google entries that forced a class (machine40, issue 9).

English and Chinese titles put the head last: in "USB Printer Cable" or "Projector Carrying Bag" the machine noun
modifies the part noun, and the part is the product (`Classifier._part_after_machine`). A power word in the main
phrase that would make the part its powered variant keeps the machine, and so do parts named after "with"/"for".
Part and consumable words: a blender jar, clipper guards, a descaler, a chain sharpener, air hockey pucks and
pushers, a monitor's NIBP cuff. Google entries: an air hockey table's mains is now its type's (`air_hockey_table`),
not a lock on everything filed there; a wall plate is hardware, not a mains fitting; a phone jammer is no phone.
A router the title calls wired has no Wi-Fi. Each rule with cases that change and look-alikes that must not.
"""

from __future__ import annotations

import pytest

PRINTERS = "Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines"
PROJECTORS = "Electronics > Video > Projectors"
DRILLS = "Hardware > Tools > Drills"
BLENDERS = "Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders"
COFFEE = "Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines"
CHAINSAWS = "Home & Garden > Lawn & Garden > Outdoor Power Equipment > Chainsaws"
AIR_HOCKEY_TABLES = "Sporting Goods > Indoor Games > Air Hockey > Air Hockey Tables"
WALL_PLATES = "Hardware > Power & Electrical Supplies > Wall Plates & Covers"
PHONE_JAMMERS = "Electronics > Electronics Accessories > Signal Jammers > Mobile Phone Jammers"
VITAL_SIGNS = "Business & Industrial > Medical > Medical Equipment > Vital Signs Monitors"
BP_CUFFS = ("Health & Beauty > Health Care > Biometric Monitor Accessories > Blood Pressure Monitor Accessories > "
            "Blood Pressure Monitor Cuffs")
SHOP_ROUTERS = "Computers >> Network Components >> Routers"
SUPPLY = ("mains_lv", "radio", "battery")


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. a machine noun before a part noun: the part is the product ---------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    ("USB Printer Cable A to B 10ft", None, "cable"),
    ("USB Printer Cable A to B 10ft", PRINTERS, "cable"),
    ("Projector Carrying Bag", None, "bag"),
    ("Projector Carrying Bag", PROJECTORS, "bag"),
    ("Cordless Drill Storage Bag Heavy Duty", DRILLS, "bag"),
    ("Impact Driver Storage Bag", None, "bag"),
    ("Lawn Mower Grass Bag", None, "bag"),
    ("Sewing Machine Carrying Bag", None, "bag"),
])
def test_a_part_noun_after_the_machine_noun_is_the_product(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert _off(result, *SUPPLY), result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "on"), [
    ("Epson EcoTank ET-2850 Printer", "printer", "mains_lv"),
    ("Epson Home Cinema 2350 Projector with Carrying Bag", "projector", "mains_lv"),
    ("DeWalt 20V Max Cordless Drill Kit with Storage Bag", "power_tool", "battery"),
    ("Dyson Supersonic Hair Dryer with Stand", "hair_dryer", "mains_lv"),
    ("Vacuum Cleaner Bagless Upright 800W", "vacuum_cleaner", "mains_lv"),
    ("Rechargeable Cordless Drill Storage Bag", "power_tool", "battery"),  # a power word for the part's kind
    ("Car Key Fob Battery CR2032 Replacement 5 pack", "button_cell_battery", "battery"),  # a trailing label
])
def test_the_machine_keeps_its_reading(classify, title, kind, on):
    """The part only after "with", no part word at the end, a trailing label ("... Replacement": a replacement
    battery) or a power word that would make the part powered."""
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[on], result.basis[on]


def test_a_part_named_for_a_machine_was_already_the_part(classify):
    result = classify("Carrying Bag for Epson Projector")
    assert result.product_type == "bag", result.basis["product_type"]


# --- 2. part and consumable words ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Blender Jar 64oz", BLENDERS, "spare_part"),
    ("Coffee Machine Descaler Cleaning Tablets", COFFEE, "cleaning_supplies"),
    ("Coffee Machine Descaler 500ml", None, "cleaning_supplies"),
    ("Chainsaw Chain Sharpener File Kit", CHAINSAWS, "hand_tool"),
    ("Hair Clipper Guards 8 pack", None, "spare_part"),
    ("Air Hockey Pucks 4 pack", AIR_HOCKEY_TABLES, "sports_ball"),
    ("Air Hockey Pushers Set of 2", AIR_HOCKEY_TABLES, "sports_equipment"),
    ("NIBP Cuff Adult Reusable", VITAL_SIGNS, "spare_part"),
])
def test_a_part_or_consumable_word_names_the_passive_thing(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert _off(result, *SUPPLY), result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "kind", "on"), [
    ("Vitamix 5200 Blender Professional-Grade", BLENDERS, "blender", "mains_lv"),
    ("Breville Barista Express BES870XL", COFFEE, "coffee_maker", "mains_lv"),
    ("Wahl Cordless Hair Clipper", None, "shaver", "battery"),
    ("Mindray VS-600 Vital Signs Monitor", VITAL_SIGNS, "monitor", "battery"),
    ("Samsung Galaxy Tab S9 Tablet", None, "tablet", "battery"),
])
def test_the_machines_beside_those_words_keep_their_power(classify, title, category, kind, on):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[on], result.basis[on]


def test_an_electric_chain_sharpener_draws_current(classify):
    result = classify("Electric Chainsaw Chain Sharpener 85W", category=CHAINSAWS)
    assert result.classes["eee"], result.basis["eee"]


def test_a_blood_pressure_cuff_leaf_is_a_part_not_jewellery(classify):
    result = classify("", category=BP_CUFFS)
    assert result.product_type == "spare_part", result.basis["product_type"]


# --- 3. Google entries: the air hockey table, wall plates, phone jammers -------------------------------------------

def test_an_air_hockey_table_plugs_in_wherever_it_is_named(classify):
    for title, category in (("EastPoint Sports 54 inch Air Hockey Table", AIR_HOCKEY_TABLES),
                            ("EastPoint Sports 54 inch Air Hockey Table", None), ("", AIR_HOCKEY_TABLES)):
        result = classify(title, category=category)
        assert result.product_type == "air_hockey_table", result.basis["product_type"]
        assert result.classes["mains_lv"] and result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("", WALL_PLATES),
    ("Decora Wall Plate 1-Gang White", WALL_PLATES),
    ("Leviton 2-Gang Toggle Switch Wall Plate", None),
    ("Child Safety Outlet Covers 36 pack", None),
])
def test_a_wall_plate_is_passive_hardware(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "hardware", result.basis["product_type"]
    assert _off(result, "eee", *SUPPLY), result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["MK 13A Double Switched Socket Outlet", "Dimmer Switch 400W"])
def test_a_socket_or_switch_stays_a_mains_fitting(classify, title):
    result = classify(title, category="Hardware > Power & Electrical Supplies")
    assert result.product_type == "electrical_fitting", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("", PHONE_JAMMERS),
    ("Cell Phone Signal Jammer 8 Bands", PHONE_JAMMERS),
    ("Mobile Phone Signal Jammer Handheld", None),
])
def test_a_phone_jammer_is_a_transmitter_not_a_phone(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "signal_jammer", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["transmitter"], result.basis["radio"]


def test_a_phone_jammers_shelf_fills_the_handheld_supply(classify):
    """Handheld jammers carry a pack and a mains charger; off that shelf the supply is left to the words."""
    on_shelf = classify("", category=PHONE_JAMMERS)
    assert on_shelf.classes["battery"] and on_shelf.classes["mains_lv"], on_shelf.basis["battery"]
    gps = classify("", category="Electronics > Electronics Accessories > Signal Jammers > GPS Jammers")
    assert gps.classes["radio"] and not gps.classes["mains_lv"], gps.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Samsung Galaxy A15 Mobile Phone 128GB", "smartphone"),
    ("Speedo Mens Endurance+ Swim Jammers", "swimwear"),  # a swimsuit cut: no bare "jammer" word (leafshop46: swimwear)
])
def test_look_alikes_of_a_jammer(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


# --- 4. a wired router -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "TP-Link ER605 Gigabit Wired VPN Router", "Wired Router 4-Port Gigabit", "有线路由器 千兆",
])
def test_a_wired_router_has_no_radio(classify, title):
    result = classify(title, category=SHOP_ROUTERS)
    assert result.product_type == "wired_router", result.basis["product_type"]
    assert result.classes["radio"] is False and result.classes["mains_lv"], result.basis["radio"]


def test_a_wireless_router_keeps_its_radio(classify):
    result = classify("TP-Link Archer AX55 Wireless Router", category=SHOP_ROUTERS)
    assert result.product_type == "router" and result.classes["radio"], result.basis["radio"]
