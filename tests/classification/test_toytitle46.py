"""Toys by title and brand alone (toytitle46, stop 46, issue 9).

Read with no category, children's figure and blind-bag ranges named only by their range (Moshlings, Shopkins, The
Trash Pack, Transformers size classes, Marvel Super Hero Squad), makers of children's craft kits (Perler, The Orb
Factory, Baker Ross), inflatable family and play pools, fancy-dress face masks read as health care, single trading cards
read as the thing their name holds, and Kniffel (Yahtzee's German name) were untyped, read a grown-up kind, or read no
toy. Both sides: what now reads a toy, and the look-alikes that must not.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- children's figure and blind-bag ranges name their kind when nothing else does -----------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Moshi Monsters Series 3 Moshling - LENNY LARD", "Moshi Monsters", "action_figure"),
    ("Moshi Monsters Tube of Moshlings", "Moshi Monsters", "action_figure"),
    ("Scooby Doo Mystery Mates - Stone Age Scooby & Velma", "Scooby Doo", "action_figure"),
    ("Bandai Ben 10 10 cm Alien Collection Nanomech", "Ben 10", "action_figure"),
    ("Marvel Super Hero Squad Captain America Vs Red Skull", "Marvel", "action_figure"),
    ("Marvel Super Hero Mashers Hulk vs. Loki Mash Pack", "Marvel", "action_figure"),
    ("Teenage Mutant Ninja Turtles Mutations Mix-n-Match Leo", "Teenage Mutant Ninja Turtles", "action_figure"),
    ("Star Wars Galactic Heroes Commando Droid and Count Dooku", "Star Wars", "action_figure"),
    ("Shopkins Series 4 (Pack of 5)", "Shopkins", "toy"),
    ("The Trash Pack Wheels 4 Trashies Series 2", "The Trash Pack", "toy"),
    ("Transformers Movie Deluxe - Cliffjumper", "Transformers", "robot_figure"),
    ("Transformers Prime Voyager Class Megatron", "Hasbro", "robot_figure"),
    ("Transformers Age of Extinction Autobot Drift One-Step Changer", "Transformers", "robot_figure"),
    ("变形金刚 电影 领袖级 擎天柱", None, "robot_figure"),
    ("孩之宝 变形金刚 加强级 大黄蜂", None, "robot_figure"),
])
def test_a_childrens_figure_range_names_a_toy(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Shopkins Girls T-Shirt", "t_shirt"),
    ("Moshi Monsters Moshling Talking Plush Iggy", "plush"),
    ("Scooby Doo Mystery Mates DVD", "movie_media"),
    ("Transformers Age of Extinction Blu-ray", "movie_media"),
    ("变形金刚 T恤", "t_shirt"),
])
def test_the_ranges_other_products_keep_their_own_kind(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", [
    "The Real Alien Collection - Rare Alien & UFO Exhibition Toy",
    "Alien Collection Blu-ray",
])
def test_an_alien_collection_without_ben_10s_size_is_no_figure_range(classify, title):
    assert classify(title).product_type != "action_figure"


# --- makers of children's craft kits ------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Perler Swamp Thangs Blister Set (2000-Piece)", "Perler", "craft_kit"),
    ("Strand Bands Hippie Chic Designer Strand Styler Set", "Strand Bands", "craft_kit"),
    ("Sticky Mosaics - Ocean Princess", "The Orb Factory", "craft_kit"),
    ("Coloured Mini Fluffy Chicks (Pack of 12)", "Baker Ross", "craft_kit"),
    ("Orb Factory Jewellery Box", "The Orb Factory", "storage_organisation"),
    # toy50: "sand art bottles" is craft_kit's own phrase now (the type was the maker's drink bottle before)
    ("Rocket Sand Art Bottles for Children for Decoration - Pack of 4", "Baker Ross", "craft_kit"),
])
def test_a_craft_kit_makers_product_is_a_childrens_craft_toy(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Hama Tripod Star 61", "Hama"),
    ("Hama USB Cable 1.5m", "Hama"),
    ("Ladies Jewellery Box with Mirror", "Mele & Co"),
])
def test_other_makers_products_are_no_craft_toys(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is not True


def test_hama_beads_named_in_the_title_stay_a_craft_toy(classify):
    result = classify("Hama Beads 1000 Bead Pack Gold - 61", brand="DKL",
                      category="Crafts > Children's Craft Kits > Bead Art & Jewellery-Making")
    assert _audience(result) == (True, True)


# --- inflatable family and play pools -----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "audience"), [
    ('120" x 72" x 22" 3 RING FAMILY PADDLING / SWIMMING POOL', "Intex", (True, False)),
    ("Bestway 79 x 59 x 20-inches Rectangular Family Pool", "Bestway", (True, False)),
    ("Intex Swim Center Family Pool", "Intex", (True, False)),
    ("Bestway 75 x 55 x 38-inches Pirate Play Pool", "Bestway", (True, True)),
    ("Intex Swim Centre Paradise Seaside Pool", "Intex", (True, True)),
])
def test_an_inflatable_family_or_play_pool_is_a_toy(classify, title, brand, audience):
    result = classify(title, brand=brand)
    assert result.product_type == "paddling_pool"
    assert _audience(result) == audience, result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Intex Easy Set Family Pool 10ft", "Intex"),
    ("Intex 10ft x 30in Easy Set Pool with Filter Pump #56922", "Intex"),
    ("Bestway Steel Pro Frame Set Above Ground Pool", "Bestway"),
    ("Family Paddling Pool for Dogs", None),
])
def test_frame_and_filter_pump_pools_and_dog_pools_stay_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is not True


def test_a_spray_pool_stays_a_pool_not_the_animal_it_shows(classify):
    assert classify("Whale Spray Pool", brand="Intex").product_type == "paddling_pool"


# --- fancy-dress face masks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "audience"), [
    ("Kids Foam Face Masks Pack of 6", (True, True)),
    ("Childrens Halloween Face Mask Pumpkin", (True, True)),
    ("Bruce Forsyth - Celebrity Face Mask", (False, False)),
    ("Official Marvel Avengers Assemble Hulk Card Face Mask", (False, False)),
    ("Pack of 6 Farm Animal Foam Face Masks", (False, False)),
])
def test_a_fancy_dress_face_mask_is_a_costume_mask(classify, title, audience):
    result = classify(title)
    assert result.product_type == "costume_accessory", result.basis["product_type"]
    assert (bool(result.classes["toy"]), bool(result.classes["children_12_under"])) == audience


@pytest.mark.parametrize("title", [
    "Disposable Face Mask 50 pcs",
    "Reusable Cotton Face Mask Washable",
    "3M Half Face Mask Respirator",
    "Kids Face Mask Reusable Washable Cotton",
    "Paw Patrol Character Face Mask Reusable",
    "Cute Animal Face Mask Sheet Moisturising",
])
def test_a_plain_face_mask_stays_health_care(classify, title):
    assert classify(title).product_type != "costume_accessory"


# --- single trading cards by rarity -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "YuGiOh : DUEA-EN000 1st Ed Dragon Horn Hunter Super Rare Card - ( Duelist Alliance Yu-Gi-Oh! Single Card )",
    "Yu-Gi-Oh : LODT-EN055 Unlimited Ed Quick Charger Common Card - ( Light of Destruction YuGiOh Single Card )",
    "YuGiOh : SDLI-EN004 1st Ed Judgment Dragon Common Card - ( Realm of Light Yu-Gi-Oh! Single Card )",
])
def test_a_single_card_sold_by_rarity_is_a_trading_card(classify, title):
    result = classify(title, brand="Deckboosters")
    assert result.product_type == "trading_cards", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True


@pytest.mark.parametrize(("title", "kind"), [
    ("Star Wars - POTF - Holo Card - Emperor's Royal Guard - with Force Pike", None),
    ("USB 3.0 Single Card Reader SD/microSD", None),
])
def test_a_holo_card_or_a_card_reader_is_no_trading_card(classify, title, kind):
    assert classify(title).product_type != "trading_cards"


# --- Kniffel -------------------------------------------------------------------------------------------------------

def test_kniffel_is_a_dice_game(classify):
    result = classify("Schmidt Kniffel Kids", brand="Schmidt")
    assert result.product_type == "dice_game"
    assert _audience(result) == (True, True)


# --- Chinese checkers, Zords, Mr. Potato Head, dinosaurs by genus --------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Chinese Checkers - Handmade Luxury - Jaques London", "Jaques of London"),
    ("Chinese Checkers - Solid Maple Wood with Glass Marbles - 11 inch", "WE Games"),
    ("中国跳棋 木制 儿童", None),
])
def test_chinese_checkers_is_a_family_board_game(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "board_game", result.basis["product_type"]
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", ["Wooden Checkers Set", "国际跳棋 木制"])
def test_draughts_stay_a_chess_set(classify, title):
    assert classify(title).product_type == "chess_set"


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Power Rangers Super Megaforce - Q Rex Megazord", "Power Rangers", "robot_figure"),
    ("2008 Power Rangers Jungle Fury Gekiranger Violet Geki Wolf -- Violet Ranger Zord", "Bandai", "robot_figure"),
    ("Toy Story 3 Mr Potato Head", "Disney", "toy"),
    ("Safari Amargasaurus", "Safari", "dinosaur_toy"),
    ("Dimorphodon", "Safari", "dinosaur_toy"),
    ("Papo Apatosaurus", "Papo", "dinosaur_toy"),
])
def test_zords_potato_head_and_dinosaur_genera_are_toys(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [
    ("Spinosaurus T-Shirt", "t_shirt"),
    ("Diplodocus Skeleton Poster", "wall_art"),
])
def test_a_genus_on_a_grown_up_product_keeps_its_kind(classify, title, kind):
    assert classify(title).product_type == kind
