"""Toys and children's products by title and brand alone, a sixth round (kidtoy52b, stop 52, issue 9).

kidtoy52's left list and a fresh audit (random.Random(5303), `/work/scratch/s52/kidtoy2-audit.csv`) gave kinds true of
the world: an age range written with a spaced dash ("(6 - 8 years)") is one range, not two phrases; a Pokémon
product whose title names no kind is a trading-card product (tins, boosters, decks titled by set and card), while
Pokémon Go and Takara Tomy's Monster Collection figures are not; a "Book Character Fancy Dress" is a costume, not a
book; Adventure Time's "Tree Trunks" is no underwear; a "copter" is a helicopter; a boxed "Sports Day Set" is a
children's game. Both sides of each.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- an age range with a spaced dash --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "normalised"), [
    ("Cup Cake Dice High Score - Maths Level 1 (6 - 8 years)", "cup cake dice high score | maths level 1 | 6 8 years"),
    ("Boys Jumper 10 - 12yrs", "boys jumper 10 12 yrs"),
    ("Swim Jacket – 2 – 3 Years", "swim jacket | 2 3 years"),
    ("婴儿连体衣 0 - 6 months", "婴儿连体衣 0 6 months"),
])
def test_a_spaced_age_range_is_one_range(title, normalised):
    assert normalise(title) == normalised


@pytest.mark.parametrize(("title", "normalised"), [
    ("Storage Boxes 2 - 3 Pack", "storage boxes 2 | 3 pack"),
    ("Storyonics - Magical Mystery Stories: 6 - 106 years", "storyonics | magical mystery stories | 6 | 106 years"),
    ("Model 500 - 12 Volt", "model 500 | 12 volt"),
])
def test_other_spaced_dashes_still_break(title, normalised):
    assert normalise(title) == normalised


@pytest.mark.parametrize("title", ["Cup Cake Dice High Score - Maths Level 1 (6 - 8 years)",
                                   "Dinosaur Dice Game (6 - 8 Years)"])
def test_a_game_for_ages_6_to_8_is_a_childrens_game(classify, title):
    assert _audience(classify(title, brand="Dude Dice")) == (True, True)


def test_a_costume_sized_10_to_12_years_is_a_childs(classify):
    result = classify("Christys 997012 Venus 10 - 12 Years", brand="Christy`s",
                      category="Toys & Games > Fancy Dress > Costumes > Adults")
    assert result.classes["children_12_under"] is True


def test_an_adult_age_range_stays_adult(classify):
    assert classify("Storyonics - Magical Mystery Stories: 6 - 106 years").classes["children_12_under"] is not True


# --- Pokémon trading-card products named by set --------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Pokemon Black and White Victini Tin",
                                   "Pokemon Emerging Powers Boosters (Black and White)",
                                   "Pokemon Battle Arena Decks: Xerneas vs. Yveltal", "Pokemon Mega Mewtwo X Box",
                                   "Pokemon Fall 2014 Tin Set Venusaur-EX", "Pokémon Spring Tin 2014 Xerneas EX"])
def test_a_pokemon_set_is_trading_cards(classify, title):
    result = classify(title, brand="Pokémon")
    assert result.product_type == "trading_cards"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [("Pokemon Pikachu T-Shirt Boys", "t_shirt"),
                                             ("Pokemon Moon (Nintendo 3DS)", "video_game"),
                                             ("Pokemon Pikachu Plush 8 inch", "plush")])
def test_pokemon_goods_that_name_their_kind_keep_it(classify, title, kind):
    assert classify(title).product_type == kind


def test_pokemon_go_plus_is_no_trading_card(classify):
    assert classify("Pokemon Go Plus").product_type != "trading_cards"


def test_moncolle_figures_stay_the_makers_toy(classify):
    result = classify("Takara Tomy Pokemon Monster Collection SP-15 Mega Charizard X", brand="Takara Tomy")
    assert result.product_type == "toy"
    assert _audience(result) == (True, True)


# --- namesakes: a book's character, a tree trunk ---------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Wizard Boy Potter Cape Boys Book Character Fancy Dress",
                                   "Girls Book Character Fancy Dress Costume"])
def test_book_character_fancy_dress_is_a_costume(classify, title):
    result = classify(title)
    assert result.product_type == "costume"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["Harry Potter Book Character Encyclopedia", "Book of Fairy Tales Characters"])
def test_a_book_is_still_a_book(classify, title):
    assert classify(title).product_type == "book"


def test_tree_trunks_is_a_character_not_underwear(classify):
    result = classify('Adventure Time 3" Figure & Accessory Jake & Tree Trunks', brand="Jazwares")
    assert result.product_type != "underwear"
    assert result.classes["textile"] is not True


def test_swimming_trunks_are_still_worn(classify):
    assert classify("Mens Boxer Trunks Pack of 3").product_type == "underwear"


# --- a copter is a helicopter ----------------------------------------------------------------------------------------

def test_a_remote_control_copter_is_a_toy(classify):
    result = classify("Remote Control Radar Copter")
    assert result.classes["toy"] is True
    assert result.classes["radio"] is True


def test_a_quad_copter_stays_a_drone(classify):
    assert classify("4 Channel Micro Quad Copter").product_type == "drone"


# --- a boxed sports day --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Traditional Garden Games Sports Day Set",
                                   "Kids Sports Day Kit with Sacks and Egg Spoons"])
def test_a_sports_day_set_is_a_childrens_game(classify, title):
    result = classify(title)
    assert result.product_type == "kids_game"
    assert _audience(result) == (True, True)


def test_sports_day_bunting_is_a_decoration(classify):
    assert classify("Sports Day Washable Fabric Colorful Bunting").product_type == "party_decoration"


# --- card names read as a ruler, a blaster or a dragon; a Magic event deck -----------------------------------------

@pytest.mark.parametrize("title", ["Yu-gi-oh! 2013 Blaster Dragon Ruler of Infernos Wave 1 Collectors Tin",
                                   "YuGiOh! Tin 2013 Wave 1 Tidal Dragon Ruler of Waterfalls english"])
def test_a_dragon_ruler_tin_is_trading_cards(classify, title):
    result = classify(title, brand="Yu-Gi-Oh!")
    assert result.product_type == "trading_cards"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [("Helix Shatterproof 30cm Ruler", "office_supplies"),
                                             ("Dragon Ruler 30cm Kids Stationery", "office_supplies"),
                                             ("Plush Dragon Ruler of the Skies", "plush"),
                                             ("Nerf N-Strike Elite Blaster", "toy_weapon")])
def test_rulers_dragons_and_blasters_elsewhere_stay(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_magic_event_deck_is_its_cards_no_toy_dragon(classify):
    result = classify("Magic the Gathering: Dragon's Maze Event Deck - Strength of Selesnya",
                      brand="Wizards of the Coast")
    assert result.product_type == "trading_cards"
    assert result.classes["toy"] is not True


# --- swim armbands and water wings are children's ------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Disney Mickey Mouse Swimming Pool Swim Armbands - Green",
                                   "Intex Tropical Buddies Swimwings", "Pro Swim, Flipper Swim Safe Water Wings",
                                   "儿童游泳臂圈 Swim Arm Bands"])
def test_swim_armbands_are_childrens(classify, title):
    result = classify(title)
    assert result.product_type == "swim_armbands"
    assert result.classes["children_12_under"] is True
    assert result.classes["toy"] is not True


@pytest.mark.parametrize("title", ["Reflective Arm Bands Hi Vis", "Adult Swim Armbands", "Adult Swim Vest",
                                   "Running Armbands Phone Holder"])
def test_other_armbands_and_adult_aids_name_no_child(classify, title):
    assert classify(title).classes["children_12_under"] is not True
