"""False toy and children's calls with the category, from a catalog audit (prec51, stop 51, issue 9).

An audit of catalog products read as toys or children's with the category (random.Random(5401),
`/work/scratch/s51/prec-audit.csv`) found kinds true of the world among the false calls: loose dice sold by the pack
and role-playing or war-game dice on a "Dice & Dice Games" shelf read a family dice game; jewellery findings and
stringing materials (headpins, crimps, leather and elastic cord, rhinestones, jingle bells, organza bags) on a
children's bead-art shelf read a children's craft kit; Fantasy Flight's Imperial Assault miniatures game on a "Star
Wars > Toys" shelf read a toy; Ultra Pro's card pages read a children's case by their Pokemon; a Metal Earth kit on a
3-D puzzle shelf read a puzzle. Both sides of each.
"""

from __future__ import annotations

import pytest

DICE = "Games > Dice & Dice Games"
BEADS = "Arts & Crafts > Crafts > Children's Craft Kits > Bead Art & Jewellery-Making"
CRAFT = "Arts & Crafts > Crafts > Children's Craft Kits"


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- loose, role-playing and war-game dice are no toys ----------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Dice, Pack of 20 x 16mm Red Pearl Spot Dice", "Dice World"),
    ("Dice - 25 x 16mm 6 sided spot dice - mixed colours", "The Dice Place"),
    ("Dice, 24 x 16mm Round Corner Spot - White", "The Dice Place"),
    ("Paladin Roleplaying Dice Set, Pearl Effect, Blue", "Paladin"),
    ("Gem Dice multi pack - 5 poly sets for roleplayers", "Forlorn Hope Games"),
    ("Pearlescent Purple Poly RPG Dice Set and Bag", "Cultzilla"),
    ("Warmachine Retribution of Scyrah Faction Dice", "Warmachine"),
    ("Hordes Circle Orboros Faction Dice", "Privateer Press"),
    ("Marble Black Set (dice0127)", "Poly Dice Sets"),
])
def test_loose_and_hobby_dice_are_no_toy(classify, title, brand):
    assert _audience(classify(title, category=DICE, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Paladin Roleplaying Dice Set, Pearl Effect, Blue", "Paladin"),
    ("Pearlescent Purple Poly RPG Dice Set and Bag", "Cultzilla"),
    ("Dice, Pack of 20 x 16mm Green Pearl Spot Dice D6", "Dice World"),
])
def test_hobby_dice_by_title_alone_are_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


@pytest.mark.parametrize(("title", "brand", "children"), [
    ("Farkle - Dice Cup Game (Colours Vary)", "Patch Products Inc.", False),
    ("LCR - Left Center Right - Family Dice Game - BLUE", "Left Center Right", False),
    ("Yatzy - traditional dice game", "Brimtoy Dice Games", False),
    ("Dude Dice - Level 1 (for children aged 5 to 8)", "Dude Dice", True),
    ("Big Cherry Giant Dice! One 16cm (160mm) Giant Foam Die, in Blue", "BigCherry", False),
    ("The Creativity Hub Rory's Story Cubes Actions", "The Creativity Hub", False),
])
def test_a_dice_game_stays_a_toy(classify, title, brand, children):
    assert _audience(classify(title, category=DICE, brand=brand)) == (True, children)


def test_a_role_playing_board_game_keeps_its_type(classify):
    result = classify("Star Wars: Age of Rebellion RPG Beginner Game",
                      category="Characters & Brands > Star Wars > Toys", brand="Fantasy Flight Games")
    assert result.product_type == "board_game"


def test_a_d6_block_keeps_its_accessory_type(classify):
    result = classify("Green 15mm D6 Oblivion x25", category=DICE, brand="Oblivion")
    assert result.product_type == "game_accessory"


