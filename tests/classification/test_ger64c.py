"""Kaufland's general draw (ger64c; issue 9): German nouns of nebulisers, racing suits, paints, air fresheners and
boards, baby sizes in months, and the Spanish "3 en uno" that is no Uno card game."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Inhalationsgerät Medisana 54546", "nebuliser", "mains_lv", True),
    ("Omron compressor nebulizer", "nebuliser", "mains_lv", True),
    ("Portable mesh nebulizer", "health_monitor", "battery", True),
    ("Monokarting Sparco Rookie Schwarz/Rot (Größe M)", "clothing", "textile", True),
    ("Rennanzug Sparco Eagle 9-12 Monate", "clothing", "children_12_under", True),
    ("Tempera La Pajarita L-35 6 Stücke türkis", "art_supply", "eee", False),
    ("Auto Lufterfrischer Rituals THE RITUAL OF KARMA 3 g", "home_fragrance", "radio", False),
    ("Surfbrett The Paw Patrol (94 cm)", "sports_equipment", "children_12_under", True),
])
def test_german_general_words(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_garden_mister_is_no_nebuliser(classify):
    assert classify("Vernebler Ferrestock Gelb Flexibel").product_type != "nebuliser"


def test_three_in_one_is_no_uno(classify):
    result = classify("Silikongleitmittel 3-En-Uno 34468 250 ml")
    assert result.product_type != "card_game"
    assert result.classes["toy"] is not True, result.basis["toy"]


def test_uno_is_still_the_card_game(classify):
    assert classify("UNO Card Game").classes["toy"] is True


def test_a_steam_inhaler_is_no_nebuliser(classify):
    assert classify("Dampf Inhalator für Erkältung aus Kunststoff").product_type != "nebuliser"
