"""Toys and children's products by title alone (kid57, issue 9).

A feed with no usable category leaves the title and, sometimes, the brand: what a title alone says about a toy. The
audit (Amazon US rows outside its blind set, 300 toy, baby and kids rows of the old catalogs) found US makers of toys
only written first in titles that name no kind, their play food and dolls' house furniture read as grown-up kinds, and
a few playthings and garments without a word (a toddler's climber, a play tunnel, a lightsaber, a backyard water
park, bloomers, a shoe named by its style).
Both sides of each: the grown-up product a maker does not make, the lookalike word, the hobby's miniature.
"""

from __future__ import annotations

import pytest


def _kids(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a toy maker named first in a title that names no kind ------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Schylling Classic Tin Racer, Silver",
    "Colorforms Brand Frozen Create a Story Restickable Set",
    "Constructive Playthings Rainbow Wood Shapes, Set of 48",
    "Magic Cabin 20-Piece Little Builder's Set",
    "Toysmith Neon Go Outside Catch Set",
    "Educational Insights Kanoodle Extreme",
])
def test_a_toy_makers_untyped_title_is_its_toy(classify, title):
    result = classify(title)
    assert result.product_type == "toy"
    assert _kids(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [
    # the title names its own kind: the maker names nothing
    ("Schylling Enamel Camping Mug, Blue", "mug"),
    ("Learning Resources Zip Pencil Case", "pencil_box"),
])
def test_a_toy_makers_named_kind_stands(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_first_name_is_no_toy_maker(classify):
    """"Alex" alone is a first name: only "Alex Brands" is read as the maker."""
    assert not classify("Alex Smith Signature Collection Throw").classes["toy"]


def test_a_maker_named_with_toys_keeps_its_toy_word(classify):
    """"Alex Toys" is not in the list: as a modifier phrase it would hide the title's "Toys" from the toy word."""
    assert classify("Alex Toys Craft Giant Paper Flowers in a Vase").classes["toy"]


# --- a toy maker's play food and dolls' house furniture ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Learning Resources Smart Snacks Sorting Cupcakes", None),
    ("Melissa & Doug Wooden Doll House Furniture, Bedroom Set", None),
    ("Smart Snacks Sorting Cupcakes", "Learning Resources"),
])
def test_a_toy_makers_play_food_and_dolls_house_furniture_are_toys(classify, title, brand):
    result = classify(title, brand=brand) if brand else classify(title)
    assert _kids(result) == (True, True)


@pytest.mark.parametrize("title", [
    "Glazed Ring Doughnuts, 12 Pack",
    "Dolls House Furniture 1:12 Scale Walnut Dresser",
])
def test_food_and_a_hobby_miniature_without_a_toy_maker_stay_grown_up(classify, title):
    assert _kids(classify(title)) == (False, False)


# --- playthings a title names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Soft Foam Climb and Slide Set for Toddlers", "playground"),
    ("Indoor Climber with Slide, Ages 1-3", "playground"),
    ("Pop Up Crawl Tunnel, Rainbow", "playground"),
    ("Star Wars Rebels Kanan Extendable Lightsaber", "toy_weapon"),
    ("Inflatable Water Park with Climbing Wall and Sprayer", "water_toy"),
])
def test_a_plaything_named_by_its_noun(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    # a lightsaber named beside another kind is that kind
    ("Star Wars Lightsaber Chopsticks, Set of 2", "tableware"),
    # a climber's rope is no toddler's climber
    ("Dynamic Climbing Rope 60m for Climbers", "sports_equipment"),
])
def test_plaything_words_beside_another_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["toy"]


def test_bloomers_are_a_garment(classify):
    result = classify("Baby Girl's Frilly Bloomers, Pack of 3")
    assert result.product_type == "underwear"
    assert result.classes["textile"] and result.classes["children_12_under"]


@pytest.mark.parametrize("title", ["Force Ten Boys School Slip On", "Formal Black Monk Strap"])
def test_a_shoe_named_by_its_style_alone(classify, title):
    result = classify(title)
    assert result.product_type == "shoes"
    assert result.classes["textile"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Slip On Case for iPhone 12, Clear", "case_generic"),
    ("Slip-On Bed Skirt, Queen, White", "bedding"),
])
def test_a_slip_on_cover_is_its_own_noun(classify, title, kind):
    assert classify(title).product_type == kind
