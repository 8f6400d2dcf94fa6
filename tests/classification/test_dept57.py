"""A department's word in another sense, and what a level cannot read alone (dept57, issue 9).

A path level is read on its own words, so a word that means another thing under the department above it misread
the product: Cdiscount files trainers under "CHAUSSURES - ACCESSOIRES > BASKET - SPORTSWEAR > BASKET" (storage
baskets, no textile), console tables under "MEUBLE > ... > CONSOLE" (a game console with radio and mains). Now a
level naming a kind of `reading.department_senses` under the department's kind names nothing of its own. A title
naming a power bank refines a phone-battery shelf (`power_bank`'s parent is `battery_pack`); a bucket's leaf that
names the bucket's generic alternative in another form ("PILE - LAMPE ELECTRIQUE > PILES") picks it; two-way radios'
accessories are a device-accessory shelf. The same words elsewhere read as before.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError

from .tiny_pack import load

SHOES = "CHAUSSURES - ACCESSOIRES > BASKET - SPORTSWEAR > BASKET"


@pytest.mark.parametrize("title", ["Basket Nike Air Max 90 Homme 42", "Sneakers montantes cuir blanc 38",
                                   "Chaussures Converse Chuck Taylor 40"])
def test_a_basket_under_a_shoe_department_is_a_trainer(classify, title):
    result = classify(title, category=SHOES)
    assert result.product_type == "shoes", result.basis["product_type"]
    assert result.classes["textile"], result.basis["textile"]


@pytest.mark.parametrize(("title", "category"), [
    ("Wicker Storage Basket with Handles", "Home & Kitchen > Storage & Organization > Baskets"),
    ("Seagrass Shoe Storage Basket", "Shoes > Shoe Storage > Baskets"),  # the level above already names storage
])
def test_a_basket_elsewhere_is_still_a_basket(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "storage_organisation", result.basis["product_type"]
    assert not result.classes["textile"]


@pytest.mark.parametrize(("title", "category"), [
    ("Console demi-lune en pin massif", "MEUBLE > PETIT MEUBLE COMPLEMENT > CONSOLE"),  # read a game console
    ("Meuble haut 80 cm 2 portes chêne", "MEUBLE > MEUBLE DE CUISINE > ELEMENTS SEPARES HAUT ET BAS"),  # a top
])
def test_a_furniture_departments_console_and_upper_unit_are_furniture(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "furniture", result.basis["product_type"]
    assert not any(result.classes[k] for k in ("radio", "mains_lv", "eee", "battery", "textile"))


def test_a_console_under_a_games_department_is_still_a_game_console(classify):
    result = classify("Console PS4 Slim 500 Go Noire", category="JEUX VIDEO > CONSOLE")
    assert result.product_type == "game_console", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "eee"), [
    ("Batterie externe portable 10000 mAh - Chargeur USB", "power_bank", True),
    ("Xtorm powerbank 5000 mAh avec câble micro USB", "power_bank", True),
    ("Batterie pour Samsung Galaxy S4 3,8V 2600mAh", "battery_pack", False),  # a phone's own battery: no EEE
])
def test_a_power_bank_refines_a_phone_battery_shelf(classify, title, kind, eee):
    result = classify(title, category="TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > BATTERIE TELEPHONE")
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is eee, result.basis["eee"]
    assert result.classes["battery"]
    assert not result.classes["radio"], result.basis["radio"]  # the top level's "GPS" is the branch's, not the bank's


@pytest.mark.parametrize("title", ["Pile alcaline LR6 AA x4", "Lot de 4 LR03 Varta"])
def test_cells_under_a_cells_and_lamps_bucket_are_cells(classify, title):
    result = classify(title, category="BRICOLAGE - OUTILLAGE - QUINCAILLERIE > PILE - LAMPE ELECTRIQUE > PILES")
    assert result.product_type == "battery_cell", result.basis["product_type"]
    assert result.classes["battery"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_leaf_that_does_not_repeat_a_buckets_word_keeps_the_bucket(classify):
    # "Train Cars" under "Play Trains & Railway Sets": "cars" is neither "trains" nor its plural (amzin54's guard)
    result = classify("Thomas the Tank Engine with Moving Eyes", category="Play Trains & Railway Sets > Train Cars")
    assert result.product_type == "train_set", result.basis["product_type"]


def test_a_lamp_under_the_same_bucket_is_still_a_lamp(classify):
    result = classify("Baladeuse LED 230 V 10 m",
                      category="BRICOLAGE - OUTILLAGE - QUINCAILLERIE > PILE - LAMPE ELECTRIQUE > LAMPE ELECTRIQUE")
    assert result.product_type == "lamp", result.basis["product_type"]


def test_a_two_way_radios_battery_is_no_gps_receiver(classify):
    result = classify("Batterie pour Motorola GP340 7,5V 1800mAh",
                      category="TELEPHONIE - GPS > RADIOCOMMUNICATION > ACCESSOIRE RADIOCOMMUNICATION")
    assert result.classes["battery"]
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("senses", "problem"), [
    ("{shoes: [basket]}", None),
    ("{shoes: [hamper]}", "reading.department_senses: names unknown type 'hamper'"),
    ("{shoes: [shoes]}", "reading.department_senses: 'shoes' is its own department's kind, no other sense"),
])
def test_the_loader_checks_department_senses(tmp_path, senses, problem):
    path, run = load(tmp_path, "types:\n  - {id: shoes, profile: plain, synonyms: {en: [shoes]}}\n"
                               "  - {id: basket, profile: plain, synonyms: {en: [basket]}}\n"
                               f"reading: {{department_senses: {senses}}}\n")
    if problem is None:
        assert run().department_senses == {"shoes": frozenset({"basket"})}
        return
    with pytest.raises(VocabularyError) as err:
        run()
    assert err.value.problems == [f"{path}: {problem}"]
