"""Toys and children's products named by their own name, read by title and brand alone (named47, stop 47, issue 9).

With no category, a product known by a toy maker named in the title rather than the brand field ("Fisher-Price Hero
World ... Batman Exoskeleton" by "DC Super Friends") or by a Transformers toy range's name ("Transformers Movie Series
AD24 Advanced Strafe") was untyped and no toy. A franchise alone still names no kind (test_lines43): a show's or a card
game's name with a character may be a book, a DVD or a plush. Also: friction-powered vehicles, character and play-shape
paddling pools, Power Trains' untyped packs, toy makers' torches and drawing boards, makers of children's
clothing and linen, hanging swirls and DC's Green Lantern. Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a franchise alone names no kind; on another kind it keeps that kind ------------------------------------------

@pytest.mark.parametrize("title", [
    "Jake and The Never Land Pirates Skull Island",
    # kidtoy52b: "Pokemon Spring Tin 2014 Xerneas EX" is a trading-card tin now (pokemon_card_line, its own test);
    # kidtoy53: "Octonauts Gup-O and Dashi" and "Ben 10 Omniverse Rook and Kevin" name a toy (child_toy_franchise)
    "Peppa Pig Muddy Puddles",
    "Fireman Sam Elvis and Norman",
    "Thomas & Friends: Madge",  # "Wooden Thomas" is the wooden railway line: a train set (kidtoy51)
    "Transformers Prime Deluxe - Shadow Strike Bumblebee",
])
def test_a_franchise_with_a_character_names_no_kind(classify, title):
    assert classify(title).product_type is None


@pytest.mark.parametrize(("title", "kind"), [
    ("Peppa Pig: The Complete Series 1 DVD", "movie_media"),
    ("Fireman Sam Kids T-Shirt", "t_shirt"),
    ("Pokemon 8-inch Plush Pikachu", "plush"),
    ("Thomas & Friends Invitation Pads with Envelopes - Pack of 20", "invitation"),
])
def test_a_franchise_on_a_kind_keeps_it(classify, title, kind):
    assert classify(title).product_type == kind


# --- toy makers named in the title -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Fisher-Price Hero World Dc Super Friends Batman Exoskeleton", "DC Super Friends"),
    ("Early Learning Centre - Tower of Doom", "ELC / Early Leanring Centre"),
    ("Playskool Heroes Super Hero Adventures Action Gear Captain America", "Marvel"),
])
def test_a_toy_maker_named_in_the_title_names_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


def test_a_toy_makers_clothing_stays_clothing(classify):
    result = classify("Fisher-Price Baby Girl's Orange Leggings", brand="Fisher-Price")
    assert result.product_type == "trousers"
    assert _audience(result) == (False, True)


def test_a_more_specific_line_after_a_maker_is_not_hidden(classify):
    # Mattel is left out of the title reading: its name leads titles of its own lines (Skip-Bo, Hot Wheels)
    assert classify("Mattel Skip Bo", brand="Mattel GmbH").product_type == "card_game"


# --- friction-powered vehicles ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("22cm x 12cm Friction Powered RED Farm Tractor With Opening Bonnet (HL64)", "KandyToys"),
    ("AMERICAN TRUCKS friction powered with trailer and quad bikes on top", "Xq Toys"),
    ("Friction Powered Police Car 1:32 Pull Back", None),
])
def test_a_friction_powered_vehicle_is_a_toy_with_no_battery(classify, title, brand):
    result = classify(title, brand=brand)
    assert _audience(result) == (True, True), result.basis["toy"]
    assert result.classes["battery"] is False, result.basis["battery"]
    assert result.classes["eee"] is False, result.basis["eee"]


def test_a_friction_toy_with_lights_and_sounds_keeps_its_battery(classify):
    result = classify("Friction Powered Fire Engine with Lights and Sounds")
    assert _audience(result) == (True, True)
    assert result.classes["battery"] is True


@pytest.mark.parametrize(("title", "brand"), [
    ("Atlas 22050 Friction-Bearing Trucks (1 Pr)", "Atlas"),
    ("FRICTION Men's Vest", "FRICTION"),
    ("Dremel 2615.023.132 Plastic Friction Work Bench Cabinet", "Dremel"),
])
def test_friction_in_other_senses_is_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


# --- character and play-shape paddling pools -------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Classic Spiderman Outdoor 3pc Pool Set", "Halsall"),
    ("Disney Deluxe Pool Winnie The Pooh 191cm x 178cm x 61cm 57494NP", "Disney"),
    ("Intex Fishbowl Pool", "Intex"),
    ("Space Ship Pool (157cm x 41cm)", "Bestway"),
    ("Mattel Barbie Glam Pool", "Mattel"),
])
def test_a_character_or_play_shape_pool_is_a_childrens_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "paddling_pool", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Intex Easy Set Up 10 Foot x 30 Inch Pool", "Intex"),
    ("Intex 15ft Diameter 48in Deep Frame Pool with filter pump, ladder, cover, ground cloth", "Intex"),
])
def test_a_plain_family_or_frame_pool_stays_open(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


def test_a_character_swim_aid_keeps_its_kind(classify):
    # kidtoy52b: swim armbands are `swim_armbands`, a kind of `swim_aid`
    assert classify("Disney Minnie Mouse Swimming Armbands 3-6 Years", brand="Bestway").product_type == "swim_armbands"


# --- Power Trains' untyped packs, toy makers' torches and drawing boards, Green Lantern -------------------------------

@pytest.mark.parametrize("title", ["Freight Industrial (Pack of 4)", "Power Trains 2 Pack - Graffiti Freight"])
def test_power_trains_names_its_train_set(classify, title):
    result = classify(title, brand="Power Trains")
    assert result.product_type == "train_set", result.basis["product_type"]
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Melissa & Doug Bibi Bee Flashlight", "Melissa & Doug"),
    ("Bigjigs Toys Magnetic Dry Wipe Whiteboard and Blackboard with Shapes", "Bigjigs Toys"),
    ("Simba Toys 106330277 Art & Fun - Magic Drawing Board", "Simba Toys"),
])
def test_a_toy_makers_torch_or_drawing_board_is_a_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("LED Flashlight 1000 Lumens Rechargeable", "Anker"),
    ("Magnetic Dry Wipe Whiteboard 90 x 60 cm", "Bi-Office"),
])
def test_the_same_kinds_from_other_makers_stay_grown_up(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


def test_a_hot_wheels_elite_model_with_figurines_is_no_toy(classify):
    result = classify("Mattel Hot Wheels Ghostbusters 30th Ecto-1 Elite avec figurines", brand="Mattel")
    assert result.classes["toy"] is False


def test_green_lantern_is_no_lantern(classify):
    result = classify("Fisher Price - DC Super Friends - Imaginext - Green Lantern Planet OA - Includes Green Lantern")
    assert result.product_type != "lantern"
    assert result.classes["toy"] is True
    assert classify("Green Metal Hanging Garden Lantern").product_type == "lantern"


# --- Transformers toy ranges named without a class --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Transformers Movie Series AD24 Advanced Strafe", "Takaratommy"),
    ("Transformers Dark of the Moon MechTech Deluxe Roadbuster", "Transformers Dark of the Moon"),
    ("Transformers Bot Shots - 1:B001 - BUMBLEBEE", "Transformers"),
    ("Star Wars Transformers Class III DARTH VADER TO STAR DESTROYER", "Star Wars"),
])
def test_a_transformers_toy_range_names_a_robot_figure(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "robot_figure", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Transformers: Dark of the Moon [DVD]", "movie_media"),
    ("Transformers Prime Kids T-Shirt Age 7-8", "t_shirt"),
])
def test_transformers_on_another_kind_keeps_it(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"] is False


@pytest.mark.parametrize("title", ["12V Halogen Transformers 2 pack",
                                   "Transformers Movie Masterpiece MPM-04 Optimus Prime"])
def test_electrical_transformers_and_masterpiece_collectors_are_no_toy(classify, title):
    assert classify(title).classes["toy"] is False


# --- makers of baby and children's clothing, footwear and linen -------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Small Toes Slippers", "Small Toes"),
    ("BornBabyKids Cotton Bath Towel", "BornBabyKids"),
    ("Carter'S Self Design Single Blanket Multicolor", "Carter'S"),
    ("Babysid Collection Abstract Single Quilts & Comforters Multicolor", "Babysid Collection"),
    ("Baby Boy Bodysuit 3 Pack", "OshKosh B'gosh"),
])
def test_a_childrens_clothier_makes_a_childrens_product(classify, title, brand):
    result = classify(title, brand=brand)
    assert _audience(result) == (False, True), result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Simitoes Slippers", "Simitoes"),
    ("M-ATV 1:50 die-cast", "Oshkosh"),
    ("Cotton Bath Towel", "Bombay Dyeing"),
])
def test_look_alike_brands_make_no_childrens_product(classify, title, brand):
    assert classify(title, brand=brand).classes["children_12_under"] is False


# --- hanging swirls are party decorations; a grown-up appliance or a children's tool kit is no toy --------------------

@pytest.mark.parametrize("title", [
    "Doc McStuffins Birthday Party Hanging Swirl Decorations x 6",
    "Disney Frozen Hanging Swirls (Pack of 12)",
    "Amscan WWE 12-Foil Swirl Decorations",
])
def test_hanging_swirls_are_party_decorations_not_toys(classify, title):
    result = classify(title)
    assert result.product_type == "party_decoration", result.basis["product_type"]
    assert result.classes["toy"] is False


@pytest.mark.parametrize("title", [
    "Chocolate Fountain 3 Tier Kids Party",
    "Bosch Washing Machine 8kg with Child Lock",
    "Flymo Electric Lawn Mower 1200W",
    # toy50: a children's garden tool set is a child-sized plaything (EN 71), as childrens_garden_shelf reads one on a
    # toy shelf and the stop-50 title audit judged them; test_toy50 tests it both ways
])
def test_a_grown_up_appliance_is_no_toy(classify, title):
    assert classify(title).classes["toy"] is False
