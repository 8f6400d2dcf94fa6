"""Stop 68's audit of Mercari outside its electronics department (mr69; issue 9): shelves of goods that hold devices."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Digital scale weight scale", "Home/Kitchen & Dining/Kitchen Utensils & Gadgets", "health_monitor"),
    ("Led sign \"welcome open\" new", "Home/Artwork/Posters & Prints", "neon_sign"),
])
def test_a_goods_shelf_yields_to_the_device_a_title_names(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "category"), [
    ("Silicone spatula set", "Home/Kitchen & Dining/Kitchen Utensils & Gadgets"),
    ("Poster Telephone vintage", "Home/Artwork/Posters & Prints"),
])
def test_the_shelfs_own_goods_stay_passive(classify, title, category):
    assert classify(title, category=category).classes["eee"] is not True


@pytest.mark.parametrize(("title", "kind"), [("Medela Pump In Style Advanced Breastpump", "baby_appliance"),
                                             ("Digital HairStraightener Brush", "hair_styler"),
                                             ("Gel nail curing lamp 36W", "beauty_device")])
def test_joined_spellings_and_other_names_of_devices(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True


def test_a_singing_toothbrush_has_a_sound_chip(classify):
    result = classify("JUSTIN BIEBER SINGING TOOTHBRUSH")
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_plain_toothbrush_stays_passive(classify):
    assert classify("Bamboo toothbrush soft bristles").classes["eee"] is not True


def test_the_solar_system_is_no_solar_device(classify):
    assert classify("Solar system magnet set").classes["eee"] is not True
