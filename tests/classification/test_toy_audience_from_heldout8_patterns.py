"""Toy and children's audiences read as patterns from a label set after it was scored blind (vocab15).

Written as general rules and checked over the 30,408 catalog products: fuse beads from the bead-art makers are a
children's toy even when the brand field blanks the maker out of the title; Dammit Dolls are adults' stress dolls;
a mahjong set is an adults' game; Charlie Bears' collection bears are for collectors; Diamond Select's "<licence>
Select" figures and sports-league figures are collector figures; garden tools on a toy store's Sports Toys &
Outdoor shelf are play tools; Magic: The Gathering is a hobby card game; a trading-card game's Collector's Tin is
the game's retail tin for children; Adrenalyn XL is a children's card game; a wooden train set is a pre-school toy
on a model-railway shelf; Crayola's pens are children's products; a wall scroll is wall art, not a toy. Each rule
has its negative alongside. Titles are made up, in the catalogs' style.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import BEAD_SHELF, CARD_GAMES, DOMINOES, FIGURES, classes_of

SOFT_DOLLS = "Dolls & Accessories > Soft Dolls"
TOY_GARDEN_TOOLS = "Sports Toys & Outdoor > Garden Tools"
HOME_GARDEN_TOOLS = "Home & Garden > Lawn & Gardening > Garden Tools"
CARD_PACKS = "Hobbies > Trading Cards & Accessories > Packs & Sets"
RAIL_TRAINS = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains"
CRAYOLA = "Characters & Brands > Crayola"
POTTER_TOYS = "Characters & Brands > Harry Potter > Toys"

CHILD = ("toy", "children_12_under")


@pytest.mark.parametrize(
    ("title", "brand"),
    [("Hama Beads - Lime Green (1000 Midi Beads)", "Hama"), ("Perler Fused Beads 6000/Pkg - Brights Mix", "Perler")],
)
def test_fuse_beads_from_the_bead_art_makers_are_a_childrens_toy(classify, title, brand):
    result = classify(title, category=BEAD_SHELF, brand=brand)
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_loose_jewellery_beads_on_the_same_shelf_stay_a_crafters_supply(classify):
    result = classify("100 pieces 8mm Tibetan Silver Round Spacer Beads - B1021", category=BEAD_SHELF)
    assert result.product_type == "jewellery_supply"
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_the_other_hamas_cable_is_not_a_bead(classify):
    result = classify("Hama Micro USB Charging Cable 1.5 m Black", brand="Hama")
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_dammit_doll_is_an_adults_stress_doll(classify):
    result = classify("Dammit Doll - Paisley Red", category=SOFT_DOLLS, brand="Dammit Dolls")
    assert result.product_type == "doll"
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_rag_doll_on_the_same_shelf_is_a_toy(classify):
    result = classify("Soft Rag Doll with Pink Dress 30cm", category=SOFT_DOLLS)
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_a_mahjong_set_is_an_adults_game(classify):
    result = classify("Mah Jong Set with 144 Tiles in Wooden Case", category=DOMINOES)
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_dominoes_on_the_same_shelf_stay_a_family_game(classify):
    result = classify("Double Six Dominoes in Wooden Box", category=DOMINOES)
    assert result.classes["toy"] is True, result.basis["toy"]


def test_a_charlie_bears_collection_bear_is_for_collectors(classify):
    result = classify("Charlie Bears Marmaduke Teddy Bear from the 2016 Plush Collection", brand="Charlie Bears")
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_teddy_bear_from_another_maker_is_a_toy(classify):
    result = classify("Cuddly Soft Brown Teddy Bear 40cm")
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "brand"),
    [
        ("Marvel Select Black Panther Action Figure", "Marvel"),
        ("Ghostbusters Select Egon Action Figure", "Ghostbusters"),
    ],
)
def test_a_select_line_figure_is_a_collector_figure(classify, title, brand):
    result = classify(title, category=FIGURES, brand=brand)
    assert result.product_type == "action_figure"
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_sports_league_figure_is_a_collector_figure(classify):
    result = classify("Chicago Bears McFarlane NFL Series 35 Figure: Jay Cutler", category=FIGURES, brand="NFL")
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_figure_whose_title_asks_to_select_a_character_stays_a_toy(classify):
    result = classify("Paw Patrol Action Figure - Select Your Character", category=FIGURES)
    assert result.product_type == "action_figure"
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_garden_tools_on_a_toy_stores_outdoor_shelf_are_a_childrens_toy(classify):
    result = classify("Plastic Wheelbarrow 65cm Red", category=TOY_GARDEN_TOOLS)
    assert result.product_type == "garden_supplies"
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_garden_tools_on_a_garden_shelf_are_tools(classify):
    result = classify("Galvanised Steel Wheelbarrow 85L", category=HOME_GARDEN_TOOLS)
    assert result.product_type == "garden_supplies"
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Magic the Gathering Born of the Gods Booster Pack", CARD_PACKS),
        ("Magic The Gathering Duel Decks - Heroes vs Monsters", CARD_GAMES),
    ],
)
def test_magic_the_gathering_is_a_hobby_card_game(classify, title, category):
    result = classify(title, category=category)
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_childrens_trading_card_pack_stays_a_toy(classify):
    result = classify("Pokemon XY Steam Siege Booster Pack", category=CARD_PACKS)
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(
    "title", ["Match Attax 2014/2015 Trading Card Collector's Tin", "Adrenalyn XL World Cup 2018 Collectors Tin"]
)
def test_a_trading_card_games_collectors_tin_is_for_children(classify, title):
    result = classify(title, category=CARD_PACKS)
    assert result.product_type == "trading_cards"
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_a_collector_edition_card_set_stays_for_collectors(classify):
    result = classify("Star Trek Collectors Edition Trading Card Binder Set", category=CARD_PACKS)
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_adrenalyn_cards_are_a_childrens_card_game(classify):
    result = classify("Adrenalyn XL Premier League 2015 Starter Pack", category=CARD_PACKS, brand="Panini")
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_a_wooden_train_set_on_a_model_railway_shelf_is_a_toy(classify):
    result = classify("Deluxe Wooden Train Set with Bridge (80 Piece)", category=RAIL_TRAINS)
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]


def test_a_model_railway_building_on_the_same_shelf_stays_a_hobby_product(classify):
    result = classify("Kato Wooden Station Building N Scale", category=RAIL_TRAINS)
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_crayola_pens_are_a_childrens_product(classify):
    result = classify("Crayola 10 Washable Broad Line Markers", category=CRAYOLA, brand="Crayola")
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_pens_from_an_office_maker_are_not(classify):
    result = classify("Pilot G-2 Gel Ink Pens Black 12 Pack", brand="Pilot")
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_a_wall_scroll_is_wall_art_not_a_toy(classify):
    result = classify("Hogwarts Crest Wallscroll - Harry Potter", category=POTTER_TOYS)
    assert result.product_type == "wall_art"
    assert classes_of(result, *CHILD) == (False, False), result.basis["toy"]


def test_a_toy_on_the_same_shelf_stays_a_toy(classify):
    result = classify("Harry Potter Hedwig Owl Soft Toy", category=POTTER_TOYS)
    assert classes_of(result, *CHILD) == (True, True), result.basis["toy"]
