"""Mercari's games shelf and the consoles' own pads (mr64b; issue 9).

On "Video Games & Consoles > Games" a title's "game", a LEGO tie-in or "Banjo" names the video game
(`video_game.shelf_keeps`); the consoles' own pads by name are wireless with a battery (`wireless_game_controller`),
and an "Accessories" shelf's spare part no longer closes the battery a wireless pad's rule opens (`_apply_when`
before the fillers, power rules only).
"""

from __future__ import annotations

import pytest

GAMES = "Electronics/Video Games & Consoles/Games"
CONSOLE_ACCESSORIES = "Electronics/Video Games & Consoles/Accessories"


@pytest.mark.parametrize("title", [
    "3 Fun Donkey Kong Mario Games DS",
    "Madden 07 game",
    "Lego Harry Potter Years 1-4 Wii",
    "Banjo Tooie",
])
def test_a_game_word_on_the_video_games_shelf_is_the_video_game(classify, title):
    result = classify(title, category=GAMES)
    assert result.product_type == "video_game", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


def test_the_same_word_on_a_board_games_shelf_stays_a_board_game(classify):
    result = classify("Monopoly board game", category="Toys & Games > Games > Board Games")
    assert result.product_type == "board_game", result.basis["product_type"]
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", ["Xbox one controller", "PS4 Controller DualShock 4 Black",
                                   "Nintendo Switch Joy-Con (L/R) - Neon"])
def test_a_consoles_own_pad_is_wireless_with_a_battery(classify, title):
    result = classify(title, category=CONSOLE_ACCESSORIES)
    assert result.product_type == "wireless_game_controller", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize("title", ["Wired Controller for PS4", "Xbox 360 controller"])
def test_a_third_partys_or_an_older_pad_stays_open(classify, title):
    result = classify(title)
    assert result.product_type == "game_controller", result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_a_wired_console_pad_has_no_radio(classify):
    result = classify("Wired PS4 controller for PC")
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize("title", ["Joy-Con Wrist Strap 2 pack", "PS4 controller thumb grips"])
def test_a_pads_straps_and_grips_are_no_pad(classify, title):
    result = classify(title)
    assert result.classes["radio"] is not True, result.basis["radio"]


@pytest.mark.parametrize("title", ["PS4 Plus 12 Month Membership", "Wii and Wii U"])
def test_a_platform_and_another_or_a_service_is_no_console(classify, title):
    assert classify(title).product_type != "game_console"


def test_a_wireless_pad_on_an_accessories_shelf_keeps_its_battery(classify):
    result = classify("Xbox One Wireless Controller - Blue", category=CONSOLE_ACCESSORIES)
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_platform_without_its_maker_before_what_comes_with_it_is_the_console(classify):
    result = classify("Xbox 360 w controllers & madden 13")
    assert result.product_type == "game_console", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


def test_a_platform_alone_without_its_maker_names_no_console(classify):
    assert classify("Wii").product_type is None


# -- mr64c, cd64e: an electrical leaf under a kind that needs none; words read out of context -----------------------

def test_a_small_appliances_leaf_under_kitchen_and_dining_is_electrical(classify):
    result = classify("Waffle Maker brand new never used !", category="Home/Kitchen & Dining/Small Appliances")
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_the_dining_shelf_alone_stays_tableware(classify):
    result = classify("Foo", category="Home/Kitchen & Dining/Dinnerware")
    assert result.classes["eee"] is not True, result.basis["eee"]


@pytest.mark.parametrize(("title", "cls", "value"), [
    ("Marvel Legends Iron Patriot", "mains_lv", False),
    ("Pyrex Daisy #501 Refrigerator Dish", "mains_lv", False),
    ("Fidget spinner white blue tooth speaker", "radio", True),
])
def test_words_read_in_their_sense(classify, title, cls, value):
    result = classify(title)
    assert result.classes[cls] is value, result.basis[cls]


def test_a_wired_hands_free_kit_has_no_radio(classify):
    result = classify("Pour sony xperia p / s / u : kit mains libres stéréo",
                      category="TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > CASQUE - ECOUTEUR FILAIRE - KIT PIETON")
    assert result.classes["radio"] is not True, result.basis["radio"]
