"""Kinds, lines and shelves read as patterns from a label set after it was scored blind (vocab14).

Written as general rules and checked over the 30,408 catalog products: GoPro's HERO3 and later have Wi-Fi; rice and
series lights plug into the mains; lamps and signals on a model-railway lighting shelf run on the layout's low
voltage; a charger that names its batteries holds them; Living Card Games are hobby games; a remote-controlled toy
is EEE even when a generic noun in its title loses to the shelf; pin badges are badges, not costumes; a fridge
water-line kit is plumbing; a bead lacing kit is a children's craft kit; a battery is not EEE by its voltage; "and
spare batteries" after a product sells the product. Each rule has its negative alongside. Titles are made up, in the
catalogs' style.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import BEAD_SHELF, CARD_GAMES, COSTUMES_ADULTS, FIGURES, RC_PARTS, classes_of

ACTION_CAMCORDERS = "Action Camcorders"
SERIES_LIGHTS = "Home Decor & Festive Needs >> Decorative Lighting & Lamps >> Series Lights >> Brightway Series Lights"
LAYOUT_LIGHTING = "Model Railways & Trains > Rail Sets > Lighting & Signal Engineering > Lamps & Lighting"
LAYOUT_SIGNALS = "Model Railways & Trains > Rail Sets > Lighting & Signal Engineering > Signal & Sound"
BUTTONS_AND_PINS = "Novelty & Special Use > Novelty > Accessories > Buttons & Pins"
FRIDGE_PARTS = "Refrigerator Parts & Accessories"


@pytest.mark.parametrize("title", ["GoPro - HERO4 Silver Edition Camera", "GoPro HERO3+ Black Adventure Edition"])
def test_a_gopro_hero3_or_later_has_wifi(classify, title):
    result = classify(title, category=ACTION_CAMCORDERS)
    assert result.product_type == "action_camera"
    assert classes_of(result, "radio", "transmitter") == (True, True), result.basis["radio"]


def test_an_earlier_gopro_decides_no_radio(classify):
    result = classify("GoPro HD HERO2 Outdoor Edition Camera", category=ACTION_CAMCORDERS)
    assert result.product_type == "action_camera"
    assert result.classes["radio"] is False, result.basis["radio"]


def test_rice_lights_plug_into_the_mains(classify):
    result = classify("Sparkle 300 inch Multicolor Rice Lights", category=SERIES_LIGHTS)
    assert result.product_type == "string_lights"
    assert classes_of(result, "mains_lv", "eee") == (True, True), result.basis["mains_lv"]


@pytest.mark.parametrize(
    "title", ["Battery Operated 120 inch Warm White Rice Lights", "USB Rice Lights 5 m Cool White"]
)
def test_rice_lights_that_say_battery_or_usb_keep_their_power(classify, title):
    result = classify(title, category=SERIES_LIGHTS)
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize(
    ("title", "category", "kind"),
    [
        # mains50: a layout's model street lamps are its working electrics too (same classes)
        ("10pcs Scale 1/87 Double Head Model Street Lamps 3V", LAYOUT_LIGHTING, "model_railway_electrics"),
        # elec45: a colour-light signal is a kind of its own (model_railway_electrics), with the same classes
        ("Two Aspect Colour Light Signal with LEDs OO Gauge", LAYOUT_SIGNALS, "model_railway_electrics"),
    ],
)
def test_layout_lamps_and_signals_run_on_low_voltage(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, "eee", "mains_lv") == (True, False), result.basis["mains_lv"]


def test_a_signal_sold_as_a_plastic_kit_is_inert(classify):
    result = classify("Signal Gantry Plastic Kit OO Gauge", category=LAYOUT_SIGNALS)
    assert classes_of(result, "eee", "mains_lv") == (False, False), result.basis["eee"]


def test_a_lamp_on_a_home_lighting_shelf_keeps_its_mains(classify):
    result = classify("Brass Table Lamp with Fabric Shade", category="Home > Lighting > Table Lamps")
    assert result.product_type == "lamp"
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(
    "title",
    ["3.7V 300mAh Battery 4pcs & 4 in 1 Battery Charger", "Compact AA Battery Charger & 4 AA Rechargeable Battery"],
)
def test_a_charger_that_names_its_batteries_holds_them(classify, title):
    result = classify(title)
    assert result.product_type == "battery_charger", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_charger_for_named_batteries_holds_none(classify):
    result = classify("Camera Battery Charger for 1200mAh Batteries")
    assert result.product_type == "battery_charger"
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize(
    "title", ["Arkham Horror LCG: Dunwich Legacy Expansion", "Android: Netrunner Living Card Game Core Set"]
)
def test_a_living_card_game_is_a_hobby_game(classify, title):
    result = classify(title, category=CARD_GAMES)
    assert classes_of(result, "toy", "children_12_under") == (False, False), result.basis["toy"]


def test_a_family_card_game_stays_a_toy(classify):
    result = classify("Uno Family Card Game", category=CARD_GAMES)
    assert result.classes["toy"] is True, result.basis["toy"]


def test_a_remote_controlled_toy_is_eee_whatever_noun_loses_to_the_shelf(classify):
    # the licence in the brand field is blanked out of the title, which leaves "cover" the title's only noun
    result = classify("Ninja Turtles RC Stealth Shellraiser with Pizza Cover Cannon", category=FIGURES,
                      brand="Ninja Turtles")
    assert classes_of(result, "radio", "eee", "battery", "toy") == (True, True, True, True), result.basis["eee"]


def test_a_spare_part_for_rc_gets_no_circuit(classify):
    result = classify("Aluminium Servo Link Rod 4pcs for RC 1:10 Crawler", category=RC_PARTS)
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ('4 x "SKA REVIVAL" RETRO FANCY DRESS BADGES BUTTONS PINS (1inch/25mm)', BUTTONS_AND_PINS),
        ('"NEW WAVE" EIGHTIES BADGE (25mm diameter)', COSTUMES_ADULTS),
    ],
)
def test_a_pin_badge_is_not_a_costume(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "pin_badge", result.basis["product_type"]
    assert classes_of(result, "textile", "toy") == (False, False), result.basis["textile"]


def test_a_badge_for_a_child_stays_a_childrens_product(classify):
    result = classify("Big Badge I Am 5 Today Boy", category="Party Supplies > Decorations > Balloons")
    assert result.product_type == "pin_badge"
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_a_club_badge_card_is_a_card(classify):
    result = classify(
        "Match Attax 2016 Arsenal Full Base Team, Club Badge and Star Player 18 Cards",
        category="Hobbies > Trading Cards & Accessories > Packs & Sets",
    )
    assert result.product_type != "pin_badge", result.basis["product_type"]
    assert result.classes["toy"] is True


def test_a_fridge_water_line_kit_is_plumbing(classify):
    result = classify("Braided Refrigerator Water Line Kit 10 ft for Ice Maker", category=FRIDGE_PARTS)
    assert result.product_type == "plumbing_fixture", result.basis["product_type"]
    assert classes_of(result, "eee", "mains_lv") == (False, False)
    fridge = classify("Stainless Steel French Door Refrigerator 25 cu ft", category="Refrigerators")
    assert fridge.classes["mains_lv"] is True


def test_a_bead_lacing_kit_is_a_childrens_craft_kit(classify):
    result = classify("Wooden Bead Lacing Kit with 2 Laces", category=BEAD_SHELF)
    assert result.product_type == "craft_kit", result.basis["product_type"]
    assert classes_of(result, "toy", "children_12_under") == (True, True)


@pytest.mark.parametrize("title", ["Car Battery 12V 70Ah 640A", "6V 4200mAh NiMH Receiver Battery Pack"])
def test_a_battery_is_not_eee_by_its_voltage(classify, title):
    result = classify(title)
    assert classes_of(result, "battery", "battery_standalone", "eee") == (True, True, False), result.basis["eee"]


def test_a_battery_pack_with_its_charger_is_eee(classify):
    result = classify("7.2V 3000mAh Ni-MH Battery Pack and Charger")
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "product_type"),
    [("Mini Drone with Camera and Spare Battery", "drone"), ("Compact Camera + Extra Battery", "digital_camera")],
)
def test_spare_batteries_after_a_product_sell_the_product(classify, title, product_type):
    result = classify(title)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["eee"] is True


def test_a_spare_battery_alone_is_a_battery(classify):
    result = classify("Spare Battery for Mini Drone 3.7V 500mAh")
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert result.classes["battery_standalone"] is True
