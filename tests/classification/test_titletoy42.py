"""Toys and children's products read from the title alone (titletoy42, issue 9).

A catalog with no category, or one whose tree the vocabulary does not know, is read from title and brand only:
- a franchise, character or make name that holds a product word must not take the head from the plaything the
  title's head phrase names ("Ratchet & Clank ... - ... Action Figure", "Doctor Who Cyber Controller ... Action
  Figure", "The Puppet Company - Long Sleeves - ... Hand Puppet", "Half-Shell Heroes", Case IH tractors, the Tiger
  Moth), while the tool, controller, case and animal words keep naming their own products;
- a paddling, wading or kiddie pool is by its name a small children's pool, so a toy; a family pool, a pool line
  with a filter pump and a bare swimming pool are not made children's by it;
- trading-card games' box and deck names (booster display, structure deck, card team set, tin deck) name trading
  cards, and Magic: The Gathering's stay a hobby game; a collector's tin of biscuits is no trading card;
- "shut the box" names the dice game; loom-band refills named with the bracelets they make are the craft kit, while
  a silicone bracelet or office rubber bands keep their own kinds.
"""

import pytest


def _no_category(classify, title: str, brand: str | None = None):
    return classify(title, brand=brand) if brand else classify(title)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Ratchet & Clank Series 1 - Captain Qwark Action Figure", "action_figure"),
        ("Ratchet and Clank - Deluxe Clank 6 inch Action Figure", "action_figure"),
        ("Doctor Who Cyber Controller (Series 2 Wave 3) 5 inch Action Figure", "action_figure"),
    ],
)
def test_the_head_phrase_names_the_plaything(classify, title, kind):
    result = _no_category(classify, title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_hand_puppet_of_a_long_sleeves_range_is_a_puppet(classify):
    # the brand field blanks "The Puppet Company" out of the title, leaving "Long Sleeves" the first phrase
    result = _no_category(classify, "The Puppet Company - Long Sleeves - Brown Bear Hand Puppet", "The Puppet Company")
    assert result.product_type == "puppet", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(
    "title",
    ["Turtles Half-Shell Heroes Mega Mutant Donnie", "Teenage Mutant Ninja Turtles Half-Shell Heroes Leo and Raph"],
)
def test_half_shell_heroes_is_no_case(classify, title):
    result = _no_category(classify, title)
    assert result.product_type != "case_generic", result.basis["product_type"]


def test_the_turtles_shredder_is_no_paper_shredder(classify):
    result = _no_category(classify, "Turtles Shredder and Foot Soldier Half-Shell Heroes (Pack of 2)")
    assert result.product_type not in ("office_electronics", "paper_shredder"), result.basis["product_type"]
    assert not result.classes["eee"], result.basis["eee"]


def test_a_paper_shredder_stays_a_shredder(classify):
    result = _no_category(classify, "Fellowes Powershred Paper Shredder 8 Sheet Cross Cut")
    assert result.product_type == "paper_shredder", result.basis["product_type"]  # (wm62: a kind of its own)
    assert result.classes["eee"], result.basis["eee"]


def test_a_half_shell_hero_turtle_is_a_toy(classify):
    result = _no_category(classify, "Turtles Half-Shell Heroes Mega Mutant Donnie")
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(
    "title", ["Siku 3275 - Case Quadtrac 600", "Britains 1:32 Case IH Maxxum 150 Tractor", "Case Puma 230 CVX 1:32"]
)
def test_a_case_ih_tractor_is_no_case(classify, title):
    result = _no_category(classify, title)
    assert result.product_type != "case_generic", result.basis["product_type"]


@pytest.mark.parametrize(
    "title", ["De Havilland DH82 Tiger Moth G-ADGV - Silver", "Triumph Tiger 100 - 1939 - Silver 1:24"]
)
def test_a_tiger_moth_or_triumph_tiger_is_no_toy_animal(classify, title):
    result = _no_category(classify, title)
    assert result.product_type != "toy_animal", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Ratchet Spanner Set 1/4 inch Drive 72 Teeth", "hand_tool"),
        ("Xbox One Wireless Controller - Black", "game_controller"),
        ("Hard Shell Carry Case - Black", "case_generic"),
        ("Tiger Plush Soft Toy 30cm", "plush"),
    ],
)
def test_the_product_words_still_name_their_own_products(classify, title, kind):
    result = _no_category(classify, title)
    assert result.product_type == kind, result.basis["product_type"]


def test_long_sleeves_on_a_garment_stay_a_garment(classify):
    result = _no_category(classify, "Women's Long Sleeves Cotton Blouse - Navy")
    assert result.product_type != "case_generic", result.basis["product_type"]
    assert result.classes["textile"], result.basis["textile"]


@pytest.mark.parametrize(
    "title",
    [
        "Three Ring Paddling Pool 45 inch Blue",
        "Inflatable Garden Paddling Pool 191x178x61cm",
        "Kiddie Pool 60 inch Round Inflatable",
        "Wading Pool Blue Lagoon 100cm",
    ],
)
def test_a_paddling_pool_is_a_childrens_toy(classify, title):
    result = _no_category(classify, title)
    assert result.product_type == "paddling_pool", result.basis["product_type"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(
    "title",
    [
        "Intex Easy Set Pool 10ft x 30in",
        "Easy Set Paddling Pool with Filter Pump 8ft",
        '120" x 72" x 22" Family Paddling / Swimming Pool',
    ],
)
def test_a_family_pool_is_not_made_childrens(classify, title):
    result = _no_category(classify, title)
    assert result.product_type == "paddling_pool", result.basis["product_type"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_bare_swimming_pool_stays_open(classify):
    result = _no_category(classify, "Intex 12ft x 30in Metal Frame Swimming Pool")
    assert result.product_type == "paddling_pool", result.basis["product_type"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    [
        "Yu-Gi-Oh! Cybernetic Revolution Booster Display (24 Packs)",
        "Yu-Gi-Oh Legendary Dragons Structure Deck",
        "Match Attax 2014/2015 Chelsea 17 Base 14/15 Card Team Set",
        "Pokemon Black Star Tin Deck",
    ],
)
def test_trading_card_boxes_and_decks_are_trading_cards(classify, title):
    result = _no_category(classify, title)
    assert result.product_type == "trading_cards", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]


def test_a_magic_the_gathering_booster_display_stays_a_hobby_game(classify):
    result = _no_category(classify, "Magic the Gathering Theros Booster Display (36 Packs)")
    assert result.product_type == "trading_cards", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


def test_a_collectors_tin_of_biscuits_is_no_trading_card(classify):
    result = _no_category(classify, "Walkers Shortbread Collectors Tin 500g")
    assert result.product_type != "trading_cards", result.basis["product_type"]


def test_shut_the_box_is_a_dice_game(classify):
    result = _no_category(classify, "Traditional Wooden Shut The Box", brand="Pintoy")
    assert result.product_type == "dice_game", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(
    "title",
    [
        "Pack of 50pcs Loom Rubber Bands Bracelets Refill C-Clips",
        "600pcs Latex-free Loom Refill Rubber Bands with 24 S-Clips",
    ],
)
def test_loom_band_refills_are_a_childrens_craft(classify, title):
    result = _no_category(classify, title)
    assert result.product_type == "craft_kit", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Silicone Rubber Bracelets Wristbands Pack of 10", "jewellery"),
        ("Rubber Bands 100g Assorted Sizes", "office_supplies"),
    ],
)
def test_bracelets_and_rubber_bands_keep_their_kinds(classify, title, kind):
    result = _no_category(classify, title)
    assert result.product_type == kind, result.basis["product_type"]
