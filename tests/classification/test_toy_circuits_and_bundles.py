"""Circuits in products whose kind is passive, battery bundles, and radio on radio-control shelves.

Patterns found in the 30,408 catalog products and the tuned label sets (never the blind ones), written as general
rules: a balloon, banner, statue, puzzle, game or dolls' house lamp that lights up, flashes or runs on batteries has
a circuit; a toy that makes sounds, talks or is musical has a sound chip; a die-cast model "with siren" or "light
effect" has a battery circuit; "Requires 2 AA Batteries" and "with batteries" say what a toy runs on; a battery pack
sold with its charger is EEE (the charger); Ni-Cd and capacity-named packs are batteries; a charger, tyre or engine
heater on a radio-control shelf has no radio; a track booster has a motor; a toy maker's phone is a toy; an RC or
drone maker's aircraft on the kites shelf is electric. Each rule has its negative alongside.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import DICE, FLIGHT_TOYS, RC_PARTS, classes_of

BANNERS = "Party Supplies > Banners, Stickers & Confetti > Banners"
BALLOONS = "Party Supplies > Decorations > Balloons"
PROPS = "Party Supplies > Decorations > Props"
STATUES = "Figures & Playsets > Accessories"
PUZZLES = "Jigsaws & Puzzles > 3-D Puzzles"
DOLLS_HOUSE = "Dolls & Accessories > Dolls' House Accessories"
SCALE_MODELS = "Die-Cast & Toy Vehicles > Toy Vehicles & Accessories > Scaled Models"
TOY_VEHICLES = "Die-Cast & Toy Vehicles > Toy Vehicles & Accessories"
RACE_TRACKS = "Hobbies > Slot Cars, Race Tracks & Accessories > Race Tracks"
ROCKING_HORSES = "Baby & Toddler Toys > Rocking Horses"


@pytest.mark.parametrize(
    ("title", "category", "product_type"),
    [
        ("Happy Birthday Flashing Banner with 16 LED Lights", BANNERS, "party_decoration"),
        ("LED Light Up Balloons Pack of 10 Multicolour", BALLOONS, "balloon"),
        ("Halloween Skeleton Prop with Blinking Eyes", PROPS, "party_decoration"),
        ("Light-Up Haunted House Resin Statue 20cm", STATUES, "collectible_figure"),
        ("3D LED Puzzle Eiffel Tower with Light Base", PUZZLES, "puzzle"),
        ("Automatic Dice Roller Battery Operated", DICE, "dice_game"),
        ("Dolls House 1:12 LED Wall Lamp Battery Operated", DOLLS_HOUSE, "dolls_house_miniature"),
        ("发光气球 派对装饰", BALLOONS, "balloon"),
        ("闪光 生日横幅", BANNERS, "party_decoration"),
    ],
)
def test_a_passive_kind_that_lights_up_or_runs_on_batteries_has_a_circuit(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert classes_of(result, "eee", "battery") == (True, True), result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Happy Birthday Banner Pink and Silver", BANNERS),
        ("Foil Number Balloon 30 Gold", BALLOONS),
        ("Resin Statue of Batman 30cm", STATUES),
        ("3D Puzzle Eiffel Tower 80 Pieces", PUZZLES),
        ("Dolls House Miniature Table Lamp Non Working", DOLLS_HOUSE),
        ("Dolls House Miniature Kitchen Table", DOLLS_HOUSE),
    ],
)
def test_the_same_kinds_without_a_circuit_word_stay_passive(classify, title, category):
    assert classes_of(classify(title, category=category), "eee", "battery") == (False, False)


def test_a_dolls_house_lighting_transformer_is_mains_equipment(classify):
    result = classify("Dolls House 12V Transformer for Lighting", category=DOLLS_HOUSE)
    assert classes_of(result, "eee", "mains_lv") == (True, True)


def test_a_remote_control_balloon_is_radio_with_a_battery(classify):
    result = classify("Remote Control Flying Shark Balloon", category=BALLOONS)
    assert classes_of(result, "radio", "eee", "battery") == (True, True, True)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Pirate Ship Toy Musical with Cannon", "Figures & Playsets > Pirates"),
        ("Plush Owl with Authentic Bird Sound", None),
        ("Rocking Horse Musical Pony", ROCKING_HORSES),
        ("Knight Action Figure Sounds", "Figures & Playsets > Knights & Castles"),
        ("Police Car with Siren", TOY_VEHICLES),
        ("音乐 摇马 儿童", None),
        ("音乐 毛绒玩具 小熊", None),
    ],
)
def test_a_toy_that_makes_sounds_or_music_has_a_battery_circuit(classify, title, category):
    result = classify(title, category=category)
    assert classes_of(result, "eee", "battery", "toy") == (True, True, True), result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Knight Figure with Sword and Shield", "Figures & Playsets > Knights & Castles"),
        ("Rocking Horse Wooden Pony", ROCKING_HORSES),
        ("Musical Instrument Set for Kids 10 Pieces", None),
        ("Musical Chairs Party Game", None),
        ("Wooden Musical Box with Ballerina", None),
        ("音乐盒 木制 旋转木马", None),
    ],
)
def test_instruments_music_boxes_and_music_games_are_not_sound_chips(classify, title, category):
    assert classify(title, category=category).classes["eee"] is False


@pytest.mark.parametrize(
    "title", ["Fire Engine 1:50 with Siren", "Sports Car 1:24 with Light Effect", "Tractor Shake and Sounds 1:32"]
)
def test_a_die_cast_model_with_a_siren_or_light_effect_has_a_battery_circuit(classify, title):
    result = classify(title, category=SCALE_MODELS)
    assert result.product_type == "scale_model", result.basis["product_type"]
    assert classes_of(result, "eee", "battery") == (True, True)


def test_a_plain_die_cast_model_stays_passive(classify):
    assert classes_of(classify("Fire Engine 1:50 Diecast Model", category=SCALE_MODELS), "eee", "battery") == (
        False, False)


@pytest.mark.parametrize(
    "title",
    ["Plush Dog Requires 2 AA Batteries", "Dinosaur Toy (Requires 3 x AAA)", "Robot Toy with Batteries",
     "Toy Car Battery Operated Bump and Go"],
)
def test_what_a_toy_runs_on_makes_it_a_battery_toy(classify, title):
    result = classify(title)
    assert result.product_type != "vehicle_battery", result.basis["product_type"]
    assert classes_of(result, "eee", "battery", "toy") == (True, True, True), result.basis["battery"]


def test_a_car_battery_is_still_a_battery(classify):
    result = classify("Car Battery 12V 70Ah Starter")
    assert result.product_type == "vehicle_battery"
    assert result.classes["toy"] is False


@pytest.mark.parametrize(
    "title",
    ["7.4V 1500mAh Battery 2 Pack with Charger", "3.7V 600mAh Lipo Battery (2PCS) and 4in1 Multi Charger (1PC)"],
)
def test_a_battery_pack_sold_with_its_charger_is_eee(classify, title):
    result = classify(title, category=RC_PARTS)
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert classes_of(result, "eee", "battery", "radio") == (True, True, False), result.basis["eee"]


@pytest.mark.parametrize(
    "title",
    ["7.4V 1500mAh Battery 2 Pack", "9.6V Ni-Cd 700mAh Battery Pack for RC Cars",
     "3.7V 380mAh Battery for Mini Quadcopter"],
)
def test_a_pack_named_by_capacity_or_ni_cd_is_a_battery_without_eee(classify, title):
    result = classify(title, category=RC_PARTS)
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert classes_of(result, "battery", "battery_standalone", "eee", "radio") == (True, True, False, False)


@pytest.mark.parametrize(
    ("title", "product_type"),
    [
        # s80 uk20: an RC model's pack charger is a battery charger on the mains, not a car's 12 V one
        ("4 in 1 Balance Charger for 3.7V Lipo Batteries", "battery_charger"),
        ("RC Car Charger 7.2V", "battery_charger"),
        ("Rubber Tyres for 1/10 RC Buggy (4 pcs)", "vehicle_part"),
        ("Nitro Engine Glow Heater", "glow_igniter"),  # elec45: a glow heater is a glow starter (its own cell)
    ],
)
def test_chargers_tyres_and_heaters_on_an_rc_shelf_have_no_radio(classify, title, product_type):
    result = classify(title, category=RC_PARTS)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


def test_the_rc_model_on_the_same_shelf_is_still_radio(classify):
    # elec48: a 2.4 GHz model (a Syma S107 is infrared: `infrared_helicopter_line`)
    result = classify("WLtoys V911 4 Channel RC Helicopter", category=RC_PARTS)
    assert classes_of(result, "radio", "battery") == (True, True)


@pytest.mark.parametrize(
    ("title", "category"),
    [("Stunt Track Set with Booster", TOY_VEHICLES), ("Race Track Set with Booster", RACE_TRACKS)],
)
def test_a_track_set_with_a_booster_has_a_motor(classify, title, category):
    assert classes_of(classify(title, category=category), "eee", "battery") == (True, True)


@pytest.mark.parametrize(
    ("title", "category"),
    [("Loop Track Set", RACE_TRACKS),
     ("Trading Card Game Booster Pack", "Hobbies > Trading Cards & Accessories > Packs & Sets")],
)
def test_a_track_without_a_booster_and_a_booster_pack_stay_passive(classify, title, category):
    assert classify(title, category=category).classes["eee"] is False


def test_a_toy_makers_phone_is_a_battery_toy_without_radio(classify):
    result = classify("Chat and Count Mobile Phone - Pink", category="Characters & Brands > LeapFrog", brand="LeapFrog")
    assert classes_of(result, "radio", "mains_lv", "eee", "battery", "toy", "children_12_under") == (
        False, False, True, True, True, True)


def test_a_real_phone_is_still_a_radio_phone(classify):
    result = classify("Galaxy A12 Mobile Phone 64GB", category="Mobile Phones", brand="Samsung")
    assert classes_of(result, "radio", "toy") == (True, False)


@pytest.mark.parametrize(
    "title",
    ["Musical Phone Toy for Toddlers", "My First Phone with Lights and Sounds", "Bitzee Interactive Digital Pet",
     "Hatchibabies Cheetree"],
)
def test_toy_phones_and_digital_pets_are_electronic_toys(classify, title):
    result = classify(title)
    assert result.product_type == "electronic_toy", result.basis["product_type"]
    assert classes_of(result, "radio", "eee", "battery", "toy") == (False, True, True, True)


@pytest.mark.parametrize(("title", "brand"), [("Helicopter", "Air Hogs"), ("S107G Mini Helicopter", "Syma")])
def test_an_rc_makers_aircraft_on_the_kites_shelf_is_electric(classify, title, brand):
    result = classify(title, category=FLIGHT_TOYS, brand=brand)
    assert classes_of(result, "eee", "battery") == (True, True), result.basis["eee"]


def test_a_kite_makers_kite_on_the_same_shelf_is_not(classify):
    result = classify("Delta Kite 1.2m Rainbow", category=FLIGHT_TOYS, brand="Brookite")
    assert classes_of(result, "eee", "battery") == (False, False)



LOCOMOTIVES_SHELF = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Locomotives"


def test_a_die_cast_display_locomotive_has_no_motor(classify):
    result = classify("1:120 Scale Rail Legends A4 Class Die Cast Steam Locomotive", category=LOCOMOTIVES_SHELF,
                      brand="Corgi")
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert classes_of(result, "eee", "battery") == (False, False), result.basis["eee"]


def test_an_oo_locomotive_on_the_same_shelf_is_electric(classify):
    result = classify("00 Gauge Class 08 Diesel Shunter Locomotive", category=LOCOMOTIVES_SHELF, brand="Hornby")
    assert classes_of(result, "eee", "battery") == (True, False)


def test_rolling_stock_on_the_trains_shelf_stays_passive(classify):
    result = classify("Mk1 Corridor Second Coach BR Maroon",
                      category="Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains", brand="Hornby")
    assert result.product_type == "model_railway", result.basis["product_type"]
    assert result.classes["eee"] is False
