"""False toy and children's calls by title and brand alone, from a catalog audit (prec53, stop 53, issue 9).

An audit of catalog products read as toys or children's by title and brand alone (random.Random(5333),
`/work/scratch/s53/prec-audit.csv`) and the catalog's other title-only calls that the shelf does not make found kinds
true of the world among the false calls: a collector line's figure that the shop also calls a "Toy" (Funko Pop!,
Kotobukiya, a Funko bobble head) or that rides a vehicle or is a creature (Funko Pop Rides, Game of Thrones dragons,
Saint Cloth Myth), Funko's Wacky Wobblers; Great Eastern's anime merchandise (a plush, so a toy, but for teenage and
adult fans); supplies for making soft toys ("Toy Making" pom poms, stuffing, safety eyes); Girls & Panzer (the English
spelling of a franchise already left out); Magic: The Gathering decks whose title names dragons or a battle pack;
model-railway people at 1:150; craft card sold by the pack read as trading cards; Flipkart's "Paper Print" posters
untyped, so a "Baby Jesus" print read as a child's. Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a collector line decides over a shop's "Toy" ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ('World of Warcraft Illidan Figure Funko Pop Action Figure Toy Blizzard 4"', "FunKo"),
    ("Kotobukiya Lost Planet 2: GTF-IISR Drio Action Figure [Toy]", "Kotobukiya"),
    ("Star Wars: Obi Wan Kenobi Holograhic Glow in the Dark Bobble Head Toy - [16703]", "FunKo"),
    ("Nendoroid Hatsune Miku Figure Toy", "Good Smile Company"),
    ("泡泡玛特 Molly 手办 玩具", None),
])
def test_a_collector_line_called_a_toy_is_no_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("FUNKO POP RIDES DEADPOOL'S RED CHIMICHANGA TRUCK NYCC 2015 EXCLUSIVE", "Deadpool"),
    ("Funko - Figurine Game of Thrones - Set 3 Dragons Drogon Viseron Rhaegal Metallic Exclu Pop 10cm", "FunKo"),
    ("SAINT CLOTH MYTH Sea Dragon Kanon", "Saint Seiya"),
    ("Tony Montana Bobble Head Figure: Scarface x Wacky Wobbler Series", "Scarface"),
])
def test_a_collector_line_on_a_vehicle_a_creature_or_a_bobble_head(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Marvel Avengers Iron Man Action Figure Toy", "Hasbro"),
    ("Funko Pop Vinyl Figure for Kids - Paw Patrol Chase", "FunKo"),
    ("Hot Wheels Monster Jam Grave Digger Truck", "Hot Wheels"),
    ("Schleich Dragon Knight on Horse", "Schleich"),
    ("Papo Red Dragon Figure", "Papo"),
    ("Peppa Pig Bobble Head Toy", None),
    ("奥特曼 可动人偶 玩具", None),
])
def test_a_toy_without_a_collector_line_stays_a_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is True


# --- anime merchandise for fans: a soft toy, not a children's product -------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ('Great Eastern S.A.O. Sword Art Online Kirito 9" Plush Doll', "Anime"),
    ('GE Entertainment Death Note Plush Toy - 7" Ryuk (GE-7050)', "GE Entertainment"),
    ("COWBOY BEBOP EDWARD & EIN PLUSH", "Great Eastern Entertainment"),
])
def test_anime_fan_merchandise_is_a_toy_not_childrens(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Ty Beanie Boo Slush the Husky Plush", "Ty"),
    ("Great Eastern Hello Kitty Plush for Kids", "Great Eastern Entertainment"),
    ('Pokemon Pikachu 8" Plush Toy', "Pokemon"),
])
def test_other_plush_stays_childrens(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


# --- supplies for making soft toys ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Trimits PP1W | White Pom Poms | Toy Making | 7mm | 100 pack", "Ark"),
    ("Toy Safety Eyes 12mm Black, Pack of 50 with Washers", None),
    ("Polyester Toy Stuffing 500g Hollow Fibre Filling", None),
    ("玩具填充棉 500克", None),
    ("玩具眼睛 12mm 50个", None),
])
def test_toy_making_supplies_are_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


@pytest.mark.parametrize(("title", "brand"), [
    ("Wooden Toy Kitchen with Accessories", None),
    ("Soft Toy Teddy Bear 30cm", None),
    ("Plastic Toy Eyeball Bouncing Balls, Pack of 12", None),
])
def test_toys_stay_toys(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is True


# --- a franchise's "Girls", and a poster's "Baby" ---------------------------------------------------------------------

def test_girls_and_panzer_kit_is_no_childrens_product(classify):
    result = classify("1/35 Girls & Panzer Series GP-11 T34/85 Pravda high school ver. (japan import)", brand="Platts")
    assert _audience(result) == (False, False)


@pytest.mark.parametrize("title", [
    "Girls Pink Tank Top Age 7-8",
    "Girls Panther Print T-Shirt",
])
def test_girls_clothing_stays_childrens(classify, title):
    assert classify(title).classes["children_12_under"] is True


@pytest.mark.parametrize("title", [
    "Mother Mary & Baby Jesus Paper Print",
    "Kal Se Daru Band Paper Print",
])
def test_a_paper_print_is_wall_art(classify, title):
    result = classify(title)
    assert result.product_type == "wall_art"
    assert result.classes["children_12_under"] is False


def test_a_nursery_paper_print_for_kids_stays_childrens(classify):
    result = classify("Nursery Animals Paper Print for Kids Room")
    assert result.product_type == "wall_art"
    assert result.classes["children_12_under"] is True


# --- a hobby card game's decks ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Magic the Gathering Duel Decks - Knights Versus Dragons (English edition)", "Magic The Gathering"),
    ("Magic the Gathering 2012 Core Set Booster Battle Pack", "Wizards of the Coast"),
])
def test_magic_decks_are_no_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Pokemon Dragons Majesty Booster Pack", "Pokemon"),
    ("WWE Battle Pack Series 35 Action Figures", "Mattel"),
])
def test_other_decks_and_battle_packs_stay_toys(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is True


# --- model-railway people at 1:150 ------------------------------------------------------------------------------------

def test_railway_people_at_1_150_are_no_toy(classify):
    result = classify("Model Train People Figures Scale 1:150 Pack of Approx.100pcs White Assorted Style")
    assert _audience(result) == (False, False)


def test_a_farm_figure_pack_stays_a_toy(classify):
    assert classify("Farm People Figures Pack of 12 Play Set").classes["toy"] is True


# --- craft card by the pack -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Be Creative A4 Pastel Card Pack", "Be Creative"),
    ("A4 Mixed Recycled Card Pack 20 Sheets 10 Colours", "Woodandtots"),
    ("Coloured Card Pack A4 Assorted 50 Sheets 160gsm", None),
])
def test_craft_card_packs_are_art_supplies(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "art_supply"
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "brand"), [
    ("Disney Pixar Cars 2 Trading Card Game - Card Pack", "Topps"),
    ("Match Attax 2015/16 Card Pack", "Topps"),
])
def test_trading_card_packs_stay_toys(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "trading_cards"
    assert result.classes["toy"] is True


# --- makers of figures for adult fans of TV and film ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Bif Bang Pow! - The Big Bang Theory Leonard 8-Inch Action Figure", "Bif Bang Pow"),
    ("The Venture Bros. The Monarch Bobble Head by Bif Bang Pow [Toy]", "Bif Bang Pow"),
    ("Factory Entertainment Green Hornet Movie: Kato Action Figure", "Green Hornet"),
])
def test_adult_fan_figure_makers_make_no_toys(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Big Bang Power Rangers Action Figure", "Bandai"),
    ("Imaginext DC Super Friends Batman Action Figure", "Fisher-Price"),
])
def test_other_figures_stay_toys(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


# --- a piece count written with a thousands comma, and ThinkGeek's fan merchandise -----------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Ravensburger 19163 'Asterix Boar Hunting' Jigsaw Puzzle 1,000 Pieces", "Ravensburger"),
    ("Clementoni 39182.0 Jigsaw Puzzle 1,000 Pieces Herald of Spring", "Clementoni"),
    ("Jigsaw Puzzle 2,000 Pieces - World Map", None),
])
def test_a_puzzle_of_1000_pieces_with_a_comma_is_no_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Ravensburger Disney Frozen 3x49 piece Jigsaw Puzzle", "Disney Frozen"),
    ("Gibsons Jigmap World Jigsaw Puzzle (250 Pieces)", "Gibsons"),
])
def test_a_small_puzzle_stays_a_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is True


def test_thinkgeek_plush_is_a_toy_not_childrens(classify):
    assert _audience(classify("ThinkGeek 40cm Alien Facehugger Plush Figure", brand="ThinkGeek")) == (True, False)
