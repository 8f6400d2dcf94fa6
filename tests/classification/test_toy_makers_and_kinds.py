"""Toy makers and product lines by audience, and toy electronics by kind (vocab16).

Written from general knowledge of the toy trade, not from label rows, then checked over the 30,408 catalog
products: makers whose whole range is toys for children, soft-toy makers, collector makers, lines named as the
product noun, pre-school characters, and kinds of toy that are electronic by nature. Each positive case has a
negative twin (another maker, or the same kind of title without the word) where the type's own default holds.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

DOLLS_HOUSE = "Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Accessories"
SCALE = "Die-Cast & Toy Vehicles > Toy Vehicles & Accessories > Scaled Models > Vehicles"
FIGURES = "Figures & Playsets > Military"
MASKS = "Fancy Dress > Accessories > Masks"
TOY_GUITARS = "Musical Toy Instruments > Guitars & Strings"


@pytest.mark.parametrize(
    ("title", "category", "brand", "audience"),
    [
        # a maker whose whole range is toys makes a plaything of a title that names no type
        ("Keel Toys 28cm Sitting Okapi", None, "Keel Toys", (True, True)),
        ("28cm Sitting Okapi", None, "Country Artists", (False, False)),
        ("Gund Snuffles Okapi 26cm", None, "Gund", (True, True)),
        ("Okapi Figurine 26cm", None, "Border Fine Arts", (False, False)),
        # dolls' house furniture from a maker of children's dolls' houses, even sold by its 1:18 scale
        ("Lundby Smaland Bathroom Set 1:18", DOLLS_HOUSE, "Lundby", (True, True)),
        ("Victorian Bathroom Set 1:12", DOLLS_HOUSE, "Dolls House Emporium", (False, False)),
        ("Sylvanian Families Village Bakery Counter", DOLLS_HOUSE, "Sylvanian Families", (True, True)),
        # Burago is how catalogs spell Bburago too: its mass-market die-cast is sold as a toy
        ("Burago 1:24 Porsche 911 GT3 Diecast Model", SCALE, "Burago", (True, True)),
        ("Porsche 911 GT3 1:24 Diecast Model", SCALE, "Minichamps", (False, False)),
        # collectors' toy soldiers and wargame miniatures are not toys; a children's figure maker's are
        ("Napoleonic Grenadier Marching Figure", FIGURES, "King & Country", (False, False)),
        ("Napoleonic Grenadier Marching Figure", FIGURES, "Papo", (True, True)),
        ("15mm Panzer IV Ausf H Figure Set x3", FIGURES, "Plastic Soldier Company", (False, False)),
    ],
)
def test_maker_decides_the_audience(classify, title, category, brand, audience) -> None:
    assert classes_of(classify(title, category=category, brand=brand), "toy", "children_12_under") == audience


@pytest.mark.parametrize(
    ("title", "brand", "classes"),
    [
        # a toy maker's replica of an appliance or tool is a toy, not mains equipment
        ("Theo Klein 8756 Bosch Cordless Screwdriver", "Theo Klein", (True, True, False)),
        ("Casdon Little Helper Henry Vacuum Cleaner", "Casdon", (True, True, False)),
        # the real Henry is a corded mains vacuum (power36: a vacuum cleaner reads mains)
        ("Henry Vacuum Cleaner HVR160", "Numatic", (False, False, True)),
    ],
)
def test_toy_replica_maker(classify, title, brand, classes) -> None:
    assert classes_of(classify(title, brand=brand), "toy", "children_12_under", "mains_lv") == classes


@pytest.mark.parametrize(
    ("title", "brand", "toy", "textile"),
    [
        # a Ty "Beanie" (the maker's name blanked out of the title) is a Beanie Baby, not a hat
        ('Hopper the Rabbit - 8" Beanie Classic', "Ty", True, False),
        ('Hopper the Rabbit - 8" Beanie Classic', "Regatta", False, True),
        # a soft toy "in Coat" is the plush, not the coat
        ("Keel Toys 20cm Scottie Dog in Coat", "Keel Toys", True, False),
        ("Boys Quilted Coat with Hood", "Regatta", False, True),
    ],
)
def test_soft_toy_maker_reads_the_plush(classify, title, brand, toy, textile) -> None:
    assert classes_of(classify(title, brand=brand), "toy", "textile") == (toy, textile)


@pytest.mark.parametrize(
    ("title", "product_type", "toy"),
    [
        # lines named as the product noun
        ("Pillow Pets Sleepy Panda 16 inch", "plush", True),
        ("Kinetic Sand 1kg Refill Pack, Blue", "craft_kit", True),
        ("Play-Doh Modelling Compound 10 Pack", "craft_kit", True),
        ("Rainbow Loom Metallic Starter Kit", "craft_kit", True),
        ("Spirograph Design Set with 18 Wheels", "craft_kit", True),
        # a cushion stays a cushion
        ("Memory Foam Pillow 60 x 40 cm", "pillow", False),
    ],
)
def test_lines_named_as_the_noun(classify, title, product_type, toy) -> None:
    result = classify(title)
    assert (result.product_type, result.classes["toy"]) == (product_type, toy)


@pytest.mark.parametrize(
    ("title", "children"),
    [
        ("Chuggington Insulated Lunch Bag", True),
        ("Chuggington Snap Card Game", True),
        ("Insulated Lunch Bag Red", False),
    ],
)
def test_pre_school_characters(classify, title, children) -> None:
    assert classify(title).classes["children_12_under"] is children


@pytest.mark.parametrize(
    ("title", "product_type", "radio", "toy"),
    [
        # a toy walkie-talkie is a two-way radio sold as a toy; the synonym used to hide the radio word
        ("Kids Walkie Talkies with Torch, 3km Range, Set of 2", "toy_walkie_talkie", True, True),
        ("PMR446 Walkie Talkie Pair Rechargeable", "walkie_talkie", True, False),
        # a radio-controlled creature is a radio toy; the rubber one is neither
        ("Remote Control Tarantula Spider with Glowing Eyes", "rc_vehicle", True, True),
    ],
)
def test_radio_toys_by_kind(classify, title, product_type, radio, toy) -> None:
    result = classify(title)
    assert (result.product_type, result.classes["radio"], result.classes["toy"]) == (product_type, radio, toy)


@pytest.mark.parametrize(
    ("title", "category", "brand", "power"),
    [
        # kinds that are electronic by nature
        ("Light Up Dance Mat for Kids with 5 Game Modes", None, None, (True, True)),
        ("Digital Virtual Pet Egg - Blue", None, None, (True, True)),
        ("Talking Globe with Interactive Pen", None, None, (True, True)),
        ("Simon Swipe Game - Blue", None, None, (True, True)),
        ("Pillow Pets Dream Lites Pink Bunny", None, None, (True, True)),
        ("Giant Rubber Spider Halloween Prop", None, None, (False, False)),
        ("Simon Says Party Game", None, None, (False, False)),
        # Laser Pegs light up from the kit's power brick; the line's name is blanked by the brand "Laser"
        ("Laser Pegs 12-in-1 Dragon Construction Set", None, "Laser", (True, True)),
        ("12-in-1 Dragon Construction Set", None, "Mega Bloks", (False, False)),
        # Paper Jamz guitars play through a speaker; a wooden guitar on the same shelf does not
        ("Paper Jamz Rock Guitar Series 2", TOY_GUITARS, "Paper Jamz", (True, True)),
        ("Acoustic Guitar 3/4 Size", TOY_GUITARS, "Valencia", (False, False)),
        # an animal mask with a sound chip, named after an "&"
        ("Lion Mask On Headband & Sound", MASKS, None, (True, True)),
        ("Lion Mask On Headband", MASKS, None, (False, False)),
    ],
)
def test_toy_electronics_by_kind(classify, title, category, brand, power) -> None:
    assert classes_of(classify(title, category=category, brand=brand), "eee", "battery") == power
