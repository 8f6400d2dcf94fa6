"""Stop 72 (issue 9): a bare thermometer is sold both ways; German hot plates, pulse oximeters, hair clippers and
bicycle helmets by their compounds; a device's dock."""

from __future__ import annotations

import pytest

# --- s72a: a bare thermometer leaves its circuit open; the words that name one decide it ---------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Thermomètre confiseur ou pâtissier - 80° à 200 °c", "ART DE LA TABLE > USTENSILES DE PESAGE"),
    ("Thermomètre anneau de Bouteille", None),
    ("Garden Thermometer Large Dial", None),
])
def test_a_bare_thermometer_leaves_its_circuit_open(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "thermometer", result.basis["product_type"]
    assert result.open == ("eee",), result.basis["eee"]
    assert result.classes["battery"] is not True, result.basis["battery"]


@pytest.mark.parametrize("title", [
    "Digital Meat Thermometer Instant Read",
    "Infrared Forehead Thermometer for Adults",
    "Thermomètre électronique bébé",
    "Thermomètre Médical Electronique Thermobaby",
    "Stirnthermometer kontaktlos Beurer",
    "Ohrthermometer Braun ThermoScan",
])
def test_a_thermometer_that_names_its_circuit_is_electrical_on_a_cell(classify, title):
    result = classify(title)
    assert result.open == (), result.basis["eee"]
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["battery"] is True, result.basis["battery"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


# --- s72b: German and French kinds by their own words --------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "cls"), [
    ("Herdplatte Taurus 1", "oven", "mains_lv"),
    ("Doppelkochplatte 2500 W Edelstahl", "oven", "mains_lv"),
    ("Réchaud électrique 1 plaque 1500 W", "oven", "mains_lv"),
    ("Pulsoxymeter Beurer 454.30", "health_monitor", "battery"),
    ("Oxymètre de pouls Nonin Onyx 9500", "health_monitor", "battery"),
    ("Haarschneidegerät Xiaomi BHR9801EU", "shaver", "eee"),
])
def test_a_german_or_french_kind_by_its_own_word(classify, title, kind, cls):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize("title", [
    "Herdabdeckplatte Glas 60 x 52 cm", "Réchaud à fondue en fonte", "Kochplattenreiniger 250 ml",
])
def test_a_hot_plates_neighbours_are_no_hot_plate(classify, title):
    result = classify(title)
    assert result.product_type != "oven", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_childs_bicycle_helmet_is_a_helmet_for_a_child(classify):
    result = classify("Kinderfahrradhelm Hello Kitty")
    assert result.product_type == "helmet", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_a_grown_ups_bicycle_helmet_is_no_childs(classify):
    result = classify("Damenfahrradhelm Uvex Schwarz")
    assert result.product_type == "helmet", result.basis["product_type"]
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


# --- s72c: a device's dock is the dock, not the device it holds ----------------------------------------------------

@pytest.mark.parametrize("title", [
    "Apple iPad Dock",
    "samsung 60 2707 05 samsung galaxy tab multimedia dock",
    "FANATIC Station d'accueil/Dock – Galaxy S3",
    "lifeworks technology power dock for ipad and ipad 2",
    "vantec nexstar 2 5 sata to usb 2 0 hard drive dock",
])
def test_a_devices_dock_is_a_dock(classify, title):
    result = classify(title)
    assert result.product_type == "device_dock", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["battery"] is False, result.basis["battery"]
    assert result.open == ("mains_lv",), result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Fisher-Price Thomas & Friends Take-n-Play Cranky Docks", "Toys > Toy Trains & Accessories"),
    ("Sperry Top-Sider Authentic Original Dock Shoes", None),
    ("Dixon of Dock Green DVD", None),
    ("Floating Dock Bumper 3 ft", None),
])
def test_a_harbour_or_a_boat_shoe_is_no_dock(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "device_dock", result.basis["product_type"]
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_a_laptops_port_replicator_in_french_is_a_hub(classify):
    result = classify("Panasonic CF-VEB181AU - Réplicateur de port")
    assert result.product_type == "usb_hub", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sportshorts für Kinder Converse 4CF987-023", "shorts"),
    ("Badeshorts Herren Blau", "shorts"),
    ("Herren-Boxershorts Puma 521015001", "underwear"),
])
def test_german_shorts_by_their_sport_are_shorts(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]


# --- s72d: "D20" in a model code or a rod's diameter is no die -------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Galanz/格兰仕 P70D20N1P-G5(W0)/D4转盘机械式微波炉20L家用特价", "microwave"),
    ("Microwave Oven P70D20N1P 20L", "microwave"),
])
def test_a_model_codes_d20_is_no_die(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_curtain_rods_diameter_is_no_die(classify):
    result = classify("Tringle en kit D20 modèle Sphère")
    assert result.product_type != "game_accessory", result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Chessex D20 Dice Translucent Red", "d6 Dice 16mm Opaque", "RPG Dice Translucent", "D20 Level Counter Black/White",
    "Green 15mm D6 Oblivion x25",
])
def test_dice_that_say_so_are_still_dice(classify, title):
    assert classify(title).product_type == "game_accessory"


# --- s72e: a gel-nail lamp by its other names -------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Gelish Mini GelNails UV Cure Light", "Nagellampe UV LED 48W", "Lampe UV LED ongles 36W",
])
def test_a_gel_nail_lamp_is_electrical(classify, title):
    result = classify(title)
    assert result.product_type == "beauty_device", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]


# --- s72f: BigBuy's German oral-care sets and SFP modules ------------------------------------------------------------

def test_a_childrens_oral_care_set_with_a_doll_line_is_no_doll(classify):
    result = classify("Set Mundpflege für Kinder LOL Surprise! L.O.L. SURPRISE (4 Stücke)")
    assert result.product_type == "toothbrush", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_a_german_sfp_module_is_a_network_module(classify):
    result = classify("Fasermodul SEP MonoModo Netgear AGM734-10000S")
    assert result.product_type == "network_module", result.basis["product_type"]
    assert result.classes["eee"] is True and result.classes["radio"] is False, result.basis["radio"]
