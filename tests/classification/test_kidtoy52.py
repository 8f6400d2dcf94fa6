"""Toys and children's products by title and brand alone, a fifth round (kidtoy52, stop 52, issue 9).

An audit of catalog products the shelf reads as toys or children's and the title alone does not (random.Random(5302),
`/work/scratch/s52/kidtoy-audit.csv`) found kinds true of the world: slot cars spelt "slotcar"; Topps' WWE Slam Attax
cards; rummy, the family game; a box's "slide top" read a top; Schipper's "Painting by Number"; a "favor pack" and
"party bag & stocking fillers"; makers whose whole range is toys or children's goods (Darda, Holztiger, Marvin's
Magic; Learning Resources' games; Amazing Child Montessori, Smencils, Playwrite) named in the brand field; and, on the
precision side, Killer Bunnies and a police "panda" car read a toy animal. Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- slot cars spelt as one word --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["MICRO SLOTCAR FIREBIRD", "AFX HO Slotcars Twin Pack", "Tyco Slotcar Mustang"])
def test_slotcar_is_a_slot_car(classify, title):
    result = classify(title, brand="Tyco")
    assert result.product_type == "slot_car"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Slot Machine Money Box", "Card Slot Car Phone Holder"])
def test_a_slot_elsewhere_is_no_slot_car(classify, title):
    assert classify(title).product_type != "slot_car"


# --- Slam Attax cards ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["WWE Slam Attax Alberto Del Rio Rebellion Champion Card",
                                   "Slam Attax Mayhem Gorilla Monsoon Legend", "WWE Slam Attax 10th Edition"])
def test_slam_attax_is_trading_cards(classify, title):
    result = classify(title, brand="WWE")
    assert result.product_type == "trading_cards"
    assert _audience(result) == (True, True)


def test_slam_attax_merchandise_names_its_own_kind(classify):
    assert classify("WWE Slam Attax Logo T-Shirt", brand="WWE").product_type == "t_shirt"


# --- rummy ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [("Rummy set-00900", "A Kent & Cleal game"),
                                              ("Schmidt My Rummy Travel", "Schmidt"),
                                              ("Rummy Deluxe Travel Edition", None)])
def test_rummy_is_a_family_game(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.established
    assert result.classes["toy"] is True
    assert result.classes["children_12_under"] is False


def test_rummy_merchandise_names_its_own_kind(classify):
    assert classify("Rummy Champion Slogan T-Shirt").product_type == "t_shirt"


# --- a box's slide top ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Wooden Dominoes In Slide Top Box (D65100) *Only ONE Piece Supply*",
                                   "Double Six Dominoes in Wooden Sliding Top Box"])
def test_a_slide_top_box_is_no_top(classify, title):
    result = classify(title)
    assert result.product_type == "dominoes"
    assert result.classes["textile"] is False


@pytest.mark.parametrize("title", ["Womens Sleeveless Summer Top", "Girls Sequin Party Top"])
def test_a_top_is_still_a_top(classify, title):
    assert classify(title).product_type == "shirt"


# --- Schipper's "Painting by Number" ----------------------------------------------------------------------------------

def test_painting_by_number_is_paint_by_numbers(classify):
    result = classify("Schipper 914 0462 - Painting by Number, Hello Kitty Ballerina", brand="Schipper")
    assert result.product_type == "paint_by_numbers"
    assert _audience(result) == (True, True)


def test_an_adult_painting_by_number_is_no_childrens_toy(classify):
    result = classify("Schipper 9260442 - Painting by Number, Pyramids at the Nile, 50x80 cm", brand="Schipper")
    assert result.product_type == "paint_by_numbers"
    assert result.classes["children_12_under"] is False


def test_a_painting_stays_wall_art(classify):
    assert classify("Canvas Oil Painting Venice at Night 60x90 cm").product_type == "wall_art"


# --- favor packs and party bag fillers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Amscan Toy Story Favor Pack (Pack of 24)", "party_favour"),
    ("Birthday Favour Pack for 8 Guests", "party_favour"),
    ("Mini Bouncy Balls Party Bag & Stocking Fillers", None),
    ("12 Mini Fairy Temporary Tattoos Boys Girls Party Bag & Stocking Fillers by Kressies", "temporary_tattoo"),
])
def test_party_favours_are_childrens_toys(classify, title, kind):
    result = classify(title)
    if kind:
        assert result.product_type == kind
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Paper Party Bags with Handles (Pack of 10)", "Blue Striped Party Bags x 20"])
def test_an_empty_party_bag_is_a_party_supply(classify, title):
    result = classify(title)
    assert result.product_type == "party_decoration"
    assert result.classes["toy"] is False


# --- makers whose whole range is toys or children's goods, in the brand field -----------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Darda Mercedes-Benz SLS AMG Mystic white", "Darda"),
    ("Holztiger Dalmation Standing (Small)", "Holztiger"),
    ("Marvin's Magic The Energised Coin", "Marvin's Magic"),
])
def test_a_toy_makers_untyped_product_is_its_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Mental Blox Critical Thinking Game", "Learning Resources"),
    ("Learning Resources Foam Number Dice", "Learning Resources"),
    ("Double-Six Dominoes in a Bucket", "Learning Resources"),
])
def test_learning_resources_games_are_childrens(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Animals of Africa Pack", "Amazing child Montessori"),
    ("Smencils Valentines Pencils", "Smencils"),
    ("Pencils Farm Design Pack of 6", "Playwrite"),
])
def test_a_childrens_makers_product_is_childrens(classify, title, brand):
    assert classify(title, brand=brand).classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "brand"), [
    ("Critical Thinking Strategy Game", "Ravensburger"),
    ("Scented Graphite Pencils (Pack of 12)", "Staedtler"),
    ("Wooden Dominoes in a Tin", "Jaques"),
])
def test_the_same_kinds_by_other_makers_keep_their_default(classify, title, brand):
    assert classify(title, brand=brand).classes["children_12_under"] is False


# --- Killer Bunnies and a police panda car are no toy animals ------------------------------------------------------

def test_killer_bunnies_is_a_card_game(classify):
    result = classify("Killer Bunnies Orange Booster", brand="Playroom Entertainment")
    assert result.product_type == "card_game"
    assert _audience(result) == (True, False)


def test_a_police_panda_car_is_no_toy_animal(classify):
    assert classify("Oxford Diecast Anglia Police Panda 76105003", brand="Oxford Diecast").product_type != "toy_animal"


@pytest.mark.parametrize("title", ["Giant Panda Soft Toy 30cm", "Bunny Rabbit Cuddly Toy"])
def test_a_toy_panda_or_bunny_is_still_a_toy(classify, title):
    assert classify(title).classes["toy"] is True
