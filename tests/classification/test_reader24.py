"""Toys, children's goods and bedding, fourth pass (reader24, issue 9): each reading both ways.

1. A toy word or a toy maker stops a machine type: "Toy Chainsaw", "Pretend Play Vacuum Cleaner", "玩具电钻" are
   toys with no mains (and no battery or electronics unless the title says so); real children's machines ("Kids
   Electric Scooter", "Children's Electric Toothbrush", "Kids Tablet") keep theirs.
2. Mattress and pillow protectors and toppers are bedding (textile), a crib one children's bedding, even on a
   "Baby Mattresses" shelf; a crib mattress stays a mattress.
3. The "Toys"-shelf audience rule leaves out the kinds whose audience reads family or adult (games, trivia, cards)
   and what adult fans carry (lanyards, money banks).
4. A school topic makes a game a children's one; a toy-like money box is a children's product, a plain one not.
5. The classic children's card games (snap, go fish, old maid) refine a "Card Games" shelf; "My
   First" titles are children's products.
"""

from __future__ import annotations

import pytest

_TOY_MACHINES = [
    ("Toy Chainsaw", "power_tool"),
    ("Kids Toy Lawn Mower", "garden_power_tool"),
    ("Toy Generator", "portable_generator"),
    ("Pretend Play Vacuum Cleaner", "vacuum_cleaner"),
    ("Toy Hair Dryer", "hair_dryer"),
    ("Toy Microwave Oven", "microwave"),
    ("玩具电钻", "power_tool"),
    ("玩具吸尘器", "vacuum_cleaner"),
]


@pytest.mark.parametrize(("title", "kind"), _TOY_MACHINES)
def test_a_toy_word_stops_the_machine(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]
    for name in ("mains_lv", "battery", "eee"):
        assert result.classes[name] is False, result.basis[name]


@pytest.mark.parametrize(
    ("title", "brand"),
    [("Kitchen Blender", "Play-Doh"), ("Little Tikes Lawn Mower", ""), ("Kids Dirt Bike", "LEGO"),
     ("Fisher-Price Hair Dryer", "")],
)
def test_a_toy_maker_stops_the_machine(classify, title, brand):
    result = classify(title, brand=brand or None)
    assert result.classes["toy"] is True, result.basis["toy"]
    for name in ("mains_lv", "battery", "eee"):
        assert result.classes[name] is False, result.basis[name]


@pytest.mark.parametrize(
    "title", ["Toy Chainsaw with Lights and Sounds", "Battery Operated Toy Vacuum Cleaner", "儿童玩具电钻 电动 声光"]
)
def test_a_toy_machine_that_says_it_has_a_circuit_keeps_it_but_not_the_mains(classify, title):
    result = classify(title)
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_replica_is_not_the_machine(classify):
    result = classify("Replica Chainsaw Prop")
    assert result.classes["eee"] is False, result.basis["eee"]
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize(
    ("title", "cls"),
    [("Kids Electric Scooter", "battery"), ("Children's Electric Toothbrush", "eee"), ("Kids Tablet", "radio"),
     ("儿童电动牙刷", "eee"), ("Makita 18V LXT Cordless Chainsaw", "battery"),
     ("Dyson V8 Cordless Vacuum Cleaner", "battery"),
     ("Vacuum Cleaner for Toys and Crumbs", "eee"), ("Toy Hauler Generator 3500W", "eee")],
)
def test_real_machines_keep_their_classes(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is True, result.basis[cls]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "category", "kind", "children"),
    [("Baby Mattress Protector", "Baby Care >> Baby Bedding >> Baby Mattresses", "crib_mattress_protector", True),
     ("Cozy Mattress Protector (Set of 2)", "Baby Care >> Baby Bedding >> Baby Mattresses", "mattress_protector", True),
     ("Waterproof Crib Mattress Protector", None, "crib_mattress_protector", True),
     ("婴儿床垫保护罩", None, "crib_mattress_protector", True),
     ("Mattress Protector Queen", "Home > Mattresses", "mattress_protector", False),
     ("Memory Foam Mattress Topper King", None, "mattress_protector", False),
     ("Pillow Protectors Pack of 2", None, "mattress_protector", False),
     ("床垫保护罩 1.8米", None, "mattress_protector", False)],
)
def test_protectors_and_toppers_are_bedding(classify, title, category, kind, children):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "category"),
    [("Crib Mattress 52 x 28", "Baby Care >> Baby Bedding >> Baby Mattresses"), ("Cot Mattress Foam", None)],
)
def test_a_crib_mattress_stays_a_mattress(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "crib_mattress", result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]


@pytest.mark.parametrize(
    ("title", "shelf_kind"),
    [("Lanyard With Mickey Ears Dangle - Disney's Mickey Mouse ID Holder", "lanyard"),
     ("Trivial Pursuit Disney Edition", "trivia_game"),
     ("Jack Skellington Piggy Bank", "money_box")],
)
def test_the_toys_shelf_leaves_adult_fan_kinds_alone(classify, title, shelf_kind):
    result = classify(title, category="Characters & Brands > Disney > Toys")
    assert result.product_type == shelf_kind, result.basis["product_type"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title", ["Princess Filled Pencil Case", "Mickey Mouse Swim Armbands", "Minnie Mouse Memory Match Game"]
)
def test_the_toys_shelf_still_makes_childrens_kinds(classify, title):
    result = classify(title, category="Characters & Brands > Disney > Toys")
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    ["Equivalent Fractions Snap Card Game", "Phonics Bingo Game", "Times Tables Board Game",
     "Alphabet Go Fish Card Game", "Telling the Time Dominoes", "乘法口诀 卡牌游戏"],
)
def test_a_school_topic_makes_a_childrens_game(classify, title):
    result = classify(title)
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    ["1000 Piece Jigsaw Puzzle - Counting Sheep", "Spell Book Card Game", "Family Spelling Board Game",
     "Trivia Game for Adults: Spelling", "Canasta Card Game"],
)
def test_no_school_topic_keeps_the_family_reading(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "children"),
    [("Cartoon Piggy Bank", True), ("Kids Money Box Unicorn", True), ("卡通存钱罐", True), ("Tirelire enfant", True),
     ("Ceramic Piggy Bank", False), ("Money Box", False), ("存钱罐", False), ("Spardose Metall", False)],
)
def test_a_toy_like_money_box_is_a_childrens_product(classify, title, children):
    result = classify(title)
    assert result.product_type == "money_box", result.basis["product_type"]
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize(
    "title", ["Where in the World Snap Card Game", "Go Fish Card Game", "Old Maid Card Game", "儿童卡牌游戏"]
)
def test_a_classic_childrens_card_game_refines_the_card_games_shelf(classify, title):
    result = classify(title, category="Games > Card Games")
    assert result.product_type == "kids_card_game", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["Rummy Card Game", "Family Card Game Night", "Poker Card Game"])
def test_other_card_games_keep_the_family_reading(classify, title):
    result = classify(title, category="Games > Card Games")
    assert result.product_type != "kids_card_game", result.basis["product_type"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "children"),
    [("Reeves My First Canvas by Numbers", True), ("My First Money Snap", True), ("First Aid Kit Canvas Bag", False)],
)
def test_my_first_names_a_childrens_product(classify, title, children):
    result = classify(title)
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]
