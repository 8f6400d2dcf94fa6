"""Things on toy shelves that a labeller would not call a toy: jewellery findings, loose dice, vinyl collector figures,
cardboard cutouts.

Each case names the kind it guards (general knowledge of what these shelves hold, each checked over the 30,408 catalog
products): the positive title, and a negative one where the toy reading must still hold.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import BEAD_SHELF, FIGURES

DICE = "Games > Dice & Dice Games"
FIGURE_ACCESSORIES = "Figures & Playsets > Accessories"


@pytest.mark.parametrize(
    ("title", "toy"),
    [
        # findings sold by their metal finish are for jewellery makers, whatever children's shelf they are on
        ("8 x Antique Bronze Owl Charms with Jump Rings included", False),
        ("Tibetan Silver Flower Toggle Clasps x5", False),
        ("1 meter Silver Plated Rolo Chain - A5431", False),
        ("50 pieces Alloy Connector Rings - A0650", False),
        ("20 pcs Iron Brooch Back Bar Pins - Gold", False),
        # children's bead and loom kits stay toys, with or without charms
        ("Hama Beads Unicorn Gift Box", True),
        ("600 Neon Loom Bands + 20 Charms + 125 S Clips", True),
        ("Friendship Bracelet Making Kit for Girls", True),
    ],
)
def test_jewellery_findings_on_a_childrens_bead_shelf(classify, title, toy):
    result = classify(title, category=BEAD_SHELF)
    assert result.classes["toy"] is toy, (result.product_type, result.basis["toy"])
    assert result.classes["children_12_under"] is toy, result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "product_type", "toy"),
    [
        # loose dice by the pack or by size, and dice cups, are gaming supplies, not a game
        ("100 x 12mm Opaque Plastic Dice (White)", "game_accessory", False),
        ("Red Pearl Spot Dice, Pack of 20 x 16mm", "game_accessory", False),
        ("SmartDealsPro 25-Pack D6 Six Sided 16mm Dice", "game_accessory", False),
        ("Black Leather Dice Cup", "game_accessory", False),
        # dice games stay family games
        ("Farkle - Dice Cup Game", "dice_game", True),
        ("Tenzi Dice Party Game", "dice_game", True),
        ("Rory's Story Cubes Voyages", "dice_game", True),
    ],
)
def test_loose_dice_are_gaming_supplies(classify, title, product_type, toy):
    result = classify(title, category=DICE)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["toy"] is toy, result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "category", "brand", "toy"),
    [
        # Funko's figures carry "POP! Vinyl" in the brand field and often no line name in the title
        ("Walking Dead: Daryl Dixon", FIGURES, "POP! Vinyl", False),
        ("Firefly: Malcolm Reynolds", FIGURE_ACCESSORIES, "POP! Vinyl", False),
        ("DC Direct Batman: Arkham Asylum Series 1: Joker Action Figure", FIGURES, "DC Comics", False),
        ("Kidrobot Simpsons 3-inch Vinyl Figure", FIGURES, "Kidrobot", False),
        # a vinyl-clad toy from a toy maker, or a bare figure, stays a toy
        # (not a Walking Dead figure: that franchise is made for adults whoever makes the figure, `adult_franchise`)
        ("Firefly: Malcolm Reynolds", FIGURES, "Character Options", True),
        ("Doctor Who 5 Inch Action Figure - Silurian Warrior", FIGURES, "Character Options", True),
    ],
)
def test_vinyl_and_dc_collector_figures(classify, title, category, brand, toy):
    result = classify(title, category=category, brand=brand)
    assert result.classes["toy"] is toy, (result.product_type, result.basis["toy"])


@pytest.mark.parametrize(
    ("title", "category", "product_type", "toy"),
    [
        # a life-size cardboard cutout is a decoration, even on a figures shelf
        ("Star Cutouts Cut Out of Darth Vader", FIGURES, "cardboard_cutout", False),
        ("Dalek 160cm Lifesize Cardboard Cutout", FIGURE_ACCESSORIES, "cardboard_cutout", False),
        ("Star Cutouts Cut Out of Wedding Couple Stand-in", FIGURE_ACCESSORIES, "cardboard_cutout", False),
        # a figure stays a figure
        ("Star Wars Darth Vader 3.75 inch Action Figure", FIGURES, "action_figure", True),
    ],
)
def test_cardboard_cutouts_are_decorations(classify, title, category, product_type, toy):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["toy"] is toy, result.basis["toy"]


TRIVIA = "Games > Trivia & Quiz Games"


@pytest.mark.parametrize(
    ("title", "category", "toy"),
    [
        # pub quizzes, murder-mystery dinner parties, hen nights and milestone-birthday quizzes are adults' party games
        ("Pub Quiz Night Trivia Game", TRIVIA, False),
        ("Host Your Own Murder Mystery Dinner Party", TRIVIA, False),
        ("The 50th Birthday Quiz Game", TRIVIA, False),
        ("Hen Night Dare Cards", "Games > Card Games", False),
        # family and children's quizzes stay toys
        ("Trivial Pursuit Family Edition", TRIVIA, True),
        ("Junior General Knowledge Quiz Game", TRIVIA, True),
    ],
)
def test_party_games_for_adults(classify, title, category, toy):
    result = classify(title, category=category)
    assert result.classes["toy"] is toy, (result.product_type, result.basis["toy"])


@pytest.mark.parametrize(
    ("title", "toy"),
    [
        # modellers' and crafters' pens on a colouring shelf are not children's colouring sets
        ("Glitter Glass Paint Pens (Pack C) - Pack of 5 - Hobby Line", False),
        ("Gundam Marker GM02 Black", False),
        # children's pens and colouring cases there stay toys
        ("Giant Washable Markers for Kids (Pack of 8)", True),
        ("Colouring Case (52-Piece)", True),
    ],
)
def test_hobby_pens_on_a_colouring_shelf(classify, title, toy):
    result = classify(title, category="Arts & Crafts > Colouring Pens & Markers")
    assert result.classes["toy"] is toy, (result.product_type, result.basis["toy"])
