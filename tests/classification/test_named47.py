"""Toys and children's products named by their own name, read by title and brand alone (named47, stop 47, issue 9).

With no category, a product known by a pre-school show's name and a character ("Jake and The Never Land Pirates Skull
Island"), by Thomas & Friends' engine names, by a Pokemon card set's name ("Pokemon Spring Tin 2014 Xerneas EX") or by a
toy maker named in the title rather than the brand field ("Fisher-Price Hero World ... Batman Exoskeleton" by "DC Super
Friends") was untyped and no toy. The franchise alone makes no toy: what the title names it on (a DVD, a balloon, a
T-shirt, invitations) keeps its kind. Also: Transformers toy ranges, friction-powered vehicles, teethers, character and
play-shape paddling pools, Power Trains' untyped packs, toy makers' torches and drawing boards, makers of children's
clothing and linen, and DC's Green Lantern. Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- pre-school shows' ranges name a toy when nothing else names a kind -----------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Jake and The Never Land Pirates Skull Island", "Disney Junior"),
    ("Jake And The Neverland Pirates Captain Jake Mighty Colossus High Seas Adventure", "Disney Junior"),
    ("Doc Mcstuffins Shapespotter", None),
    ("Octonauts Gup-O and Dashi", "Octonauts"),
    ("Ben 10 Ultimate Alien 10cm NRG", "Bandai"),
    ("Ben10 Alien Force Creation Battle Launcher Swampfire", "Bandai"),
    ("Disney Junior Miles From Tomorrow (Tomorrowland) - Starjetter With Miles", "Disney"),
    ("Peppa Pig Hide and Seek", "ChoicefullBargain"),
    ("Littlest Pet Shop Mummy and Baby", "Littlest Pet Shop"),
    # the show in the brand field, blanked out of the title
    ("Skull Island", "Jake and the Neverland Pirates"),
    ("汪汪队 瞭望塔", None),
])
def test_a_preschool_shows_unnamed_product_is_its_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Peppa Pig: The Complete Series 1 DVD", "movie_media"),
    ("Fireman Sam Kids T-Shirt", "t_shirt"),
    ("Ben 10 Kids Pyjamas Age 5-6", "sleepwear"),
    ("Octonauts Duvet Cover Set Single", "bedding"),
])
def test_a_preschool_show_on_another_kind_keeps_that_kind_and_no_toy(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Peppa Pig Happy Birthday Balloon", "balloon"),
    ("Thomas & Friends Invitation Pads with Envelopes - Pack of 20", "invitation"),
    ("Doc McStuffins Party - Doc McStuffins Happy Birthday Cut Out Banner", "party_decoration"),
])
def test_a_preschool_shows_party_goods_stay_party_goods(classify, title, kind):
    # party goods are the hosts' (the labels' convention): no toy, and the franchise does not make them children's
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize("title", ["Hello Kitty Notebook", "Minions Mug", "Spongebob Squarepants Mystery"])
def test_characters_with_grown_up_fans_name_no_toy(classify, title):
    assert classify(title).classes["toy"] is False


# --- Thomas & Friends' range is its engines and railways --------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Wooden Thomas & Friends: Madge", "RC2"),
    ("THOMAS & FRIENDS OLIVER 3+", "Thomas & Friends"),
    ("Learning Curve Thomas the Tank Duncan", "Learning Curve"),
    ("Wooden Thomas & Friends: Railway 3.5\" Single Curved Switch Track", "Learning Curve"),
    ("托马斯小火车 培西", None),
])
def test_an_unnamed_thomas_product_is_a_toy_train(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "train_set", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


def test_a_hornby_thomas_locomotive_stays_a_model_locomotive(classify):
    result = classify("Hornby R9687 Thomas and Friends British Stamps: James 00 Gauge Limited Edition Steam Locomotive",
                      brand="Hornby")
    assert result.product_type == "model_locomotive"
    assert result.classes["toy"] is False


# --- an untyped Pokemon title is its trading card game ----------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Pokemon Spring Tin 2014 Xerneas EX", "Pokémon"),
    ("Pokemon Plasma Blast Boosters", "Pokemon Plasma Blast Boosters"),
    ("Pokemon Mega Mewtwo X Box", "Pokémon"),
    ("Pokemon Battle Arena Decks: Xerneas vs. Yveltal", "Pokémon"),
    ("Pokemon Mega Swampert EX Premium Collection", "Pokémon"),
    ("Charizard Pokemon Holofoil Base Set - Original Out of Print", "Pokémon"),
])
def test_an_unnamed_pokemon_product_is_trading_cards(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "trading_cards", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Pokemon 8-inch Plush Pikachu", "plush"),
    ("Pokemon X (Nintendo 3DS)", "video_game"),
    ("Trading Card Sleeves - 50 Ultra Pro Dark Blue Deck Protectors Pokemon/MTG Sized. 66mm x 91mm.",
     "trading_card_accessory"),
])
def test_pokemon_on_another_kind_keeps_it(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", ["Pokemon Y", "Pokemon Moon"])
def test_a_pokemon_video_game_title_is_no_card_product(classify, title):
    result = classify(title)
    assert result.product_type != "trading_cards"
    assert result.classes["toy"] is False


def test_tomys_pokemon_figure_line_is_no_card_product(classify):
    result = classify("Takara Tomy Pokemon Monster Collection SP-15 Mega Charizard X", brand="Takara Tomy")
    assert result.product_type != "trading_cards"
    assert _audience(result) == (True, True)


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


# --- teethers are baby toys -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Infant Teethers", "Battat"),
    ("Teethers", "Hallmark"),
    ("Wooden Teething Ring with Plush Rattle", None),
    ("婴儿牙胶 硅胶", None),
])
def test_a_teether_is_a_baby_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "baby_toy", result.basis["product_type"]
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Baby Pacifier 0-6 months", "Tommee Tippee Soother 2 Pack", "Dummy Clip Pink"])
def test_a_pacifier_stays_childcare(classify, title):
    result = classify(title)
    assert result.product_type == "pacifier"
    assert result.classes["toy"] is False


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
    assert classify("Disney Minnie Mouse Swimming Armbands 3-6 Years", brand="Bestway").product_type == "swim_aid"


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
    ("Transformers Prime Deluxe - Shadow Strike Bumblebee", "Transformers Prime"),
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
