"""Kaufland's German titles (kf66; issue 9): a broad German head word before the product's line ("Kopfhörer Xiaomi
Redmi Buds 6") yields to the narrower kind the line names, and German words for kinds that had none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Kopfhörer Xiaomi Redmi Buds 6 Active", "wireless_earbuds"),
    ("Uhr Samsung Galaxy Watch 6", "smartwatch"),
    ("Lautsprecher Amazon Echo Dot 5", "smart_speaker"),
])
def test_a_broad_german_head_word_yields_to_the_narrower_line_after_it(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind", "mains"), [
    # two products joined by "+": the first charger is the home one, with its mains
    ("Chargeur maison rapide + chargeur voiture puissant", "mains_charger", True),
    ("Chargeur secteur et chargeur voiture pour Samsung Galaxy S4", "mains_charger", True),  # review66: "et" joins too
    # a case named first stays the case (no narrower kind of a case follows)
    ("Hülle Samsung Galaxy Watch 6", "case_generic", None),
    ("Gürteltasche Nerf Game", "bag", None),
])
def test_the_head_first_reading_stands_where_nothing_narrows_it(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    if mains is not None:
        assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Roboter-Staubsauger Cecotec Conga 2290", "robot_vacuum"),
    ("Saug- und Wischroboter Roborock", "robot_vacuum"),
    ("Konsole Nintendo Switch OLED", "game_console"),
    ("Freisprecheinrichtung Auto Bluetooth", "fm_transmitter"),
    ("Mesh Repeater Xiaomi", "wifi_extender"),
])
def test_german_radio_devices_named_in_kauflands_word_order(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["toy"] is not True


@pytest.mark.parametrize(("title", "kind", "cls"), [
    ("Zweifaches Mehrzweck-Etui Mufasa grün Beige 21 x 8 x 6 cm", "pencil_box", "children_12_under"),
    ("Papierwaren-Set Toy Story Rosa", "stationery_set", "children_12_under"),
    ("Dockstation Aisens A110-0910", "usb_hub", "eee"),
    ("Aufbereitungsanlage für Schwimmbad Gre", "garden_pump", "mains_lv"),
    ("Sotocasco Sparco Basic Schwarz", "headwear", "textile"),
    ("Elektrische Fliegenklatsche", "electric_swatter", "battery"),
])
def test_german_kinds_and_their_classes(classify, title, kind, cls):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize(("title", "kind"), [
    ("Marbueno Sonnenschirm Stahl Polyester Garten, Pool, Terrasse", "garden_supplies"),
    ("Laminiertes Klebeband Dymo D1 45811 LabelManager", "office_supplies"),
])
def test_german_goods_with_no_class(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not any(result.classes[c] for c in ("eee", "toy", "textile", "children_12_under"))


@pytest.mark.parametrize(("title", "children"), [
    ("Rucksack Toy Story Blau 30 cm", True),
    ("Handtasche Lilo & Stitch", True),
    ("Toy Story T-Shirt Herren", False),  # a man's size: no child's product
])
def test_childrens_films_name_a_childrens_product(classify, title, children):
    result = classify(title)
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]


def test_a_bare_konsole_is_no_game_console(classify):
    result = classify("Konsole Wandhalterung Holz")  # a wall bracket
    assert result.product_type != "game_console", result.basis["product_type"]
    assert result.classes["radio"] is not True
