"""Kinds, lines and shelves read as patterns from two label sets after they were scored blind (vocab13).

Written as general rules and checked over the 30,408 catalog products: Disney/Pixar Cars and Planes die-cast are
children's toys; a game whose title says kids, junior or children is a children's game; pony beads and
sequin-and-bead picture kits are children's craft kits; a talking collector figure has a voice chip; an amplified
TV antenna is an active radio receiver on mains; a quartz clock movement is a battery part, not a toy, even on a
teaching-clocks shelf; Talking Tom and Friends toys are electronic; "with rubber tyres" on a toy car sells no tyre.
Each rule has its negative alongside. Titles are made up, in the catalogs' style.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import BEAD_SHELF, CARD_GAMES, DICE, DOMINOES, classes_of

SCALED_VEHICLES = "Die-Cast & Toy Vehicles > Toy Vehicles & Accessories > Scaled Models > Vehicles"
DISNEY_TOYS = "Characters & Brands > Disney > Toys"
TRIVIA = "Games > Trivia & Quiz Games"
BOBBLEHEADS = "Hobbies > Collectible Figures & Memorabilia > Bobbleheads & Busts"
TEACHING_CLOCKS = "Baby & Toddler Toys > Teaching Clocks"


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Disney Pixar Cars Diecast Sarge 1:55 Scale", SCALED_VEHICLES),
        ("Disney Cars 3 Die-Cast Cruz Ramirez Deluxe", DISNEY_TOYS),
        ("Disney Planes Diecast Dusty Crophopper 1:55", SCALED_VEHICLES),
    ],
)
def test_a_childrens_film_die_cast_line_is_a_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "scale_model", result.basis["product_type"]
    assert classes_of(result, "toy", "children_12_under") == (True, True), result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Minichamps 1:43 Porsche 911 Diecast Model", SCALED_VEHICLES),
        ("Diecast 1:18 Ford Mustang Collector Edition", SCALED_VEHICLES),
    ],
)
def test_other_die_cast_keeps_its_collector_reading(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "scale_model"
    assert classes_of(result, "toy", "children_12_under") == (False, False), result.basis["toy"]


def test_with_rubber_tyres_on_a_film_car_names_no_tyre(classify):
    result = classify("Disney Pixar Cars Exclusive Luigi with Rubber Tyres", category=DISNEY_TOYS)
    assert result.product_type != "vehicle_part", result.basis["product_type"]
    assert classes_of(result, "toy", "children_12_under") == (True, True)
    tyres = classify("Rubber Tyres for 1/10 Touring Car (4 pcs)")
    assert tyres.product_type == "vehicle_part", tyres.basis["product_type"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Yahtzee Kids Dice Game", DICE),
        ("Scrabble Junior Word Game Tiles", DOMINOES),
        ("Snap Cards for Kids Animal Pictures", CARD_GAMES),
        ("Quiz Questions for Children Age 6-10", TRIVIA),
    ],
)
def test_a_kids_or_junior_game_is_a_childrens_game(classify, title, category):
    result = classify(title, category=category)
    assert classes_of(result, "toy", "children_12_under") == (True, True), result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Classic Yahtzee Dice Game", DICE),
        ("Family Quiz Game for Kids and Grown Ups", TRIVIA),
        ("Dominoes Set in Wooden Box Gift for Children and Adults", DOMINOES),
        ("Kids and Adult Party Card Game", CARD_GAMES),
    ],
)
def test_a_family_or_adult_game_stays_a_family_game(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    ["Neon Pony Beads 500 Pack Mixed Colours", "Sequin Art and Beads Butterfly Picture Kit"],
)
def test_pony_beads_and_sequin_bead_kits_are_childrens_craft(classify, title):
    result = classify(title, category=BEAD_SHELF)
    assert result.product_type == "craft_kit", result.basis["product_type"]
    assert classes_of(result, "toy", "children_12_under") == (True, True)


@pytest.mark.parametrize("title", ["Czech Glass Seed Beads 6/0 Silver Lined", "Sterling Silver Stopper Beads x4"])
def test_loose_jewellery_beads_stay_supplies(classify, title):
    result = classify(title, category=BEAD_SHELF)
    assert result.product_type == "jewellery_supply", result.basis["product_type"]
    assert result.classes["toy"] is False


def test_a_talking_collector_figure_has_a_voice_chip(classify):
    result = classify("Funko Wacky Wobbler Talking Homer Simpson Bobble Head", category=BOBBLEHEADS)
    assert result.product_type == "collectible_figure"
    assert classes_of(result, "eee", "battery") == (True, True), result.basis["eee"]
    plain = classify("Funko Wacky Wobbler Homer Simpson Bobble Head", category=BOBBLEHEADS)
    assert classes_of(plain, "eee", "battery") == (False, False), plain.basis["eee"]


def test_an_amplified_tv_antenna_is_an_active_receiver_on_mains(classify):
    result = classify("Amplified Indoor HDTV Antenna 50 Mile Range", category="TV Antennas")
    assert result.product_type == "tv_antenna"
    assert classes_of(result, "radio", "eee", "mains_lv") == (True, True, True), result.basis["radio"]
    passive = classify("Flat Indoor HDTV Antenna 35 Mile Range", category="TV Antennas")
    assert classes_of(passive, "radio", "mains_lv") == (False, False), passive.basis["radio"]


def test_a_clock_movement_is_a_battery_part_not_a_toy(classify):
    result = classify("Quartz Clock Movement Long Shaft with Hands", category=TEACHING_CLOCKS)
    assert result.product_type == "clock_movement", result.basis["product_type"]
    assert classes_of(result, "eee", "battery", "toy", "children_12_under") == (True, True, False, False)
    teaching = classify("Wooden Teaching Clock with Moving Hands", category=TEACHING_CLOCKS)
    assert teaching.product_type == "teaching_clock"
    assert classes_of(teaching, "eee", "toy") == (False, True), teaching.basis["eee"]


def test_talking_tom_and_friends_toys_are_electronic(classify):
    result = classify("Talking Tom and Friends Talk Back Ginger 20cm")
    assert result.product_type == "electronic_toy", result.basis["product_type"]
    assert classes_of(result, "eee", "battery", "toy") == (True, True, True)
    plain = classify("Tom and Jerry Plush Tom 20cm")
    assert plain.classes["eee"] is False, plain.basis["eee"]
