"""False electrical calls by title and brand alone (elec52, stop 52, issue 9).

An audit of the catalogs' title-only radio, mains, battery and EEE calls (what the label sets and earlier audits had
left of them) found kinds of product a word made electrical that are not: a child's push-along lawn mower read the
garden machine, a carved "Watch Man" (watchman) showpiece a quartz watch, a book's "Talks with" a talking toy, a car's
air purifier the household one on the mains; and an RC helicopter's ball-link set the helicopter, with its radio.
Both sides of each: the real machines, watches, talking toys, purifiers and helicopters keep their reading.
"""

from __future__ import annotations

import pytest

# --- a child's lawn mower is a plaything -------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "LARGE Kids lawnmower for children with bucket",
    "my first lawn mower, childrens lawn mower",
    "Little Tikes Toddler Lawn Mower with Bubbles",
    "Push Along Lawn Mower for Toddlers",
])
def test_a_childs_lawn_mower_is_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "playset"
    assert result.classes["toy"]
    assert not result.classes["mains_lv"]
    assert not result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Bosch Rotak 32 Electric Lawn Mower",
    "Flymo Easi Glide 300 Electric Hover Lawnmower",
    "Greenworks 40V Cordless Lawn Mower",
])
def test_a_real_lawn_mower_stays_a_garden_machine(classify, title):
    result = classify(title)
    assert result.product_type == "garden_power_tool"
    assert result.classes["eee"]
    assert not result.classes["toy"]


# --- the watchman figure -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Surface 180 Set of 2 Rajasthani Wooden Watch Man With Hand Painting Showpiece  -  26 cm",
    "Handicraft Wooden Watch Men Pair Showpiece",
])
def test_a_watchman_figure_is_no_watch(classify, title):
    result = classify(title)
    assert result.product_type != "watch"
    assert not result.classes["battery"]
    assert not result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Sonata 8097YM03 Analog Watch  - For Women",
    "Casio Men's Digital Watch",
    "Fastrack Watch For Men",
])
def test_a_watch_stays_a_watch(classify, title):
    result = classify(title)
    assert result.product_type == "watch"
    assert result.classes["battery"]


# --- "talks" as a conversation or a lecture ----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "A Christian Talks with God: And Other Religious Stories",
    "TED Talks: The Official TED Guide to Public Speaking",
])
def test_talks_in_a_books_name_is_no_sound_chip(classify, title):
    result = classify(title)
    assert not result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Elmo Talks Plush",
    "Peppa Pig Talks and Walks Toy",
    "Toy Story Talking Woody",
])
def test_a_toy_that_talks_keeps_its_sound_chip(classify, title):
    result = classify(title)
    assert result.classes["eee"]


# --- a car's air purifier runs from the car ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Philips GoPure Car Air Purifier", None),
    ("Car Air Purifier Ioniser USB", None),
    ("车载空气净化器 负离子", None),
    ("GRSTECH BD 0303 SILVER Air Purifier",
     "Automotive >> Accessories & Spare parts >> Car Interior & Exterior >> Car Interior >> Car Air Purifiers >> "
     "GRSTECH Car Air Purifiers"),
])
def test_a_car_air_purifier_is_not_on_the_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "car_air_purifier"
    assert result.classes["eee"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Philips AC1215/20 Air Purifier",
    "Honeywell HEPA Air Purifier",
    "空气净化器 家用",
])
def test_a_room_air_purifier_stays_on_the_mains(classify, title):
    result = classify(title)
    assert result.product_type == "air_purifier"
    assert result.classes["mains_lv"]


# --- an RC model's ball links --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Spare Part WLtoys V911 2.4GHz RC Helicopter Connect Buckle Ball Link Set V911-04",
    "Align T-Rex 450 Ball Link Set",
    "Aluminium Linkage Rods for 1/10 RC Crawler",
])
def test_ball_links_are_a_passive_part(classify, title):
    result = classify(title)
    assert result.product_type == "rc_airframe_part"
    assert not result.classes["radio"]
    assert not result.classes["battery"]


@pytest.mark.parametrize(("title", "kind", "radio"), [
    ("Tenflyer Waltzmart RC Helicopter Plane Tool Kit Remove Ball Link Plier", "hand_tool", False),
    ("WLtoys V911 2.4GHz 4CH RC Helicopter", "rc_vehicle", True),
])
def test_a_ball_link_tool_and_the_helicopter_keep_their_kind(classify, title, kind, radio):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"] is radio


# The sponge filter and the reversing camera, which elec52 found too, are tested in test_mains52.py.
