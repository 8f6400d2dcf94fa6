"""Toy and children's precision with the category on toy-shop catalogs (toyprec47, stop 47, issue 9).

Kinds the labels read as not toys, or toys not made primarily for children, that the shelf or a word read as a
child's toy: a franchise title holding a child word beside a collector line ("Advent Children", "Armor Girls"),
die-cast toy lines' collector ranges (Hot Wheels Elite, Matchbox's Dinky Collection), twisty and cast puzzles
(family), limited-edition slot cars and GPS, brushless or nitro RC models (hobby grade), packs of felt tips on a
colouring-set shelf (children's art supplies), Masters of the Universe Classics (adult collectors), construction-kit
plastic models, adults' pool loungers. And toys the shelf or a word hid: teethers (a baby's toy, not a soother), a
ball on a shelf of toy balls, a Journey Girls doll's trunk (read as swimming trunks).
"""

from __future__ import annotations

import pytest

SCALED = "Toys & Games > Cars, Trains & Toy Vehicles > Toy Vehicles & Accessories > Scaled Models > Vehicles"
SCIFI = "Toys & Games > Figures & Playsets > Science Fiction & Fantasy"
TEASERS = "Toys & Games > Jigsaws & Puzzles > Brain Teasers"
SLOT = "Toys & Games > Hobbies > Slot Cars, Race Tracks & Accessories > Slot Cars"
COPTERS = "Toys & Games > Hobbies > Remote Controlled Devices > Helicopters & Quadcopters"
PENS = "Toys & Games > Arts & Crafts > Colouring Pens & Markers"
FLOATS = "Toys & Games > Sports Toys & Outdoor > Beach Toys > Flotation Devices & Accessories"


def _audience(result) -> tuple[bool, bool]:
    return bool(result.classes["toy"]), bool(result.classes["children_12_under"])


# --- a child word in the title of a work made for adults or teens -----------------------------------------------------

@pytest.mark.parametrize("title, category", [
    ("Final Fantasy Advent Children Play Arts Kai Tifa Lockheart Action Figure", SCIFI),
    ('Bandai Tamashii Nations Shenlong x Lingyin Huang "Infinite Stratos" Armor Girls Project Action Figure',
     "Toys & Games > Characters & Brands > Action Man"),
])
def test_a_child_word_naming_the_work_leaves_the_collector_line_its_reading(classify, title, category):
    result = classify(title, category=category)
    assert _audience(result) == (False, False), result.basis


@pytest.mark.parametrize("title", [
    "Children's Superhero Action Figure Set of 6",
    "Girls Action Figure Fairy Dolls Set",
])
def test_a_child_word_that_names_the_buyer_still_makes_a_childs_figure(classify, title):
    result = classify(title, category=SCIFI)
    assert _audience(result) == (True, True), result.basis


# --- die-cast toy lines' collector ranges -----------------------------------------------------------------------------

@pytest.mark.parametrize("title, brand", [
    ("Hot Wheels Elite One Back to the Future Time Machine 1:50 Scale", "Hot Wheels"),
    ("matchbox the dinky collection green jaguar E type MK 1 1968 car diecast model", "Matchbox"),
])
def test_a_die_cast_lines_collector_range_is_no_toy(classify, title, brand):
    result = classify(title, brand=brand, category=SCALED)
    assert _audience(result) == (False, False), result.basis


@pytest.mark.parametrize("title, brand", [
    ("Hot Wheels 5 Car Gift Pack", "Hot Wheels"),
    ("Matchbox Land Rover Defender 110 Die-Cast Vehicle", "Matchbox"),
    ("Hot Wheels Ferrari 1:43 FF Die-Cast Car Vehicle", "Hot Wheels"),
])
def test_the_die_cast_lines_own_range_stays_a_toy(classify, title, brand):
    result = classify(title, brand=brand, category=SCALED)
    assert _audience(result) == (True, True), result.basis


