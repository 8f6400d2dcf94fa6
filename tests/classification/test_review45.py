"""Review of stop 45's vocabulary rounds (review45, issue 9).

elec45 made a networking maker in the brand field name `network_equipment`, radio left open; the makers' Wi-Fi
product lines (Archer, Deco, Tapo, Kasa, Nighthawk, Orbi, Arlo, Velop, eero, AmpliFi) now settle it, on that kind only.
toy45's toy-train and film lines name their kind only when no other word does: a colouring pad is a colouring set now
("Crayola Color Wonder Chuggington ... Coloring Pad" read a train set). GoPro's floating backdoor, floating hand
grip and protective housing are passive accessories (the line read them as the battery camera).
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText


def read(classifier: Classifier, title: str, brand: str | None = None, category: str | None = None):
    return classifier.classify(ProductText(title=title, brand=brand, category=category))


# -- a networking maker's Wi-Fi lines are radio ----------------------------------------------------------------------

# (elec46: Tapo, Kasa and Arlo name their own kinds, a smart-home device and a security camera: test_elec46.py)
@pytest.mark.parametrize(("title", "brand"), [
    ("TP-Link Deco M5 (3-pack)", "TP-Link"),
    ("TP-Link Archer C6", "TP-Link"),
    ("TP-Link Archer T3U Nano", "TP-Link"),
    ("Netgear Orbi RBK752", "Netgear"),
    ("Netgear Nighthawk R7000", "NETGEAR"),
    ("Linksys Velop WHW0303", "Linksys"),
])
def test_a_networking_makers_wifi_line_is_radio(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["radio"], result.basis["radio"]
    assert result.classes["eee"]


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("TP-Link TL-SG108", "TP-Link", "network_equipment"),        # a switch by model number: radio stays open
    ("Netgear GS308", "Netgear", "network_equipment"),
    ("Art Deco Table Lamp", None, "lamp"),                        # the words in any other kind set nothing
    ("Robin Hood Archer Costume", None, "costume"),
    ("Kasa Kasa Tie Dye Cotton Kurta", None, "ethnic_wear"),
    ("Deco Party UK Italy flag pick", "Deco Party UK", "party_decoration"),
])
def test_the_line_words_elsewhere_set_no_radio(classifier, title, brand, kind):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["radio"], result.basis["radio"]


# -- a colouring pad is no toy train ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "category"), [
    ("Crayola Color Wonder Chuggington 18 Pg Coloring Pad & Mark", "Crayola", None),
    ("Crayola Color Wonder Chuggington 18 Pg Coloring Pad & Mark", "Crayola", "Characters & Brands > Crayola"),
    ("Crayola Color Wonder Disney Cars Coloring Pad", "Crayola", None),
    ("Chuggington Colouring Pad", None, None),
])
def test_a_colouring_pad_is_a_colouring_set_not_the_lines_toy(classifier, title, brand, category):
    result = read(classifier, title, brand, category)
    assert result.product_type == "colouring_set", result.basis["product_type"]
    assert result.classes["children_12_under"] and result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Chuggington Wooden Railway Brewster", "train_set"),
    ("Disney Pixar Cars Lightning McQueen", "toy_vehicle"),
    ("A4 Drawing Pad 50 Sheets", None),
])
def test_the_lines_toys_and_other_pads_stay(classifier, title, kind):
    result = read(classifier, title)
    assert result.product_type != "colouring_set", result.basis["product_type"]
    if kind:
        assert result.product_type == kind and result.classes["toy"]


# -- GoPro's passive accessories ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("GoPro - Floaty Backdoor", None),
    ("GoPro - Floaty Backdoor", "Action Camcorder Housings"),
    ("GoPro Handler Floating Hand Grip", None),
    ("GoPro Protective Housing + Waterproof Case", None),
])
def test_gopro_floats_and_housings_are_passive(classifier, title, category):
    result = read(classifier, title, "GoPro", category)
    assert result.product_type == "camera_mount", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["battery"], result.basis["battery"]


@pytest.mark.parametrize("title", ["Unicorn Pool Floaty Kids", "GoPro HERO11 Black"])
def test_a_swimming_floaty_and_the_camera_are_no_mount(classifier, title):
    assert read(classifier, title).product_type != "camera_mount"


# -- a soft-touch cover and an L-shaped sofa's cover are no Surface keyboard ----------------------------------------

@pytest.mark.parametrize(("title", "kind", "textile"), [
    ("Soft Touch Cover for iPhone 12", "case_generic", False),
    ("Toilet Seat Soft Touch Cover", "case_generic", False),
    ("Stretch Sofa Cover L Type Cover 3 Seater", "furnishing_cover", True),
    ("L Type Sofa Cover Stretchable", "furnishing_cover", True),
])
def test_soft_touch_and_l_type_covers_are_no_keyboard(classifier, title, kind, textile):
    result = read(classifier, title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["eee"] and result.classes["textile"] is textile


@pytest.mark.parametrize(("title", "category"), [
    ("Microsoft - Surface Pro 3 Type Cover - Black", None),
    ("Microsoft - Surface Pro 3 Type Cover - Black", "Tablet Cases, Covers & Sleeves"),
    ("Microsoft Surface Touch Cover 2", None),
])
def test_the_surfaces_type_and_touch_covers_stay_keyboards(classifier, title, category):
    result = read(classifier, title, "Microsoft", category)
    assert result.product_type == "tablet_keyboard", result.basis["product_type"]
    assert result.classes["eee"]


# -- "videogame" in one word is a video game -----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "The LEGO Movie Videogame PS4",
    "The LEGO Movie 2 Videogame (Nintendo Switch)",
    "LEGO Star Wars The Complete Saga Videogame",
])
def test_a_videogame_is_a_video_game_not_the_films_building_set(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "video_game", result.basis["product_type"]
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Wired Videogame Controller", "game_controller"),
    ("Videogame Console Retro 500 Games", "game_console"),
    ("Videogame Headset with Mic", "headphones"),
    ("Videogame T-Shirt Mens", "t_shirt"),
    ("LEGO Movie 2 70820 LEGO Movie Maker", "building_set"),
])
def test_videogame_gear_keeps_its_own_kind(classifier, title, kind):
    assert read(classifier, title).product_type == kind
