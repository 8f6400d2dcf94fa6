"""Toy kinds with no word (kinds44, stop 44, issue 9).

Sellers list some toy kinds by their own noun, which no type named: shaped and puzzle erasers (read as pens),
soap-bubble wands and refills (read as nothing), sheets of temporary tattoos named by the bare plural ("Super Hero
Tattoos"), sequin-art picture kits and egg shakers. Each word has a look-alike that must keep its reading: a plain
eraser is a pen, a tattoo machine or ink is no toy tattoo, bubble wrap and bubble bath are no bubble toy, an electric
bubble machine stays an electronic toy.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", [
    "chocolate biscuit eraser from Japan by Iwako",
    "Iwako Japanese Erasers Set of 7 Assorted",
    "Cute Dinosaur Erasers (Pack of 8)",
    "TY Puzzle Eraserz - Mystic The Unicorn - Pink",
    "24 Pcs Food Erasers Mini Puzzle Erasers for Kids Party Bag Fillers",
    "卡通造型橡皮 食物橡皮 小学生奖品",
    "Puzzle Radiergummi Tiere 12 Stück",
])
def test_a_shaped_or_puzzle_eraser_is_a_childrens_toy(classify, title):
    result = classify(title)
    assert result.product_type == "novelty_eraser", result.basis["product_type"]
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Staedtler Mars Plastic Eraser Pack of 4",
    "Faber-Castell Dust Free Erasers, White",
    "Pentel Hi-Polymer Eraser Large",
])
def test_a_plain_eraser_stays_stationery(classify, title):
    result = classify(title)
    assert result.product_type == "pen", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Super Hero Tattoos - Pack of 48",
    "Halloween Vampire Tattoos",
    "Minions Mix 1 Tattoo Pack",
    "Marvel's Avengers Color Tattoo Sheets [4 Per Package]",
    "Temporary Flash Tattoos Metallic Silver Gold Body Art",
    "24 Kids Super Hero Tattoos",
    "Kindertattoos Piraten 2 Bögen",
    "Tatouages temporaires licorne pour enfants",
    "儿童卡通纹身贴纸 防水",
])
def test_sheets_of_tattoos_named_by_the_plural_are_temporary_tattoos(classify, title):
    result = classify(title)
    assert result.product_type == "temporary_tattoo", result.basis["product_type"]


def test_childrens_tattoos_are_toys(classify):
    result = classify("24 Kids Super Hero Tattoos")
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Tattoo Machine Kit with 2 Rotary Tattoo Guns and Inks",
    "Tattoo Ink Set 14 Colours 30ml",
    "Reusable Tattoo Transfer Paper 50 Sheets",
])
def test_a_tattoo_artists_supplies_are_no_temporary_tattoo(classify, title):
    result = classify(title)
    assert result.product_type != "temporary_tattoo", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Gazillion Bubbles Giant Bubble Wand",
    "Bubble Solution 2 Litre Refill",
    "Pack of 12 Party Bubble Tubs with Wands",
    "儿童泡泡棒 吹泡泡玩具",
    "Seifenblasen 4er Pack für Kinder",
])
def test_soap_bubble_wands_and_refills_are_childrens_toys(classify, title):
    result = classify(title)
    assert result.product_type == "bubble_toy", result.basis["product_type"]
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis["toy"]
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Electric Bubble Machine for Kids", "electronic_toy"),
    ("Bubble Wrap Roll 500mm x 100m", None),
    ("Radox Bubble Bath 500ml", None),
])
def test_bubble_look_alikes_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type != "bubble_toy", result.basis["product_type"]
    if kind:
        assert result.product_type == kind, result.basis["product_type"]
    else:
        assert not result.classes["toy"], result.basis["toy"]


def test_a_novelty_eraser_on_an_erasers_shelf_is_the_narrower_kind(classify):
    result = classify("chocolate biscuit eraser from Japan by Iwako", brand="Iwako",
                      category="Pens, Pencils & Writing Supplies > Erasers & Correction Supplies > Erasers")
    assert result.product_type == "novelty_eraser", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]


def test_a_plain_eraser_on_an_erasers_shelf_stays_a_pen(classify):
    result = classify("Staedtler Mars Plastic Eraser Pack of 4",
                      category="Pens, Pencils & Writing Supplies > Erasers & Correction Supplies > Erasers")
    assert result.product_type == "pen", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("sequin art Owl Craft", "craft_kit"),
    ("KSG Arts and Crafts Sequin Art 0831 Elephant Picture Kit", "craft_kit"),
    ("Bino Red Wooden Egg Shakers", "toy_instrument"),
])
def test_sequin_art_and_egg_shakers_are_childrens_toys(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Sequin Art Dress Gold Evening Gown",      # a dress with sequin work is a dress
    "Salt and Pepper Shakers Egg Shaped Ceramic",  # no "egg shaker" phrase
])
def test_sequin_and_shaker_look_alikes_keep_their_reading(classify, title):
    result = classify(title)
    assert result.product_type not in {"craft_kit", "toy_instrument"}, result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]
