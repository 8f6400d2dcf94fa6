"""Toys and children's products that come with a mains part, and kinds on toy shelves that are not toys.

Toys run on batteries unless the box holds a mains adapter, so a toy type says `mains_lv: false` and only the title
can overrule it: "adaptor included", "adapter supplied". Heated sugar-spinning and melting machines sold as kids'
party makers (cotton candy, chocolate fountain) are mains appliances whatever shelf they sit on; a model-railway
controller feeds the track from the mains. On toy shelves, a jigsaw of more than 500 pieces and a collector's
statuette are not toys, whatever the shelf or the puzzle maker's brand says, nor are polyhedral role-playing dice.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("title", "mains"),
    [
        # the title says a mains adapter is in the box
        ("Bontempi 61 Key Electronic Keyboard, Mains Adaptor Included", True),
        ("Kids Laptop Toy (Adapter Supplied)", True),
        ("Toy Kitchen with Lights and Sounds, Adapter Included", True),
        ("Automatic Bubble Machine 2000+ Bubbles, Adaptor Included", True),
        ("儿童电子琴 含电源适配器", True),
        ("儿童电子琴 带适配器", True),
        # the same kinds without it stay battery toys or undecided
        ("Kids Electronic Keyboard 37 Keys Piano", False),
        ("Kids Laptop Toy with Lights and Sounds", False),
        ("Toy Kitchen with Lights and Sounds", False),
        ("Gazillion Bubbles Hurricane Bubble Machine", False),
        ("儿童电子琴", False),
    ],
)
def test_a_toy_whose_title_names_a_mains_adapter_is_mains(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains, (result.product_type, result.basis["mains_lv"])
    assert result.classes["eee"] is True or not mains


@pytest.mark.parametrize(
    "title",
    [
        # an adapter named beside a cable or a case is an accessory, not a mains product
        "HDMI Cable with Adapter",
        "Phone Case with Adapter",
    ],
)
def test_an_adapter_beside_an_accessory_is_not_mains(classify, title):
    assert classify(title).classes["mains_lv"] is False


@pytest.mark.parametrize(
    ("title", "product_type"),
    [
        # "with"/"including" end the head noun phrase, so the instrument stays the product (etoys40: a kids'
        # electronic keyboard is the narrower kids_keyboard, as "Kids Keyboard ... with Adaptor" already was)
        ("Kids Electronic Keyboard 61 Keys with Adaptor and Microphone", "kids_keyboard"),
        # an adaptor sold on its own is still an adaptor
        ("UK Mains Adaptor 9V 1A", "power_adapter"),  # recalls40: the power supply type (mains), not the signal adapter
        ("电源适配器 9V", "power_adapter"),
    ],
)
def test_the_adapter_words_leave_the_product_noun_alone(classify, title, product_type):
    assert classify(title).product_type == product_type


@pytest.mark.parametrize(
    ("title", "mains"),
    [
        ("Hello Kitty Cotton Candy Maker", True),
        ("Candy Floss Maker for Kids Party", True),
        ("Chocolate Fountain 3 Tier Kids Party", True),
        # the sweets themselves are food
        ("Cotton Candy Pink Tub 50g", False),
        ("Milk Chocolate Buttons Sharing Bag", False),
    ],
)
def test_kids_party_sugar_machines_are_mains_appliances(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains, result.product_type
    assert result.classes["toy"] is False


RAILWAY_CONTROL = "Hobbies > Model Trains & Railway Sets > Lighting & Signal Engineering > Control Modules"


@pytest.mark.parametrize(
    ("title", "category", "mains"),
    [
        ("Gaugemaster Twin Track Cased Controller", RAILWAY_CONTROL, True),
        ("Single Track Controller / Plug in Transformer", RAILWAY_CONTROL, True),
        ("Hornby Model Railway Train Controller", None, True),
        # a games pad or a slot-car hand throttle is no mains product
        ("Wireless Controller for PS4", None, False),
        ("Micro Scalextric 2x Hand Controllers Throttles", "Slot Cars, Race Tracks & Accessories > Race Tracks", False),
    ],
)
def test_a_model_railway_controller_is_mains_and_not_a_toy(classify, title, category, mains):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] is mains, (result.product_type, result.basis["mains_lv"])
    # lumped42: a slot-car hand throttle is read as the slot-car set's part (a toy), no longer as a gamepad
    assert result.classes["toy"] is False or result.product_type == "slot_car"


DISNEY_TOYS = "Characters & Brands > Disney > Toys"
STAR_WARS_TOYS = "Characters & Brands > Star Wars > Toys"


@pytest.mark.parametrize(
    ("title", "category", "brand", "toy"),
    [
        # more than 500 pieces: not a toy, even on a character's toy shelf or read as a puzzle maker's generic toy
        ("Disney Fireworks Jigsaw Puzzle (1000 Pieces)", DISNEY_TOYS, None, False),
        ("Painted Ladies San Francisco (1000 Pieces)", "Characters & Brands > Ravensburger", "Ravensburger", False),
        ("Puzzle Dawn at Lake (2000 Pieces)", "Games > Educational Games", None, False),
        ("迪士尼城堡拼图 1000片", None, None, False),
        # a children's puzzle on the same shelves stays a toy
        ("Disney Princess Jigsaw Puzzle (35 Pieces)", DISNEY_TOYS, None, True),
        ("My First Puzzles 4 in a Box", "Characters & Brands > Ravensburger", "Ravensburger", True),
        # a statuette is a display piece; an action figure on the same shelf is a toy
        ("Star Wars Statuette PVC 1/7 ARTFX Luke Skywalker", STAR_WARS_TOYS, None, False),
        ("Marvel Fine Art Statuette Iron Man 32 cm", "Figures & Playsets > Accessories", None, False),
        ("Star Wars Luke Skywalker 3.75 Action Figure", STAR_WARS_TOYS, None, True),
    ],
)
def test_large_puzzles_and_statuettes_on_toy_shelves_are_not_toys(classify, title, category, brand, toy):
    result = classify(title, category=category, brand=brand)
    assert result.classes["toy"] is toy, (result.product_type, result.basis["toy"])
    assert result.classes["children_12_under"] is toy


DICE_SHELF = "Games > Dice & Dice Games"


@pytest.mark.parametrize(
    ("title", "toy"),
    [
        # polyhedral role-playing dice are hobby-game accessories, even on the dice-games shelf
        ("Polyhedral 7-Die Opaque Dice Set - Blue with White (d4, d6, d8, d10, d12, d20 & d00)", False),
        ("Set of 7 Dungeons and Dragons DND Table Game Dice", False),
        ("5x Purple D10 Die, 10 Sided Dice", False),
        # a children's dice game and plain dice for board games stay toys
        ("Shut the Box Dice Game for Kids", True),
        ("Dice Game Family Fun Pack of 6 Dice", True),
    ],
)
def test_polyhedral_dice_are_not_toys(classify, title, toy):
    result = classify(title, category=DICE_SHELF)
    assert result.classes["toy"] is toy, (result.product_type, result.basis["toy"])


POOLS = "Sports Toys & Outdoor > Beach Toys > Paddling Pools"


@pytest.mark.parametrize(
    ("title", "mains", "toy"),
    [
        # a pool sold with its filter pump has a mains pump in the box and is a family swimming pool
        ("Intex 12ft x 30in Easy Set Pool with Filter Pump", True, False),
        ("Bestway 10ft Fast Set Pool Set With Filter Unit", True, False),
        # a paddling pool for children has neither
        ("Peppa Pig 3 Ring Paddling Pool for Kids", False, True),
    ],
)
def test_a_pool_with_a_filter_pump(classify, title, mains, toy):
    result = classify(title, category=POOLS)
    assert result.product_type == "paddling_pool", result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]
    assert result.classes["toy"] is toy, result.basis["toy"]
