"""Toys and children's goods, fifth pass (reader28, issue 9): each audience boundary read both ways.

1. Foil, parafoil, sport and stunt kites are toys for families, teens and adults, not children's products; a plain or
   a children's kite stays a children's toy.
2. Casino, craps and gambling dice, poker dice and love dice are adult gaming goods, not toys; a dice game for
   children or a bingo game on a "Casino Equipment" shelf is not touched.
3. A jigsaw of 400-500 pieces is a toy for teens and adults, not a children's product; a 300-piece jigsaw stays
   children's, a kids' 500-piece one too. The makers whose jigsaws are all 1,000 pieces or more name an adult jigsaw.
4. Miniatures games (X-Wing) are the wargaming hobby (14+), in the title or the brand field.
5. The Noble Collection's prop replicas are for adult fans, whatever "Toys" shelf they are on.
6. Boggle is a family word game; loom bands spelled "Bandz" and rubber-band bracelet kits are children's craft kits.
"""

from __future__ import annotations

import pytest


def _expect(result, **classes: bool) -> None:
    """Each named class has the value given; the message is the basis the classifier gave for it."""
    for name, value in classes.items():
        assert result.classes[name] is value, result.basis[name]


_KITES = "Sports Toys & Outdoor > Kites & Flight Toys"


@pytest.mark.parametrize(
    "title",
    ["HQ Limbo Sport Kite (Red)", "5M Large Octopus Parafoil Kite with Handle & String",
     "HQ 1.3m Symphony Beach 2 Foil Kite", "Eye-Catching 3 Stack Dual Control Stunt Kite Set"],
)
def test_a_foil_sport_or_stunt_kite_is_a_family_toy(classify, title):
    result = classify(title, category=_KITES)
    _expect(result, toy=True, children_12_under=False)


@pytest.mark.parametrize(
    "title",
    ["Worlds Apart Butterfly Kite", "Childrens Single Line Buzzer LadyBug Kite", "Parafoil Pocket Kite for Girls",
     "Toyrific Mermaid Delta Kite"],
)
def test_a_plain_or_a_childrens_kite_stays_childrens(classify, title):
    result = classify(title, category=_KITES)
    assert result.product_type == "kite", result.basis["product_type"]
    _expect(result, children_12_under=True)


def test_a_kite_word_does_not_swallow_the_kite_type(classify):
    result = classify("Sky Aquarium 2M 3D Large Whale Parafoil Kite, Black", category=_KITES)
    assert result.product_type == "kite", result.basis["product_type"]


_DICE = "Games > Dice & Dice Games"


@pytest.mark.parametrize(
    "title",
    ["10 RED CASINO STYLE DICE / CRAPS - LARGE 19MM", "Fabulous Las Vegas Dice - 5 Pack", "Poker Dice in wooden box",
     "Rock Paper Scissors Gambling Game Drinking Decider Dice", "Love Dice and Furry Handcuffs", "赌博骰子"],
)
def test_gambling_and_casino_dice_are_not_toys(classify, title):
    result = classify(title, category=_DICE)
    _expect(result, toy=False, children_12_under=False)


@pytest.mark.parametrize(
    ("title", "category"),
    [("Yahtzee Dice", _DICE), ("Learning Resources Picture Vocabulary Bingo - Food",
                               "Games > Casino Equipment > Bingo Equipment"), ("Liars dice", _DICE)],
)
def test_a_family_dice_or_bingo_game_stays_a_toy(classify, title, category):
    result = classify(title, category=category)
    _expect(result, toy=True)


_JIGSAWS = "Jigsaws & Puzzles > Jigsaws"


@pytest.mark.parametrize(
    "title",
    ["BBC Earth King Penguins 500 pc 48x35cm Puzzle", "Trefl Puzzle Vatican Rome Italy (500 Pieces)",
     "Gibsons Stop Me and Buy One Jigsaw Puzzles (4x500 Pieces)", "Ravensburger Taj Mahal Puzzle (500-Piece)",
     "风景拼图 500片"],
)
def test_a_500_piece_jigsaw_is_a_toy_for_teens_and_adults(classify, title):
    result = classify(title, category=_JIGSAWS)
    _expect(result, toy=True, children_12_under=False)


