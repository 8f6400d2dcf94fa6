"""Review of stop 43's merged round (review43, issue 9): the fixes, each with the look-alike that must keep its reading.

Probed on look-alikes of the new words: "take-along" is any portable toy's word, so only Thomas's Take Along range
names a train set; a matchbox is also a box of matches; a blender, coffee maker or air purifier that offers a USB
output to charge a phone from still plugs into the mains.
"""

from __future__ import annotations

import pytest

# --- "take-along" alone is no Thomas train ------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Melissa & Doug Take Along Farm",
    "Fisher-Price Take-Along Swing and Seat",
])
def test_a_take_along_toy_is_no_train_set(classify, title):
    result = classify(title)
    assert result.product_type != "train_set", result.basis["product_type"]
    # named47: the maker's name may name a toy (toy_maker_title); the look-alike "take along" names no line
    assert "take" not in result.basis["product_type"].lower(), result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Take Along Thomas & Friends - Annie",
    "Thomas & Friends Take-Along Molly",
])
def test_thomass_take_along_range_stays_a_train_set(classify, title):
    result = classify(title)
    assert result.product_type == "train_set", result.basis["product_type"]
    assert result.classes["toy"] and result.classes["children_12_under"]


# --- a box of matches is no Matchbox car ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Matchbox Label Collection",
    "Personalised Wedding Matchbox Favours",
])
def test_a_box_of_matches_is_no_toy_vehicle(classify, title):
    result = classify(title)
    assert result.product_type != "toy_vehicle", result.basis["product_type"]
    assert not result.classes["toy"], result.basis.get("toy")


def test_a_matchbox_car_stays_a_toy_vehicle(classify):
    result = classify("Matchbox Ford Bronco Rescue")
    assert result.product_type == "toy_vehicle", result.basis["product_type"]
    assert result.classes["toy"]


# --- a USB output on a mains appliance is not its supply --------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Air Purifier HEPA with USB Output for Phone Charging", "air_purifier"),
    ("Coffee Maker 12 Cup with USB Outlet", "coffee_maker"),
])
def test_a_usb_output_keeps_the_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis.get("mains_lv")


@pytest.mark.parametrize(("title", "kind"), [
    ("Hair Straightener USB Rechargeable Mini", "hair_styler"),
    ("Portable Blender USB Rechargeable", "portable_blender"),
])
def test_a_usb_charged_kind_still_loses_the_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis.get("mains_lv")


# --- a trailing list that names a kind twice is still a target list ----------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Screen Protector Tempered Glass iPhone iPad Phone Tablet Watch", "screen_protector"),
    ("Stylus Pen iPad iPhone Tablet Phone Laptop", "stylus"),
])
def test_a_list_naming_a_kind_twice_is_still_targets(classify, title, kind):
    # the run of device nouns stopped at the kind named again, and its first members were read as the product
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["radio"] and not result.classes["battery"], result.basis.get("radio")


def test_an_overlapping_reading_of_the_product_ends_the_run(classify):
    # "Kids Walkie Talkie" and "Walkie Talkie Toy" are two readings of the product's words, not two listed devices
    result = classify("Kids Walkie Talkie Toy Camera Phone Radio")
    assert result.product_type == "toy_walkie_talkie", result.basis["product_type"]