# --- jewellery findings on a children's bead shelf -------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("200 pieces 0.8mm thickness Headpins - Silver - A6016 / 18mm", "k2-accessories Jewellery Findings"),
    ("Lyndie's Craft 25 Flat folding crimps. 9mm x 3mm.End tips - gold", "Lyndie's Craft"),
    ("3 meters of 3mm Twisted Leather Cord - Black & White", "k2-accessories Leather Cord"),
    ("STRETCHY ELASTIC CORD 1MM CLEAR 2 X 8M SPOOL stringing necklaces and bracelets", "HONGBE"),
    ("50 pieces 8mm Gold Tone Jingle Bells - A0053", "k2-accessories Charm Pendants"),
    ("325 Dk Green/Lt Green Mix Self Adhesive Diamante Stick on Rhinestone Gem", "Crystals & Gems Uk"),
    ("TOOGOO(R) 300 Pcs Replacement Clear Soft Plastic Earring Back Caps", "TOOGOO(R)"),
    ("10 pieces Organza Gift Bags - 17x23cm - Cobalt Blue", "k2-accessories Organza Bags"),
    ("30 pieces 10mm Acrylic Heart Charms - Red - A5104", "k2-accessories Charm Pendants"),
])
def test_jewellery_findings_are_no_childrens_kit(classify, title, brand):
    assert _audience(classify(title, category=BEADS, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand", "category"), [
    ("Hama Beads - Large Gift Box (Midi Beads)", "Hama", BEADS),
    ("300 COLOURFUL CANDY SCENTED LOOM RUBBER BANDS", "DIY", BEADS),
    ("Meadow Kids In the Garden Wooden Threading Beads", "Meadow Kids", BEADS),
    ("Sequin Art and Beads Horses", "KSG", BEADS),
    ("Heart Self-Adhesive Acrylic Jewels Gems Rhinestones Children's Craft Activities Supplies", "Baker Ross", CRAFT),
])
def test_a_childrens_bead_or_craft_kit_stays(classify, title, brand, category):
    assert classify(title, category=category, brand=brand).classes["children_12_under"] is True


def test_waxed_cotton_cord_keeps_its_sewing_type(classify):
    result = classify("10 Metre White Waxed Cotton Cord Thread 2mm - Jewellery Making", brand="Just Say Beads")
    assert result.product_type == "sewing_supplies"
    assert result.classes["eee"] is False


# --- a miniatures game, card pages, a metal model kit ----------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Star Wars: Imperial Assault Royal Guard Champion Villain Pack",
    "Star Wars: Imperial Assault Rebel Troopers Ally Pack",
])
def test_imperial_assault_is_a_hobby_game(classify, title):
    result = classify(title, category="Characters & Brands > Star Wars > Toys", brand="Fantasy Flight Games")
    assert _audience(result) == (False, False)


def test_a_star_wars_toy_stays_a_toy(classify):
    result = classify("Star Wars Rebels 3.75-Inch 2-Pack Forest Mission Garazeb Orrelios and C1-10P Figure",
                      category="Characters & Brands > Star Wars > Toys", brand="Star Wars")
    assert _audience(result) == (True, True)


def test_card_pages_are_no_childrens_product(classify):
    result = classify("Trading Card A4 Sleeves - 25 Ultra Pro 9 Pocket Platinum Pages MTG/Pokemon.",
                      category="Hobbies > Trading Cards & Accessories > Storage Albums & Cases > Sleeves",
                      brand="Ultra Pro Platinum Series Nine Pocket Pages")
    assert result.classes["children_12_under"] is False


def test_pokemon_cards_stay_childrens(classify):
    result = classify("Pokemon TCG XY 2014 Spring Tin", category="Games > Card Games", brand="Pokemon")
    assert _audience(result) == (True, True)


def test_a_metal_earth_kit_on_a_puzzle_shelf_is_no_toy(classify):
    result = classify("DBPOWER DIY Educational Puzzles Metal Earth 3D Laser Cut Model -Tower Bridge",
                      category="Jigsaws & Puzzles > 3-D Puzzles", brand="DBPOWER")
    assert result.classes["toy"] is False


def test_a_3d_puzzle_stays_a_toy(classify):
    result = classify("Ravensburger 3D Puzzle Eiffel Tower 216 Pieces", category="Jigsaws & Puzzles > 3-D Puzzles",
                      brand="Ravensburger")
    assert result.classes["toy"] is True


# --- Chinese role-playing dice; Crayola's felt tips ------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "跑团 多面骰子 7个装 亚克力",
    "多面骰子 7个装 珠光蓝",
])
def test_chinese_role_playing_dice_are_no_toy(classify, title):
    result = classify(title, category="玩具 > 桌游 > 骰子")
    assert result.product_type == "dice_game"
    assert result.classes["toy"] is False


def test_a_chinese_dice_game_stays_a_toy(classify):
    assert classify("骰子游戏 家庭聚会", category="玩具 > 桌游 > 骰子").classes["toy"] is True


def test_crayola_supertips_are_felt_tips_not_a_toy(classify):
    result = classify("Crayola Supertips Washable - Pack of 12", category="Characters & Brands > Crayola",
                      brand="Crayola")
    assert result.product_type == "coloured_pencils"
    assert _audience(result) == (False, True)


def test_a_crayola_art_case_stays_a_toy(classify):
    result = classify("Crayola Inspiration Art Case", category="Characters & Brands > Crayola", brand="Crayola")
    assert result.classes["toy"] is True