# --- twisty and cast puzzles are family puzzles -----------------------------------------------------------------------

@pytest.mark.parametrize("title, category", [
    ("Hanayama Duet Puzzle", TEASERS),
    ("Oostifun Fangge Mir-Two 2x2x2 Mirror Block Puzzle Cube twisted Magic cube Toy (Golden)", TEASERS),
    ("MoYu Aolong V2 3x3x3 Speed Cube Stickerless", None),
    ("Rubik's Cube", "Toys & Games > Characters & Brands > Hasbro"),
    ("Ultimate Metal Puzzles The Sting", TEASERS),
    ("魔方 三阶 顺滑 比赛专用", None),
])
def test_a_twisty_or_cast_puzzle_is_a_toy_for_the_family(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "mechanical_puzzle", result.basis["product_type"]
    assert _audience(result) == (True, False), result.basis


@pytest.mark.parametrize("title, category", [
    ("Magic Classic Snake Cube Puzzle - Boys, Girls, Kids Great Stocking Filler", TEASERS),
    ("Frozen Magic Cube for Kids", None),
    ("Castorland Timber Crane Jigsaw (108-Piece)", "Toys & Games > Jigsaws & Puzzles > Jigsaws"),
    ("Funtime Racing Maze", TEASERS),
])
def test_a_childs_puzzle_or_a_cube_for_kids_stays_childrens(classify, title, category):
    result = classify(title, category=category)
    assert _audience(result) == (True, True), result.basis


# --- hobby-grade slot cars and RC models ------------------------------------------------------------------------------

def test_a_limited_edition_slot_car_is_a_collectors_release(classify):
    result = classify("Scalextric 1:32 Scale GP Legends Lotus 49 Limited Edition Slot Car", category=SLOT)
    assert _audience(result) == (False, False), result.basis
    assert result.classes["eee"], result.basis["eee"]


def test_an_ordinary_slot_car_stays_a_toy(classify):
    result = classify("Scalextric 1:32 Scale Lancia Delta S4 Slot Car", category=SLOT)
    assert _audience(result) == (True, True), result.basis


def test_a_gps_quadcopter_is_hobby_grade(classify):
    result = classify("Cheerson CX-20 Open Source Auto-Pathfinder & GPS 2.4G Remote Control RC Quadcopter",
                      category=COPTERS)
    assert _audience(result) == (False, False), result.basis
    assert result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["Syma X11 R/C Quadcopter - Red", "Syma S107C 3 Channel RC Helicopter With Camera"])
def test_a_toy_quadcopter_or_helicopter_stays_a_toy(classify, title):
    result = classify(title, category=COPTERS)
    assert _audience(result) == (True, True), result.basis


# --- felt tips on a colouring-set shelf -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Maped Jungle Innovation Felt Tip Pens 12 per pack",
    "Colouring Felt Tip Pens - Pack of 30",
])
def test_a_pack_of_felt_tips_is_a_childrens_art_supply_not_a_toy(classify, title):
    result = classify(title, category=PENS)
    assert result.product_type == "coloured_pencils", result.basis["product_type"]
    assert _audience(result) == (False, True), result.basis


@pytest.mark.parametrize("title", ["CLOWN Colouring Case (68-Piece)", "Hamleys Art Case"])
def test_a_colouring_case_on_the_same_shelf_stays_a_toy(classify, title):
    result = classify(title, category=PENS)
    assert _audience(result) == (True, True), result.basis


# --- collector lines and model kits -----------------------------------------------------------------------------------

def test_masters_of_the_universe_classics_is_a_collector_line(classify):
    result = classify("Castle Grayskull Masters of the Universe Classics Playset with Map", category=SCIFI,
                      brand="Masters of the Universe")
    assert _audience(result) == (False, False), result.basis


def test_a_masters_of_the_universe_figure_without_the_line_stays_a_toy(classify):
    result = classify("Masters of the Universe He-Man Action Figure", category=SCIFI)
    assert _audience(result) == (True, True), result.basis


