"""Mercari's resellers (mr63, read from a helper's audit of 350 Mercari rows; issue 9).

A reseller ends a title with the deal ("Hp charger free shipping", "Charger NWT"), which no longer makes a word
that is both a kind and a modifier ("charger") attributive; files a charger or a watch on the device's own shelf;
names a console by its platform alone ("Sony PlayStation 2", "Sega Genesis"), calls a cable a charger by its length,
and writes vape pens, Wii remotes and a tracker's bands by their own names.
"""

from __future__ import annotations

import pytest

LAPTOPS = "Electronics/Computers & Tablets/Laptops & Netbooks"
PHONES = "Electronics/Cell Phones & Accessories/Cell Phones & Smartphones"


@pytest.mark.parametrize("title", ["Hp charger free shipping", "Charger NWT", "Charger brand new", "Charger like new",
                                   "Charger 20W new in box"])
def test_the_deal_after_a_charger_leaves_it_a_charger(classify, title):
    result = classify(title)
    assert result.product_type == "mains_charger", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_noun_after_the_word_still_makes_it_attributive(classify):
    assert classify("Toy box").product_type == "storage_organisation"
    assert classify("Charger cable").product_type != "mains_charger"
    assert classify("Remote control ship").product_type != "remote_control"  # ("ship" is a noun, no seller's word)


@pytest.mark.parametrize(("title", "category", "kind", "radio"), [
    ("Hp charger free shipping", LAPTOPS, "mains_charger", False),
    ("Apple Watch 38mm", PHONES, "smartwatch", True),
    ("Lcd monitor asus 1080 full HD", "Electronics/Computers & Tablets/Desktops & All-In-Ones", "monitor", False),
])
def test_a_device_shelf_yields_to_its_accessory_or_another_device(classify, title, category, kind, radio):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is radio, result.basis["radio"]


def test_the_device_itself_keeps_its_shelf(classify):
    result = classify("LIKE NEW IPHONE 5C", category=PHONES)
    assert result.product_type == "smartphone", result.basis["product_type"]


@pytest.mark.parametrize("title", ["Sony PlayStation 2", "Nintendo GameCube & Controller", "Sega Genesis",
                                   "Nintendo 64"])
def test_a_console_from_before_wifi_is_a_retro_console(classify, title):
    result = classify(title)
    assert result.product_type == "retro_console", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sony - PlayStation 4 (500GB)", "game_console"),
    ("Mario Kart 64 - Nintendo 64", "video_game"),
])
def test_a_modern_console_and_a_game_keep_their_readings(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_game_named_after_its_platform_is_no_console(classify):
    assert classify("Nintendo Switch - Mario Kart 8 Deluxe").product_type != "game_console"


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("6 Foot iPhone Charger", "charging_cable", False),
    ("iPhone 7 lightning USB cable charger", "charging_cable", False),
    ("iPhone charger", "mains_charger", True),
])
def test_a_charger_with_its_length_is_the_cable(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "kind", "cls", "value"), [
    ("Pink Camo Limited Edition Wii U Remote", "Electronics/Video Games & Consoles/Accessories", "wii_remote",
     "radio", True),
    ("4 Shisha hookah pens you choose flavors!", None, "e_cigarette", "battery", True),
    ("Action bronson waxpen", None, "e_cigarette", "eee", True),
    ("FITBIT ALTA BANDS", None, "watch_accessory", "radio", False),
    ("12 TWISTY SPONGE HAIR CURLERS", None, "grooming_tool", "mains_lv", False),
    ("Samsung Blue Ray 3D player", None, "disc_player", "mains_lv", True),
    ("Hatchimals Draggle", "Kids/Toys/Electronics for Kids", "electronic_toy", "eee", True),
])
def test_kinds_by_a_resellers_words(classify, title, category, kind, cls, value):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_cosmetics_brand_names_no_girl(classify):
    result = classify("Cover girl loose powder", category="Beauty/Makeup/Face")
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]
    assert classify("Girl dress size 6").classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "category"), [
    ("Opi Nail Polish", "Beauty/Makeup/Nails"),
    ("Jaclyn Hill Palette", "Beauty/Makeup/Makeup Palettes"),
])
def test_a_make_up_levels_nails_and_palettes_are_make_up(classify, title, category):
    assert classify(title, category=category).product_type == "cosmetics"


def test_hardware_nails_keep_their_shelf(classify):
    assert classify("Galvanised nails 50 mm", category="Tools > Hardware > Nails").product_type == "hardware"
