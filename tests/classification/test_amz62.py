"""A toy store's genre shelves and audiences (amz62, read from Amazon US's Toys & Games rows; issue 9).

Headphones and a sleeping bag filed on a genre shelf ("Pretend Play", "Play Tents") are what the title says; a
minimum age of 12 or 13 makes a teen's product, no child's; a collector line named alone is its figure; the
comics publisher Dark Horse is no toy horse; cuddle pillows, electronic masks and snowball makers are playthings.
"""

from __future__ import annotations

import pytest

PRETEND = "Toys & Games | Dress Up & Pretend Play | Pretend Play"


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Turtle Beach XO Three Gaming Headset for Xbox One", PRETEND, "headphones"),
    ("Izzy The Friendly Monster Sleeping Bag 58 x 28", "Toys & Games | Sports & Outdoor Play | Play Tents & Tunnels",
     "sleeping_bag"),
])
def test_goods_on_a_toy_genre_shelf_are_no_playthings(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_pretend_play_toy_on_that_shelf_stays_a_toy(classify):
    result = classify("Melissa & Doug Wooden Kitchen Play Food Set", category=PRETEND)
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize("title", [
    "3D Crystal Jigsaw Puzzle Grapes for Adults & Kids Age 12 and Up",
    "Strategy Card Game Ages 13+",
])
def test_a_minimum_age_of_12_or_13_is_no_childs_product(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize("title", ["3D Crystal Jigsaw Puzzle for Kids Ages 8+", "Wooden Puzzle for Kids Age 3 to 5"])
def test_a_childs_minimum_age_keeps_the_childs_product(classify, title):
    assert classify(title).classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Funko Pop! Games: Fortnite - Tomatohead", "Nendoroid Hatsune Miku"])
def test_a_collector_line_named_alone_is_its_figure(classify, title):
    result = classify(title)
    assert result.product_type == "collectible_figure", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_dark_horse_is_a_publisher_not_a_horse(classify):
    result = classify("Dark Horse Deluxe Frank Frazetta The Destroyer Magnet")
    assert result.product_type != "toy_animal", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Little Pony Rainbow Dash Cuddle Pillow Large", "plush"),
    ("Stormtrooper Electronic Mask", "electronic_toy"),
    ("Lucky Bums Snowball Snowbrick Maker Set", "water_toy"),
])
def test_playthings_by_their_own_names(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize("title", ["Roces Icon Fitness Inline Skate", "Bauer Supreme Ice Skate Senior"])
def test_a_skate_in_the_singular_is_sports_equipment(classify, title):
    result = classify(title)
    assert result.product_type == "sports_equipment", result.basis["product_type"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Skill Sharpeners Math Book, Grade 1", True),
    ("Mathological Liar Game, Grade 6", True),
    ("Genetics and Heredity Curriculum Mastery Flip Chart Set, Grade 6-10", False),
    ("Algebra Workbook for High School", False),
])
def test_a_school_grade_says_whose_it_is(classify, title, expected):
    result = classify(title)
    assert result.classes["children_12_under"] is expected, result.basis["children_12_under"]


def test_a_grade_of_metal_is_no_school_grade(classify):
    result = classify("Grade 5 Titanium Bolt M6 x 20")
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_party_cups_on_a_party_shelf_are_no_toy(classify):
    result = classify("Hot/Cold Cups, 9 oz, Metallic Webs 8 Count",
                      category="Toys & Games | Party Supplies | Party Tableware | Cups")
    assert result.classes["toy"] is False, result.basis["toy"]
    toy_cup = classify("Tea Party Set Cups", category="Toys & Games | Pretend Play | Kitchen Toys")
    assert toy_cup.classes["toy"] is True, toy_cup.basis["toy"]
