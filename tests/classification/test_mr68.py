"""Mercari's shelves outside electronics (mr68; issue 9): a kind the title names wins over a shelf named for another
(a slime on a fragrance or seasonal shelf, a costume on a baby-clothing or dress shelf, a belt on the watches shelf), a
jug's water filter is passive, an LED light-therapy mask is a beauty device."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind", "toy"), [
    ("Blue shimmer butter slime", "Beauty/Fragrance/Kids", "craft_kit", True),
    ("PURPLE RED GLITTER SLIME", "Home/Seasonal Décor/Valentine", "craft_kit", True),
    ("Baby Ladybug Halloween Costume 0-3 Month", "Kids/Girls 0-24 Mos/One-Pieces", "costume", True),
    ("Disney jasmine 18-24 months costume", "Kids/Girls 0-24 Mos/Dresses", "costume", True),
    ("Rae Dunn Thanksgiving mugs", "Home/Seasonal Décor/Thanksgiving", "mug", False),
])
def test_a_kind_the_title_names_wins_over_the_shelf(classify, title, category, kind, toy):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is toy, result.basis["toy"]


def test_a_belt_on_the_watches_shelf_is_no_watch(classify):
    result = classify("Hello kitty belt", category="Women/Women's Accessories/Watches")
    assert result.product_type == "clothing_accessory", result.basis["product_type"]
    assert result.classes["battery"] is not True, result.basis["battery"]


def test_a_watch_on_the_watches_shelf_stays_a_watch(classify):
    """The shelf in its own sense."""
    result = classify("Fossil quartz watch rose gold", category="Women/Women's Accessories/Watches")
    assert result.product_type == "watch", result.basis["product_type"]
    assert result.classes["battery"] is True


@pytest.mark.parametrize("title", ["4 pitcher filters Brita", "Brita water filter pitcher 10 cup"])
def test_a_jugs_water_filter_is_passive(classify, title):
    result = classify(title, category="Home/Kitchen & Dining/Water Coolers & Filters")
    assert result.product_type == "water_filter_jug", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert result.classes["eee"] is False, result.basis["eee"]


def test_a_squishys_plural_is_a_fidget_toy(classify):
    result = classify("2 Squishys", category="Kids/Girls (4+)/Accessories")
    assert result.product_type == "fidget_toy", result.basis["product_type"]


def test_an_led_light_therapy_mask_is_electrical(classify):
    result = classify("Neutrogena light therapy mask new in box", category="Beauty/Skin Care/Face")
    assert result.product_type == "beauty_device", result.basis["product_type"]
    assert result.classes["eee"] is True
