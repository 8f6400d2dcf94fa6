"""A German shop's titles, kind first (ger62, read from Kaufland's feed; issue 9).

German names a title's kind first ("Kasserolle BRA PROFESIONAL ...", "Brillenfassung Pepe Jeans ...", "Armlehne
Armster VW ... Stoff"), so a German-only synonym that begins a title heads it, as the listed French heads do; a
word that other languages share ("Tablet", "Ring") or a short one ("BH") does not. German adjectives inflect before a
noun ("Elektrische Decke"), and the feed's tools, heaters, lights, labels and cells have German names of their own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Kasserolle BRA PROFESIONAL Edelstahl 12 cm 1 L", "cookware"),
    ("Brillenfassung Pepe Jeans PJ3455 49C2", "eyewear"),
    ("Armlehne Armster VW e-UP! 2013 Stoff", "car_interior"),
    # ("Kopfhörer Xiaomi Redmi Buds 6 Active" moved to test_kf66: the line after the head word narrows it to
    # wireless earbuds, with their radio)
    ("Schlüsselanhänger Airtag Belkin F8W973", "keychain"),
])
def test_a_german_title_is_headed_by_its_first_noun(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Phone Case for iPhone 12 Black Ink Print", "device_case"),   # an English title keeps its reading
    ("Stuhl-Kissen DKD Home Decor Grau", "pillow"),                # a hyphened compound's head is its last part
])
def test_what_the_german_first_reading_leaves_alone(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


def test_a_short_german_word_heads_nothing(classify):
    # "BH" (a bra) begins English titles as a maker's initials
    result = classify("BH eyeshadow highlighter palette")
    assert result.product_type != "underwear", result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]


@pytest.mark.parametrize(("title", "cls"), [
    ("Elektrische Decke Beurer 180 x 130 cm", "mains_lv"),
    ("Beheizte Decke 180 x 130 cm", "mains_lv"),
    ("Elektrischer Tischlerhobel Powerplus 900 W", "mains_lv"),
    ("Schleifmaschine Fartools TME 150 250 W", "mains_lv"),
    ("Heizung Haeger FH-200 2000 W", "mains_lv"),
    ("Badezimmer-Extraktor EDM 08407 12 W", "mains_lv"),
    ("Hammerbohrer BOSCH UniversalImpact 18 V", "battery"),
    ("LED-Laterne Versa Weiß Rattan", "battery"),
    ("Akkus EverActive EV18650 3,7 V", "battery"),
    ("Massage Nackenkissen Oromed", "eee"),
])
def test_german_powered_kinds_and_words(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize(("title", "cls"), [
    ("Drucker-Etiketten Dymo S0720870 Rot 7 m", "mains_lv"),     # labels, no printer
    ("Box Ventilator Noctua NF-A4X20 5V", "mains_lv"),           # a PC's case fan runs on 5 V
    ("Decke Fleece 150 x 200 cm", "eee"),                         # a plain blanket
    ("Wärmflasche Beige Kunststoff 2 L", "eee"),                  # a plain hot water bottle
    ("Laminiertes Klebeband Dymo 12 mm Weiß Schwarz", "toy"),     # two colours, no card game
])
def test_what_stays_unpowered_or_no_toy(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is False, result.basis[cls]


@pytest.mark.parametrize(("title", "kind"), [
    ("Solarlampe Ibergarden BH15234 Silberfarben (24 Stück)", "solar_light"),
    ("Solar-Gartenfackel-Set Aktive Kunststoff (4 Stück)", "solar_light"),
    ("GPS-Suchgerät Nilox NXRINGTRACKERBK Schwarz", "gps_tracker"),
])
def test_german_solar_lights_and_trackers_carry_a_battery(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]
    assert result.classes["textile"] is False, result.basis["textile"]


def test_artists_pencils_are_no_childs_colouring_set(classify):
    result = classify("Buntstifte Polychromos für Künstler 24 Stück")
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
    assert classify("Buntstifte Kinder 24 Stück").classes["children_12_under"] is True