@pytest.mark.parametrize(
    "title",
    ["Walking With Dinosaurs Puzzle (300 Pieces)", "Castorland Timber Crane Jigsaw (108-Piece)",
     "Kids Jigsaw Puzzle 500 Pieces"],
)
def test_a_small_or_a_kids_jigsaw_stays_childrens(classify, title):
    result = classify(title, category=_JIGSAWS)
    _expect(result, toy=True, children_12_under=True)


@pytest.mark.parametrize(
    ("title", "brand"),
    [("Falcon de Luxe The Whitesmith's Cottage Jigsaw Puzzle", "Falcon de luxe"),
     ("The Little Sweet Shop Jigsaw Puzzle", "Falcon de luxe"), ("Driving Home for Christmas Puzzle", "Eurographics")],
)
def test_an_adult_jigsaw_makers_puzzle_is_not_a_toy(classify, title, brand):
    result = classify(title, category=_JIGSAWS, brand=brand)
    _expect(result, toy=False, children_12_under=False)


def test_a_childrens_jigsaw_makers_puzzle_stays_a_toy(classify):
    result = classify("Roald Dahl Charlie and the Chocolate Factory Jigsaw Puzzle", category=_JIGSAWS, brand="Gibsons")
    _expect(result, toy=True)


_STAR_WARS = "Characters & Brands > Star Wars > Toys"


@pytest.mark.parametrize(
    ("title", "brand"),
    [("Star Wars X-Wing Miniatures Game: E-Wing Expansion Pack", "Star Wars"),
     ("Star Wars X-Wing Miniatures Game: Yt-2400 Freighter Expansion Pack", "X-Wing Miniatures Game"),
     ("Star Wars X-Wing Miniatures Game", "Star Wars")],
)
def test_a_miniatures_game_is_a_hobby_not_a_toy(classify, title, brand):
    result = classify(title, category=_STAR_WARS, brand=brand)
    _expect(result, toy=False, children_12_under=False)


@pytest.mark.parametrize("title", ["Star Wars Monopoly Board Game", "Star Wars Trivial Pursuit"])
def test_a_franchise_board_game_stays_a_toy(classify, title):
    result = classify(title, category=_STAR_WARS, brand="Star Wars")
    _expect(result, toy=True)


@pytest.mark.parametrize(
    "title",
    ["Proffesor Remus Lupin Character Wand. Harry Potter The Noble Collection", "Hermione Time Turner Harry Potter"],
)
def test_a_noble_collection_replica_is_not_a_toy(classify, title):
    result = classify(title, category="Characters & Brands > Harry Potter > Toys", brand="Noble Collection")
    _expect(result, toy=False, children_12_under=False)


def test_a_wand_toy_from_another_maker_stays_a_toy(classify):
    result = classify("Harry Potter Light Up Wand Toy", category="Characters & Brands > Harry Potter > Toys")
    _expect(result, toy=True)


@pytest.mark.parametrize("title", ["Super Boggle", "Boggle Reinvention"])
def test_boggle_is_a_family_word_game(classify, title):
    result = classify(title, category="Characters & Brands > Hasbro", brand="Hasbro")
    assert result.product_type == "board_game", result.basis["product_type"]
    _expect(result, toy=True, children_12_under=False)


def test_boggle_junior_is_a_childrens_game(classify):
    result = classify("Boggle Junior", category="Characters & Brands > Hasbro", brand="Hasbro")
    _expect(result, children_12_under=True)


@pytest.mark.parametrize(
    "title",
    ["Loom Bandz Bracelet Kit with 2000 Bandz and S-Clips", "Premium Rubber Band Bracelet Kit - Friendship Bracelets"],
)
def test_loom_band_kits_are_childrens_craft_kits(classify, title):
    result = classify(title)
    assert result.product_type == "craft_kit", result.basis["product_type"]
    _expect(result, toy=True, children_12_under=True)
