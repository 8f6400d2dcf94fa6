"""Toys and children's products by title and brand alone, a seventh round (kidtoy53, stop 53, issue 9).

A fresh audit of the toy catalog (random.Random(5331), `/work/scratch/s53/kidtoy-audit.csv`) and the left lists of
kidtoy52/52b gave kinds true of the world: a children's easel, musical instrument or set of garden tools is a
plaything (the grown-up's stays no toy); a child's workbench is a pretend-play set; a handful of children's action and
toy franchises (My Little Pony, Ben 10, ThunderCats, Power Rangers, Teenage Mutant Ninja Turtles, Octonauts) name a
toy when the title names no other kind, while a line, a maker or a kind named beside them still names it first; and a
"Gift Box" after a product is its packing, not an invitation. Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a children's easel, instrument or garden tools is a plaything -------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("My First Wooden Easel", "Peterkin UK Ltd"),
    ("Disney Princess 2 Floor Standing Easel", "Disney"),
    ("Lelin Wooden Childrens Kids 2 in 1 Black & White Chalk Drawing Easel Board", "LELIN"),
    ("Hape All-in-one Easel", "Hape International"),
    ("儿童 木制 双面 画架", None),
])
def test_a_childrens_easel_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "easel"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Artist Studio Easel Beech Wood", "Aluminium Display Easel for Wedding Signs",
                                   "实木画架 油画架 成人"])
def test_an_artists_easel_is_no_toy(classify, title):
    assert _audience(classify(title)) == (False, False)


def test_easel_paper_is_paper(classify):
    result = classify("Melissa & Doug 45 cm x 22 m Easel Paper Roll", brand="Melissa & Doug")
    assert result.product_type == "art_supply"
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "brand"), [
    ("Jake and The Never Land Pirates Pirate Rock Guitar", "Disney Junior"),
    ("Funskool Preschool Stacking Drums", "Funskool"),
    ("Kids Acoustic Guitar 4 String for Children", None),
])
def test_a_childrens_musical_instrument_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "musical_instrument"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Yamaha C40 Classical Guitar", "Fender Squier Electric Guitar Pack",
                                   "Pearl Export 5 Piece Drum Kit"])
def test_a_grown_ups_instrument_is_no_toy(classify, title):
    assert _audience(classify(title)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Garden tools for children - Pink", "Little Pals"),
    ("PIP Children Gardening Spade With Wooden Handle 69cm - Blue", "PinkWebShop"),
    ("Kids Watering Can Ladybird 1.5 Litre", None),
])
def test_childrens_garden_tools_are_toys(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "garden_supplies"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Spear & Jackson Stainless Steel Border Spade", "Hozelock Garden Hose Reel 30m",
                                   "Weber Charcoal Grill 57cm"])
def test_grown_ups_garden_supplies_are_no_toy(classify, title):
    assert _audience(classify(title)) == (False, False)


def test_a_childs_workbench_is_a_pretend_play_set(classify):
    result = classify("Children's Work Bench Fred with Accessories", brand="Infantastic")
    assert result.product_type == "playset"
    assert _audience(result) == (True, True)


def test_a_workbench_is_no_toy(classify):
    assert classify("Heavy Duty Wooden Workbench with Vice").classes["toy"] is False


# --- children's action and toy franchises named alone -------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Ben 10 Ultimate Alien 10cm Water Hazard", "Bandai"),
    ("Thundercats Lizard Cannon", "Thundercats"),
    ("Power Rangers Megaforce Ranger Battle Gear Ultra Sword", "Power Rangers Megaforce"),
    ("My Little Pony Crystal Princess Celebration: Pinkie Pie", "My Little Pony"),
    ("Octonauts Gup-O and Dashi", "Octonauts"),
    ("Teenage Mutant Ninja Turtles Raphael Ninja Combat Gear", "PlayMates"),
])
def test_a_childrens_toy_franchise_alone_names_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy"
    assert result.classes["toy"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("My Little Pony Girls T-Shirt", "t_shirt"),
    ("Ben 10 Alien Force DVD", "movie_media"),
    ("Teenage Mutant Ninja Turtles Boys Pyjamas", "sleepwear"),
    ("Teenage Mutant Ninja Turtles Mug", "mug"),
])
def test_what_a_franchise_sells_names_its_own_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "brand", "kind"), [
    # a line of a specific kind in the title, or a maker in the brand field, names the kind before the franchise
    ("2008 Power Rangers Jungle Fury Gekiranger Violet Geki Wolf -- Violet Ranger Zord", "Bandai", "robot_figure"),
    ("Teenage Mutant Ninja Turtles Half-Shell Heroes Snakeweed & Spider Bytez", "TMNT", "action_figure"),
    ("Ravensburger Ben 10 Puzzleball (60 Pieces)", "Ravensburger", "game"),
    ("Waddingtons No1-Ben 10", "Winning Moves", "game"),
])
def test_a_line_or_maker_beside_the_franchise_names_the_kind(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind
    assert _audience(result) == (True, True)


def test_a_collector_range_of_the_franchise_is_no_toy(classify):
    assert classify("Power Rangers Legacy Green Ranger").classes["toy"] is not True


def test_the_pony_inside_the_franchise_is_no_toy_animal(classify):
    assert classify("My Little Pony Girls T-Shirt").product_type != "toy_animal"


# --- a gift box after a product is its packing ---------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Hama Beads Giant Open Gift Box (Pink)", "Hama Beads Giant Open Gift Box"])
def test_a_bead_kit_in_a_gift_box_is_the_kit(classify, title):
    result = classify(title, brand="Hama")
    assert result.product_type == "craft_kit"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Red Gift Box - Ideal For Balloon Weights (Pack Of 10)",
                                   "Zari Boxes ZBD-AAB976 Wooden Gift Box"])
def test_an_empty_gift_box_is_a_box(classify, title):
    result = classify(title)
    assert result.product_type == "gift_box"
    assert result.classes["toy"] is False


def test_a_doll_with_its_gift_box_is_a_doll(classify):
    assert classify("Ty Angeline - Happy Valentine's Day Doll with Gift Box").product_type == "doll"


def test_a_line_of_a_specific_kind_comes_before_a_toy_line(classify):
    # Top Trumps names the card game, Shopkins only "a toy" (toy_line): the specific line names the kind
    assert classify("Top Trumps - Shopkins(1)", brand="Top Trumps").product_type == "kids_card_game"


# --- the case a product comes in is its packing ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Cardinal Industries Mexican Train Domino Game In An Aluminum Case", "Cardinal Industries", "dominoes"),
    ("Disney Frozen: 3in1 72 Piece Jigsaw Puzzles in Wooden Case", "Disney Frozen", "puzzle"),
    ("Aptron Premium manicure kit in leatherette case - Small", None, "grooming_tool"),
])
def test_a_product_in_a_case_is_the_product(classify, title, brand, kind):
    assert classify(title, brand=brand).product_type == kind


@pytest.mark.parametrize("title", ["Hard Carry Case for Nintendo Switch", "Silicone Case Cover for iPhone 12",
                                   "Aluminium Flight Case with Foam Insert"])
def test_a_case_sold_as_a_case_stays_a_case(classify, title):
    assert classify(title).product_type in ("case_generic", "device_case")


@pytest.mark.parametrize(("title", "kind"), [("Snoopy - Woodstock Small Soft Toy In Gift Bag", "plush"),
                                             ("Silver Bracelet in a Gift Bag", "jewellery")])
def test_a_product_in_a_gift_bag_is_the_product(classify, title, kind):
    assert classify(title).product_type == kind


def test_gift_bags_sold_as_bags_stay_gift_wrap(classify):
    assert classify("Gift Bags x 10 Kraft Paper").product_type == "invitation"
