"""Toys, children's products and textiles of an unseen Amazon US catalog (amzkids54, stop 54, issue 9).

A hand audit of 448 products of the Amazon US 2020 sample (`/work/scratch/s54/amzkids-audit.csv`) for toy,
children's and textile found children's costumes shelved under "Costumes & Accessories > Women" read neither toy nor
children's (the shelf's "women" and the title's "child" silenced each other), US toddler and girls' size ranges
("3T-4T", "Small (4-6x)") that said nothing, and US names of known kinds: a bop bag, a playground ball, a plaster kit
to paint, a lacing-and-tracing set, Dobble's US name "Spot It!", Amazon US's "Car Seat & Stroller Toys" leaf, and
Funko's "Pop! Games" line read a game. Both sides of each.
"""

from __future__ import annotations

import pytest

WOMEN_COSTUMES = ("Clothing, Shoes & Jewelry > Costumes & Accessories > Women > Costumes & Cosplay Apparel > Costumes")


def _kids(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a child word in the title beats an adult word in the path ------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Medieval Princess Fuschia Child Costume",
    "Rubies Devil Girls Child Red Demon Costume",
    "Rubie's Kids Vampire Costume, Medium",
])
def test_a_child_costume_on_a_womens_costume_shelf_is_a_childrens_toy(classify, title):
    result = classify(title, category=WOMEN_COSTUMES)
    assert result.product_type == "costume"
    assert _kids(result) == (True, True)
    assert result.classes["textile"]


@pytest.mark.parametrize(("title", "category"), [
    ("Snow White and The Huntsman Deluxe Queen Ravenna Costume", WOMEN_COSTUMES),
    ("Rubie's Women's Batman v Superman: Dawn of Justice Wonder Woman Costume Top", WOMEN_COSTUMES),
    ("Disney Frozen Elsa Graphic T-Shirt", "Clothing, Shoes & Jewelry > Women > Clothing > Tops & Tees"),
    ("Rubie's Costume Co. Women's Full Length Hooded Cape with Tulle Overlay",
     "Clothing, Shoes & Jewelry > Costumes & Accessories > Women > Costumes & Cosplay Apparel > Robes, Capes"),
])
def test_an_adult_product_on_a_womens_shelf_stays_adult(classify, title, category):
    assert not classify(title, category=category).classes["children_12_under"]


def test_girls_on_a_womens_shelf_is_no_childs_word(classify):
    """Flipkart sells young women's "Girls Sandals" on "Women's Footwear": girls and boys do not beat the shelf."""
    result = classify("VAGON Girls Sandals",
                      category="Footwear >> Women's Footwear >> Sports Sandals >> VAGON Girls Sandals")
    assert not result.classes["children_12_under"]


@pytest.mark.parametrize(("title", "category"), [
    ("MyTinyWorld Dolls House Miniature Childrens Mahogany High Chair",
     "Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Accessories"),
    ("Intex Family Childrens Swim Centre Inflatable Swimming Paddling Garden Pool Lounge",
     "Sports Toys & Outdoor > Beach Toys > Paddling Pools"),
])
def test_the_title_child_word_keeps_child_audiences_exceptions(classify, title, category):
    """A miniature's child word names what it depicts; a family word wins over a child word, as before."""
    assert not classify(title, category=category).classes["children_12_under"]


# --- US toddler and girls' size ranges -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Anna Frozen Fever Deluxe Costume, One Color, 3T-4T",
    "Luigi Skirt Version Costume, Small (4-6x)",
    "Pumpkin Patch Deluxe Costume, 2T-3T",
])
def test_a_us_childrens_size_range_makes_a_costume_childrens(classify, title):
    result = classify(title)
    assert result.product_type == "costume"
    assert _kids(result) == (True, True)


@pytest.mark.parametrize("title", [
    "Castrol Power1 4T 10W-40 Engine Oil 1L",
    "Hornby 00 Gauge 152mm GNR 0-6-2T Steam Locomotive Model",
    "OnePlus Nord 2T 5G (Jade Fog, 8GB RAM, 128GB Storage)",
    "Rubie's Adult Deluxe Vampire Costume, Standard",
])
def test_a_lone_t_size_or_an_engine_code_says_no_child(classify, title):
    assert not classify(title).classes["children_12_under"]


