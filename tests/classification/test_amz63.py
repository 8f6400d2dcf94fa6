"""Amazon US's toy store (amz63, read from a helper's audit of the other 350 Amazon US rows; issue 9).

Its genre shelves hold goods that are no toys: 3D-pen filament, card sleeves, blank cards and a wallet on "Arts &
Crafts", "Games & Accessories" and "Flash Cards", and an adult's pool lounger on "Pools & Water Toys"; a toy's tunes and
an engine's moving eyes come from a circuit; a collector's bust that a seller calls a toy, a grade range past sixth and
Gundam's "Mobile Suit" and "SEED" name no child, suit or seed.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("3Doodler Create Flexy 3D Printing Filament Refill Bundle", "Toys & Games › Arts & Crafts › Craft Kits",
     "printer_filament"),
    ("Ultimate Guard Katana Sleeves Standard Size Red (100)", "Toys & Games › Games & Accessories",
     "trading_card_accessory"),
    ("Pacon Blank Flash Cards - 2 x 3 - Pack of 1000", "Toys & Games › Learning & Education › Flash Cards", "notebook"),
    ("Swimline Side by Side Pool Lounger Float", "Toys & Games › Sports & Outdoor Play › Pools & Water Toys",
     "sports_equipment"),
])
def test_a_genre_shelf_yields_to_what_is_no_toy(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_childrens_craft_supply_stays_on_its_craft_shelf(classify):
    result = classify("Crayola Washable Markers", category="Toys & Games › Arts & Crafts")
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize("title", ["Bright Starts Baby Einstein Take Along Tunes Musical Toy",
                                   "Baby Musical Toy with Melodies",
                                   "Thomas The Tank Engine With Moving Eyes"])
def test_tunes_and_moving_eyes_need_current(classify, title):
    result = classify(title)
    assert result.classes["eee"] is True, result.basis["eee"]


def test_a_plain_musical_toy_stays_plain(classify):
    assert classify("Wooden Musical Toy Xylophone").classes["eee"] is not True


@pytest.mark.parametrize(("title", "category", "cls"), [
    ("Dark Horse Deluxe Geralt Playing Gwent Bust Toy", "Toys & Games › Collectible Toys › Statues", "toy"),
    ("Didax Number Sleuth, Grades 6-8", "Toys & Games › Learning & Education › Counting & Math Toys",
     "children_12_under"),
])
def test_no_child_for_a_collector_or_a_teenager(classify, title, category, cls):
    result = classify(title, category=category)
    assert result.classes[cls] is not True, result.basis[cls]


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Disney Sofia The First Slumber Bag", "sleeping_bag", "textile", True),
    ("Creativity for Kids Clay Keychains", "craft_kit", "toy", True),
    ("Megahouse Mobile Suit Gundam Seed: Athrun Zala G.E.M. PVC Figure", "action_figure", "textile", False),
])
def test_amazons_kinds(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_gundam_seed_is_no_seed(classify):
    assert classify("Bandai Hobby MG 1/100 Gunner Zaku Warrior Gundam Seed Destiny").product_type != "garden_supplies"


def test_a_product_for_kids_and_adults_is_not_primarily_a_childs(classify):
    result = classify("Sport Squad HX40 Table Top Air Hockey Table for Kids and Adults")
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]
    assert classify("Air Hockey Table for Kids").classes["children_12_under"] is True
