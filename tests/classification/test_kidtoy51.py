"""Toys and children's products by title and brand alone, from a fresh catalog audit (kidtoy51, stop 51, issue 9).

An audit of catalog products the shelf reads as toys or children's and the title alone does not (random.Random(5301),
`/work/scratch/s51/kidtoy-audit.csv`) found kinds true of the world: "Part 2" of a series read a spare part; a letter's
"Upper Case" a case; a "Show Jumper" horse a jumper; Iron Man 3's "Iron Assemblers" a clothes iron; an "open top" car a
top; "pull back and go" cars, playscapes, puppets' outfits, trainer cups, noughts and crosses, motion sand and block
sets were no kinds; toy lines (Tonka, Star Wars Saga and Command, Battlesaurs) named nothing; "pretend" replicas read
the grown-up appliance, food or pot; an age range ending at 12 or under did not make a game a children's one. Both
sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- "Part 2" is an instalment, not a spare part ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Gogo's Crazy Bones Gold Series Tin Part 2", "GoGo's Crazy Bones"),
    ("The Twilight Saga: Breaking Dawn / Breaking Dawn Part 1 NAT promo card 11 pieces set E", "TWILIGHT SAGA"),
    ("Back To The Future Part 2 Time Machine 1:18", "Sunstar"),
    ("Jaycoknit Mediterranean Sea's Lucky Wooden Handcrafted Ship Part II Showpiece - 17 cm", "Jaycoknit"),
])
def test_part_with_a_number_is_an_instalment(classify, title, brand):
    assert classify(title, brand=brand).product_type != "spare_part"


def test_an_instalments_toy_is_a_toy(classify):
    assert _audience(classify("Gogo's Crazy Bones Gold Series Tin Part 2", brand="GoGo's Crazy Bones")) == (True, True)


@pytest.mark.parametrize("title", [
    "Dyson V8 Replacement Part Filter",
    "Kenwood Food Processor Spare Part",
    "Hoover Vacuum Cleaner Parts Kit",
])
def test_a_spare_part_stays_a_part(classify, title):
    assert classify(title).product_type == "spare_part"


# --- a letter's case, a show jumper, the Iron Assemblers, an open-top car --------------------------------------------

@pytest.mark.parametrize(("title", "brand", "wrong"), [
    ("Early Learning Centre Magnetic Letters - Upper Case", "Peterkin", "case_generic"),
    ("Schleich Show Jumper", "Schleich", "sweater"),
    ("welly red open top porsche boxster S car with pull back and go action model", "Welly", "shirt"),
    ("welly dark blue open top mini cooper S cabrio car pull back and go action model", "Welly", "shirt"),
])
def test_a_grown_up_noun_inside_a_toys_name_is_no_product(classify, title, brand, wrong):
    result = classify(title, brand=brand)
    assert result.product_type != wrong
    assert result.classes["textile"] is False
    assert result.classes["toy"] is True


def test_iron_assemblers_are_no_clothes_iron(classify):
    result = classify("Iron Man 3 Marvel Iron Assemblers Battle Vehicle", brand="Marvel")
    assert result.product_type != "iron"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize(("title", "kind"), [
    ("Hard Shell Carry Case with Zip", "case_generic"),
    ("Men's Wool Crew Neck Jumper Navy", "sweater"),
    ("Philips Steam Iron 2400W", "iron"),
    ("Women's Open Back Summer Top", "shirt"),
    ("Ladies Sleeveless Top White", "shirt"),
])
def test_the_grown_up_kinds_stay(classify, title, kind):
    assert classify(title).product_type == kind


# --- toy kinds the vocabulary lacked ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("The Pop Up 3D Emergency Services Playscape", "Pop It Up", "playset"),
    ("The Puppet Company - Dressing-Up Clothes - Police Person Puppet Outfit", "The Puppet Company", None),
    ("dotcomgiftshop Traditional Naughts & Crosses", "dotcomgiftshop", "board_game"),
    ("Luxurious 3D Noughts & Crosses - Master 17Cm", None, "board_game"),
    ("木制井字棋", None, "board_game"),
    ("Motion Sand 2000g Pack", None, "craft_kit"),
    ("Hemar 11 x 7 x 11 cm Small Car K2 Block Set", "Hemar", "building_set"),
    ("Dazzling Toys 2\" Pull Back Racer Cars - 12 Pack", None, "toy_vehicle"),
])
def test_toy_kinds_named_by_new_words(classify, title, brand, kind):
    result = classify(title, brand=brand)
    if kind is not None:
        assert result.product_type == kind
    assert result.classes["toy"] is True


def test_a_knife_block_set_is_no_building_set(classify):
    result = classify("Kitchen Knife Block Set 6 Piece Stainless Steel")
    assert result.product_type != "building_set"
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "kind"), [
    ("Munchkin Mighty Grip Trainer Cup", "baby_feeding"),
    ("Tommee Tippee Trainer Cups Pack of 2", "baby_feeding"),
])
def test_a_trainer_cup_is_a_babys_cup(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["children_12_under"] is True


def test_a_grown_ups_cup_stays_a_mug(classify):
    result = classify("Ceramic Coffee Cup and Saucer Set")
    assert result.product_type == "mug"
    assert result.classes["children_12_under"] is False


def test_art_sleeves_are_card_sleeves(classify):
    result = classify("A Game of Thrones Art Sleeves: Stannis Baratheon", brand="Game of Thrones")
    assert result.product_type == "trading_card_accessory"
    assert result.classes["toy"] is False


# --- toy lines in the title or the brand field ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Tonka Chuck and Friends Chucks Stunt Park", "Tonka Chuck & Friends"),
    ("Tonka Car Carrier", "Funrise"),
    ("Star Wars Saga Attack Of The Clones Super Battle Droid", "Star Wars"),
    ("Star Wars Command Star Destroyer Set", "Star Wars"),
    ("Toy Story Battlesaurs Buzz", "Toy Story"),
    ("Littlest Pet Shop Mummy and Baby", "Littlest Pet Shop"),
    ("Kung Zhu Special Forces HQ", "Kung Zhu"),
    ("Transformers Movie Devastator Ad13", "Toy Zany"),
    ("Transformers Movie 3 Cyberverse Ark Set", "Transformers"),
    ("Wooden Thomas & Friends: Madge", "RC2"),
])
def test_a_toy_line_names_a_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Groovy Girls - Cali Candy Cane", "Groovy Girl", None),
    ("Tonka Pressed Steel Dump Truck", "Tonka", None),
    ("Littlest Pet Shop Girls Backpack", None, "backpack"),
])
def test_a_toy_lines_merchandise_keeps_its_kind(classify, title, brand, kind):
    result = classify(title, brand=brand)
    if kind is not None:
        assert result.product_type == kind
    assert result.classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "brand"), [
    ("Star Wars: The Complete Saga Blu-ray", None),
    ("Star Wars Saga Edition Core Rulebook", None),
    ("Tonka Tough Kids Gloves", None),
    ("Groovy Retro Girls T-Shirt Womens", None),
    ("Transformers: The Movie (1986) Blu-ray", None),
])
def test_words_near_the_lines_name_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


# --- pretend-play replicas ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Pretend Lawnmower", "Mookie"),
    ("Learning Resources Pretend and Play Snack Shop", "Learning Resources"),
    ("Tanner - Pretend Play Small Scale Shopping Basket 4065.4", "Tanner"),
    ("Erzi 9 x 11.3 x 5.8 cm Pretend Play Wooden Grocery Shop Merchandize Small Pot", None),
])
def test_a_pretend_replica_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert _audience(result) == (True, True)
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", [
    "Bosch Rotak 32 Corded Electric Lawnmower",
    "Healthy Snack Box 24 Pack",
    "Tefal Stainless Steel Cooking Pot 24cm",
    "Wicker Shopping Basket with Handles",
])
def test_the_grown_up_appliance_food_or_pot_is_no_toy(classify, title):
    result = classify(title)
    assert result.classes["toy"] is False
    assert result.classes["children_12_under"] is False


# --- an age range that ends at 12 or under makes a game a children's game -----------------------------------------

@pytest.mark.parametrize("title", [
    "Dude Dice High Score - Level 1 (6-8 years)",
    "Times Tables Card Game Ages 7-11",
])
def test_a_game_for_a_childs_age_range_is_a_childrens_game(classify, title):
    assert _audience(classify(title)) == (True, True)


@pytest.mark.parametrize("title", [
    "Cup Cake Dice High Score - Maths Level 2 (8+ years)",
    "Wits & Wagers Family Board Game",
])
def test_a_game_with_a_lower_age_bound_stays_a_family_game(classify, title):
    assert _audience(classify(title)) == (True, False)


# --- makers ---------------------------------------------------------------------------------------------------------

def test_the_puppet_companys_products_are_childrens(classify):
    result = classify("Dressing-Up Clothes - Doctor/Vet Puppet Outfit", brand="The Puppet Company")
    assert _audience(result) == (True, True)


def test_a_craft_kit_makers_decoration_is_its_kit(classify):
    result = classify("Butterfly Wind Chime Mini Kit", brand="Creativity for Kids")
    assert _audience(result) == (True, True)


def test_a_wind_chime_is_decor(classify):
    result = classify("Bamboo Wind Chime for Garden", brand="Woodstock")
    assert result.classes["toy"] is False