# --- US names of known kinds -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ('Hedstrom Marvel Spider-Man 36" Bop Bag, Multicolor', "fidget_toy"),
    ("Rhode Island Novelty 5 Inch Smile Face Playground Ball", "fidget_toy"),
    ("Colorbok YPI50047 You Paint It Plaster Kit, Value Pack, Enchanted", "craft_kit"),
    ("Lauri Lacing & Tracing - Noah's Ark Set", "craft_kit"),
])
def test_a_us_toy_name_reads_a_toy(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _kids(result) == (True, True)


def test_spot_it_is_dobbles_us_name(classify):
    result = classify("Spot It! (Color/Packaging May Vary)")
    assert result.product_type == "card_game"
    assert result.classes["toy"]


@pytest.mark.parametrize(("title", "not_kind"), [
    ("Everlast Heavy Punching Bag 70 lb", "fidget_toy"),
    ("Spot It Stain Remover Spray 16 oz", "card_game"),
    ("Elastoplast Fabric Plasters Kit, 40 Strips", "craft_kit"),
    ("DAP Wall Repair Plaster Kit with Putty Knife", "craft_kit"),
])
def test_lookalikes_keep_their_kind(classify, title, not_kind):
    result = classify(title)
    assert result.product_type != not_kind
    assert not result.classes["toy"]


def test_amazon_us_stroller_toy_leaf_is_a_baby_toy(classify):
    result = classify("Fisher-Price Slow Much Fun Stroller Sloth",
                      category="Toys & Games > Baby & Toddler Toys > Car Seat & Stroller Toys")
    assert result.product_type == "baby_toy"
    assert _kids(result) == (True, True)


def test_a_stroller_on_a_stroller_shelf_stays_baby_gear(classify):
    result = classify("Graco Modes Travel System Stroller with Car Seat",
                      category="Baby Products > Strollers & Accessories > Strollers")
    assert result.product_type != "baby_toy"
    assert not result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Funko Pop Games: Fortnite - Tomatohead",
    "Funko Pop! Games: Persona 5 - The Joker (Styles May Vary)",
])
def test_funkos_pop_games_line_is_no_game(classify, title):
    result = classify(title)
    assert result.product_type != "game"
    assert not result.classes["toy"]


def test_a_game_still_reads_a_game(classify):
    result = classify("Pressman Classic Games Set, 10 Games in One Box")
    assert result.classes["toy"]


# --- makers and lines whose titles name only the character ---------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Folkmanis Mini Goldfish", "puppet"),
    ('Aurora World 9" I Love You Corgi', "plush"),
    ("Aurora 5 inch Yoohoo and Friends Beaver", "plush"),
    ('Aurora World 18" Princess Sparkles - Angela, Multicolor', "plush"),
    ("Enchantimals Styling Head- Brown Mailer", "doll"),
])
def test_a_toy_lines_character_reads_its_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _kids(result) == (True, True)


@pytest.mark.parametrize("title", [
    "Aurora Borealis Night Light Projector",
    "Aurora Pro 2 Tanning Lamp Replacement Bulb",
])
def test_aurora_alone_is_no_plush_maker(classify, title):
    result = classify(title)
    assert result.product_type != "plush"
    assert not result.classes["toy"]


# --- owls on room goods ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Whitmor Kids Canvas Collapsible Cube-10 x 10 x 10 inches, Pink, Owl Collection", "storage_organisation"),
    ('Oopsy Daisy Birchwood Owl Growth Chart, Pink, 12" x 42"', "baby_gear"),
])
def test_a_room_good_with_an_animal_print_is_no_toy_animal(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["toy"]


def test_a_cube_puzzle_is_still_a_puzzle(classify):
    assert classify("Rubik's Cube 3x3 Puzzle").classes["toy"]
