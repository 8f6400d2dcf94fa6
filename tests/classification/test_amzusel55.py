"""Electrical classes on the unseen Amazon US catalog, a second audit (amzusel55, stop 55, issue 9).

A fresh audit of the catalog's 699 non-blind rows found kinds the vocabulary lacked or misread: a role-playing
"creature generator" read a power generator, TCG Toys (the 20Q games' maker) read trading cards, a corkscrew loop of a
toy track read a kitchen tool, "Batman 1966 TV" read a television; a megaphone (a speaker synonym) left its battery
open; tiny arcade cabinets, wiggle pens, a child's play tape recorder and three toy lines that sound on cells in every
version were not read as electronic. Each change has its look-alikes: a real generator, trading cards, a waiter's
corkscrew, a television, a cheerleader's cone, a gel pen, a grown-up's tape recorder, a wound record player.
"""

from __future__ import annotations

import pytest

from .test_amzel54 import _off, _on  # all or none of the classes set

MUSICAL_TOYS = "Toys & Games > Baby & Toddler Toys > Musical Toys"
PLUSH = "Toys & Games > Stuffed Animals & Plush Toys"


# --- words that named a device -------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Dungeon and Creature Generator for Old-School Fantasy RPGs, Hardcover",
    "Random Encounter Generator Card Deck for Tabletop Role-Playing Games",
    "The Monster Generator: 1,000 Beasts for Your Campaign",
])
def test_a_role_playing_generator_is_no_machine(classify, title):
    result = classify(title)
    assert result.product_type != "portable_generator"
    assert _off(result, "eee", "mains_lv"), (result.product_type, result.basis["eee"])


def test_a_power_generator_is_still_one(classify):
    result = classify("Champion 3500-Watt Dual Fuel Portable Generator with Electric Start")
    assert result.product_type == "portable_generator"
    assert _on(result, "eee")


def test_the_20q_makers_name_is_no_trading_card(classify):
    result = classify("TCG Toys 20Q Classic Handheld Game, Blue/Silver")
    assert result.product_type == "electronic_toy"
    assert _on(result, "eee", "battery")


@pytest.mark.parametrize("title, kind", [
    ("Pokemon TCG: Scarlet & Violet Booster Pack", "trading_cards"),
    ("Magic The Gathering TCG Deck Box, Black", None),
])
def test_a_trading_card_game_stays_cards(classify, title, kind):
    result = classify(title)
    if kind:
        assert result.product_type == kind
    assert _off(result, "eee", "battery")


@pytest.mark.parametrize("title", [
    "Hot Wheels Corkscrew Loop Track Set with 1 Car",
    "Marble Run Corkscrew Chaos Add-On Pack",
])
def test_a_tracks_corkscrew_is_no_kitchen_tool(classify, title):
    assert classify(title).product_type != "kitchen_tool"


def test_a_waiters_corkscrew_is_a_kitchen_tool(classify):
    assert classify("Stainless Steel Waiter's Corkscrew with Foil Cutter").product_type == "kitchen_tool"


def test_batmans_1966_tv_series_is_no_television(classify):
    result = classify("Funko POP PEZ: Batman 1966 TV - Batgirl Candy Dispenser")
    assert result.product_type != "television"
    assert _off(result, "mains_lv", "radio")


def test_a_television_is_still_one(classify):
    result = classify("Samsung 55 Inch Class 4K UHD Smart TV (2021)")
    assert result.product_type in ("television", "smart_tv") or _on(result, "mains_lv", "radio")


# --- a megaphone runs on cells ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Portable Megaphone Bullhorn with Siren and Recording, 30 Watt",
    "Bullhorn Speaker with Detachable Microphone, Rechargeable",
    "手持喊话器 大功率 可录音",
])
def test_a_megaphone_runs_on_batteries(classify, title):
    result = classify(title)
    assert result.product_type == "megaphone"
    assert _on(result, "eee", "battery")
    assert _off(result, "radio", "mains_lv")


@pytest.mark.parametrize("title", [
    "Cheerleading Megaphone, 12 Inch Plastic, Red",
    "Go Team Megaphone Foil Balloon, 29 Inch",
    "Paper Megaphone Party Favors, Pack of 12",
])
def test_a_cone_or_balloon_megaphone_is_not_electric(classify, title):
    result = classify(title)
    assert result.product_type != "megaphone"
    assert _off(result, "eee", "battery")


# --- electronic toys by kind and by line -----------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Super Impulse Tiny Arcade Frogger",
    "20Q Harry Potter Electronic Guessing Game",
    "Unicorn Wiggle Pens for Kids, Set of 4",
    "Dinosaur Wiggly Pens, Party Favor Pack",
])
def test_small_electronic_games_and_pens(classify, title):
    result = classify(title)
    assert _on(result, "eee", "battery"), (result.product_type, result.basis["eee"])


def test_a_plain_pen_set_is_not_electric(classify):
    assert _off(classify("Gel Pens for Kids, Set of 24 Glitter Colors"), "eee", "battery")


@pytest.mark.parametrize("title, category", [
    ("Fisher-Price Classic Play Tape Recorder with Microphone", MUSICAL_TOYS),
    ("Kids Tape Recorder with Sing-Along Microphone", ""),
    ("Retro Toy Cassette Player for Toddlers", ""),
])
def test_a_childs_tape_recorder_is_an_electronic_toy(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "electronic_toy"
    assert _on(result, "eee", "battery", "toy")


def test_a_grown_ups_tape_recorder_is_no_toy(classify):
    result = classify("Sony Cassette Tape Recorder with Built-in Microphone TCM-450")
    assert result.product_type != "electronic_toy"
    assert _on(result, "eee")
    assert _off(result, "toy")


def test_a_wound_music_box_record_player_is_not_electric(classify):
    result = classify("Fisher-Price Classic Music Box Record Player", category=MUSICAL_TOYS)
    assert _off(result, "eee", "battery")


@pytest.mark.parametrize("title, category", [
    ("Crate Creatures Surprise Flappers Monster - Grumbles", PLUSH),
    ("Crate Creatures Surprise Hyde and Seek Monster", ""),
    ("Yellies! Scurry; Voice-Activated Mouse Pet", ""),
    ("Stink Bomz Plush Toy, Mr. Whiffy", PLUSH),
])
def test_a_line_that_sounds_in_every_version_is_electric(classify, title, category):
    result = classify(title, category=category or None)
    assert _on(result, "eee", "battery"), (result.product_type, result.basis["eee"])


@pytest.mark.parametrize("title, category", [
    ("Monster Plush Toy in a Wooden Crate, 10 Inch", PLUSH),
    ("Sea Creatures Stuffed Animal Set, 6 Pack", PLUSH),
])
def test_plain_plush_of_the_same_words_is_not_electric(classify, title, category):
    assert _off(classify(title, category=category), "eee", "battery")
