"""A phone's model suffix and a phone shop's accessory shelves (mr62, read from Mercari's catalog; issue 9).

"Plus" after a model number ends the model's name ("iPhone 6s Plus Case") or an age ("Ages 3 Plus"), so it cuts
no accessory's noun off its title; after a count it still lists ("Pack of 4 Plus Charger"). And a level that holds a
kind with its accessories ("Cell Phones & Accessories") files cables, not phones, under "Cables & Adapters".
"""

from __future__ import annotations

import pytest

PHONES = "Electronics/Cell Phones & Accessories"


@pytest.mark.parametrize(("title", "kind"), [
    ("Adidas iPhone 6 Plus 6s Plus Case", "case_generic"),
    ("I phone 6 plus case", "case_generic"),
    ("Galaxy Note 8 Plus Screen Protector", "screen_protector"),
    ("iPhone 6 Plus /6s Plus Privacy Screen Protector", "screen_protector"),
])
def test_an_accessory_after_a_plus_model_is_the_accessory(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_plus_age_is_no_list(classify):
    result = classify("Building Blocks Set Ages 6 Plus")
    assert result.product_type == "building_set", result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Duracell AA Batteries Pack of 4 Plus Charger", "battery_cell"),
    ("Phone Case plus 2 Screen Protectors", "device_case"),
])
def test_plus_after_a_count_or_a_noun_still_lists(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", [
    "10ft red nylon braided cable for apple",
    "2 Black Aux Cord Cable",
    "iphone 5pcs cables-pk",
])
def test_a_cable_on_a_phone_shops_cable_shelf_is_no_phone(classify, title):
    result = classify(title, category=f"{PHONES}/Cables & Adapters")
    assert result.product_type == "cable", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_battery_on_its_shelf_there_is_the_battery(classify):
    result = classify("extra battery for lg g4", category=f"{PHONES}/Batteries")
    assert result.product_type == "battery_cell", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("category", [f"{PHONES}/Cell Phones & Smartphones", f"{PHONES}/Cables & Adapters"])
def test_a_phone_named_by_its_title_stays_the_phone(classify, category):
    result = classify("iPhone 6 64GB Gold Unlocked", category=category)
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


def test_a_kind_generic_leaf_under_a_bucket_without_accessories_keeps_its_reading(classify):
    # mr59: "Video Games & Consoles > Games" names no accessories: its games are video games, no board games
    result = classify("Madden 17", category="Electronics/Video Games & Consoles/Games")
    assert result.product_type == "video_game", result.basis["product_type"]