@pytest.mark.parametrize("title", [
    "Figure-rise 6 - Accel World Black Lotus Plastic Model Construction Kit",
    "NORFOLK WINDMILL Matchmaker matchstick model construction kit",
])
def test_a_model_construction_kit_is_a_modellers_kit(classify, title):
    result = classify(title)
    assert result.product_type == "model_kit", result.basis["product_type"]
    assert _audience(result) == (False, False), result.basis


def test_a_childs_construction_kit_stays_a_building_set(classify):
    result = classify("Meccano Construction Kit 10 Models")
    assert _audience(result) == (True, True), result.basis


# --- adults' pool loungers --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "160Cm X 85Cm Intex King Kool Pool Inflatable Lounger ~ Blue",
    "SwimWays Spring Float, Inflatable Swimming Pool Lounger, Luxury Swimming Pool and Ocean Lilo (Blue)",
])
def test_a_pool_lounger_is_no_toy(classify, title):
    result = classify(title, category=FLOATS)
    assert _audience(result) == (False, False), result.basis


@pytest.mark.parametrize("title", [
    "Giant Pink Flamingo Pool Float",
    "New Inflatable Blow Up Hippo Swimming Pool Float Fun Kids Beach Toy Ride On Lilo",
])
def test_a_childs_pool_float_stays_a_toy(classify, title):
    result = classify(title, category=FLOATS)
    assert _audience(result) == (True, True), result.basis


# --- toys the shelf or a word hid -------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, brand", [
    ("Infant Teethers", "Battat"),
    ("Teethers", "Hallmark"),
    ("Silicone Teething Ring for Babies", None),
    ("婴儿牙胶 硅胶 安全", None),
])
def test_a_teether_is_a_babys_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "baby_toy", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis


@pytest.mark.parametrize("title, category", [
    ("Philips Avent Soothers 0-6 months", None),
    ("Baby Soother Clip", None),
    ("Amber Teething Necklace", None),
    # the standard trees' shelf of both keeps its first kind (Google 566)
    ("Pacifiers & Teethers", "Baby & Toddler > Baby Health > Pacifiers & Teethers"),
])
def test_a_soother_or_teething_necklace_is_no_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "pacifier", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", ["Monster Science Growing Spiders", "Kids Soccer Ball"])
def test_a_product_on_a_shelf_of_toy_balls_is_a_toy(classify, title):
    result = classify(title, category="Toy Balls")
    assert _audience(result) == (True, True), result.basis


def test_a_football_on_a_sports_shelf_is_no_toy(classify):
    result = classify("Size 5 Football", category="Sports & Outdoors > Team Sports > Balls")
    assert not result.classes["toy"], result.basis["toy"]


def test_a_journey_girls_trunk_is_the_dolls_not_swimming_trunks(classify):
    result = classify("Journey Girl Travel Trunks", category="Chests/Trunks", brand="Toys R Us")
    assert _audience(result) == (True, True), result.basis
    assert not result.classes["textile"], result.basis["textile"]


def test_swimming_trunks_stay_clothing(classify):
    result = classify("Boys Swim Trunks", category="Swimwear")
    assert result.classes["textile"] and not result.classes["toy"], result.basis


@pytest.mark.parametrize("title, kind", [
    ("Primark Water Balloon Pumps", "water_toy"),
    ("Meaicezli Play Purse Sets", "playset"),
    ("Toddler Pretend Play Purse with Toy Phone and Keys", "playset"),
])
def test_a_water_balloon_pump_and_a_play_purse_are_toys(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis


@pytest.mark.parametrize("title, kind", [
    ("Qualatex Balloon Pump Hand Air Inflator for Party Decoration Accessory", "balloon"),
    ("Leather Purse for Women", "handbag"),
])
def test_a_party_balloon_pump_and_a_purse_are_no_toys(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]
