"""Toy and children's product on real catalogs, read as patterns (toys39, issue 9).

Each group has the case that changed on main 0c744c6 and a look-alike that must keep its reading:
- a dolls' house miniature's child, school or toy word names what the miniature depicts (a nursery crib, a school
  desk, a toy pram), not who it is for: 1:12 miniatures are a collectors' hobby; a young-child maker's set, a
  character made for young children and a children's item that is no miniature stay children's;
- "Cars 2" and "Cars 3" are the films' die-cast line even without "Disney", but "Cars 2 Pack" is a pack size;
- a bead or stopper that will "fit Charm Bracelet" is a jewellery-making part, not the bracelet (so it is not the
  children's bead kit its shelf names), while a charm bracelet itself stays jewellery;
- a laser toy for cats or pets is a battery laser for pets, not a child's toy; a laser-tag toy stays a toy;
- a ring-top or steel-frame pool ("Easy Set", "Steel Pro") is a family swimming pool even without its filter pump;
  a kids' paddling pool on the same shelf stays a children's toy;
- a box or case for playing cards is storage, not the card game its "Card Games" shelf names; a card game sold in a
  tin stays a game;
- a life counter for trading-card games is a players' accessory, not the cards its shelf names; a booster pack on
  the same shelf stays the children's trading cards.
"""

import pytest

from crossguard.engine.classification import TypeResult

# the catalog's own shelves (no "Toys" root: on a shelf that says "Toys" a dolls' house piece without a collector's
# scale reads toy, toy_shelf_dolls_house, tests/classification/test_lead39.py)
DOLLS_HOUSE = "Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Accessories"
DOLLS_HOUSE_FURNITURE = "Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Furniture"
POOL_SHELF = "Toys & Games > Sports Toys & Outdoor > Beach Toys > Paddling Pools"
CARD_GAMES = "Toys & Games > Games > Card Games"
CARD_SHELF = "Toys & Games > Hobbies > Trading Cards & Accessories > Packs & Sets"
BEAD_SHELF = "Toys & Games > Arts & Crafts > Children's Craft Kits > Bead Art & Jewellery-Making"
DISNEY_TOYS = "Toys & Games > Characters & Brands > Disney > Toys"


def assert_neither_toy_nor_childrens(result: TypeResult, product_type: str | None = None) -> None:
    """The reading names no toy and no children's product (and, when given, the type it should read)."""
    if product_type is not None:
        assert result.product_type == product_type, result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


def assert_childrens_toy(result: TypeResult) -> None:
    """The reading is a toy made for children."""
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Dolls House Miniature Nursery White Wooden Cot with Bedding 1:12 Scale", DOLLS_HOUSE_FURNITURE),
        ("Dolls House Miniature School Desk and Chalkboard Set", DOLLS_HOUSE_FURNITURE),
        ("Dolls House Miniature Victorian Baby Girl Doll in Christening Gown", DOLLS_HOUSE),
        ("Dolls House Miniature 1:12 Scale Childrens Wooden Toy Box with Toys", DOLLS_HOUSE),
        ("Dolls House Miniature Toy Pram Navy Blue 1:12th", DOLLS_HOUSE),
    ],
)
def test_a_miniatures_child_and_toy_words_name_its_subject(classify, title, category):
    result = classify(title, category=category)
    assert_neither_toy_nor_childrens(result, "dolls_house_miniature")


@pytest.mark.parametrize(
    ("title", "category", "brand"),
    [
        ("Sylvanian Families Nursery Set", DOLLS_HOUSE, "Sylvanian Families"),
        ("Peppa Pig Dolls House Furniture Pack", DOLLS_HOUSE_FURNITURE, None),
    ],
)
def test_a_young_child_makers_or_characters_miniatures_stay_childrens(classify, title, category, brand):
    result = classify(title, category=category, brand=brand)
    assert result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_childrens_item_that_is_no_miniature_keeps_its_child_word(classify):
    result = classify("Kids Wooden Toy Kitchen with Accessories")
    assert_childrens_toy(result)


@pytest.mark.parametrize(
    "title",
    [
        "Cars 2 Lightning McQueen and Finn McMissile Diecast Vehicle 2-Pack",
        "Cars 3 Cruz Ramirez Die-Cast Vehicle 1:55 Scale",
    ],
)
def test_the_cars_sequels_are_the_childrens_die_cast_line(classify, title):
    result = classify(title, category=DISNEY_TOYS, brand="Disney")
    assert_childrens_toy(result)


def test_a_pack_of_two_die_cast_cars_is_no_sequel(classify):
    result = classify("Bburago 1:43 Scale Diecast Cars 2 Pack Ferrari F40 and Enzo")
    assert_neither_toy_nor_childrens(result)


@pytest.mark.parametrize(
    "title",
    [
        "2 pieces Silver Stopper Beads fit Charm Bracelet - B1234",
        "10 x Tibetan Alloy Beads / Large Hole 4mm / fit Charm Bracelet",
    ],
)
def test_beads_that_fit_a_charm_bracelet_are_jewellery_supplies(classify, title):
    result = classify(title, category=BEAD_SHELF)
    assert_neither_toy_nor_childrens(result, "jewellery_supply")


def test_a_charm_bracelet_is_still_jewellery(classify):
    assert classify("Sterling Silver Charm Bracelet with Heart Clasp").product_type == "jewellery"


@pytest.mark.parametrize("title", ["Pet Laser Toys", "Interactive Cat Laser Toy with USB Charging"])
def test_a_laser_toy_for_pets_is_no_childs_toy(classify, title):
    result = classify(title)
    assert_neither_toy_nor_childrens(result, "pet_laser_toy")
    assert result.classes["eee"] and result.classes["battery"], (result.basis["eee"], result.basis["battery"])


def test_a_laser_tag_toy_stays_a_toy(classify):
    result = classify("Laser Tag Toy Blasters Set of 2 for Kids")
    assert_childrens_toy(result)


@pytest.mark.parametrize(
    ("title", "category", "expected"),
    [
        ("Gaming Life Counters for Trading Cards - Dark Green", CARD_SHELF, "trading_card_accessory"),
        ("Wooden Handcrafted Playing Card Box for Two Decks", CARD_GAMES, "game_accessory"),
    ],
)
def test_card_players_accessories_are_no_cards_or_card_game(classify, title, category, expected):
    assert_neither_toy_nor_childrens(classify(title, category=category), expected)


@pytest.mark.parametrize(
    ("title", "category", "expected"),
    [
        ("Pokemon Sun and Moon Booster Pack", CARD_SHELF, "trading_cards"),
        ("Uno Card Game in Collectors Tin Box", CARD_GAMES, "card_game"),
    ],
)
def test_cards_and_card_games_on_those_shelves_stay_toys(classify, title, category, expected):
    result = classify(title, category=category)
    assert result.product_type == expected
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", ["Intex 10ft x 30in Easy Set Pool", "Bestway Steel Pro 12ft x 30in Frame Pool"])
def test_a_ring_top_or_steel_frame_pool_is_a_family_pool(classify, title):
    result = classify(title, category=POOL_SHELF)
    assert_neither_toy_nor_childrens(result, "paddling_pool")


def test_a_kids_paddling_pool_stays_a_childrens_toy(classify):
    result = classify("Bestway 48 inch Ocean Life Paddling Pool for Kids", category=POOL_SHELF)
    assert_childrens_toy(result)
