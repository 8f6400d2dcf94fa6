"""Cdiscount's parts, modelling and charger shelves (cd67; issue 9): an appliance named on its parts shelf is what the
part fits (EEE as a part of EEE, no mains of its own), a model kit on the modellers' branch is no toy, car and solar
chargers on the charger shelf run on no mains, and a few French kinds (keyboard cases, kitesurf gear, storage cases,
radio accessories, electric radiators, children's height sizes)."""

from __future__ import annotations

import pytest

FRIDGE_PARTS = "ELECTROMENAGER > GROS APPAREILS FROID > ACCESSOIRES ET PIECES FROID"
CHARGERS = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > CHARGEUR - ADAPTATEUR SECTEUR - ALLUME CIGARE - SOLAIRE"


@pytest.mark.parametrize("title", ["Facede superieure congelateur Beko",
                                   "Porte refrigerateur pour réfrigérateur BRANDT", "540263. THERMOSTAT REFRIGERATEUR"])
def test_an_appliance_named_on_its_parts_shelf_is_the_part(classify, title):
    result = classify(title, category=FRIDGE_PARTS)
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["eee"] is True, result.basis["eee"]  # a spare part of EEE (RoHS)


def test_an_appliance_on_its_own_shelf_stays_the_appliance(classify):
    result = classify("Réfrigérateur congélateur Beko 300 L",
                      category="ELECTROMENAGER > GROS APPAREILS FROID > REFRIGERATEUR")
    assert result.product_type == "refrigerator", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


def test_a_solar_charger_on_the_charger_shelf_has_no_mains(classify):
    result = classify("Chargeur Panneau Solaire pliable EyezOff SP8 de 14W", category=CHARGERS)
    assert result.product_type == "solar_panel", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_mains_charger_on_the_charger_shelf_keeps_its_mains(classify):
    result = classify("Chargeur secteur USB 2A pour Samsung", category=CHARGERS)
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["DRAGON 4637 DOUGLAS X-3 STILETTO MODEL KIT 1:144",
                                   "Revell - 03096 - Spz Puma - Model Kit 1:35"])
def test_a_model_kit_on_the_modellers_branch_is_no_toy(classify, title):
    result = classify(title, category="JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > KIT MODELISME")
    assert result.product_type == "model_kit", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_maquette_on_a_figures_shelf_keeps_its_reading(classify):
    result = classify("Figurines Maquette tankistes hongrois, 2eme GM",
                      category="JOUET (NEW) > MONDE MINIATURE > FIGURINE - PERSONNAGE")
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Harnais Kite ION Vertex 201. L", "sports_kite", "toy", False),
    ("Kite for kids rainbow", "kite", "toy", True),
    ("Etui avec clavier pour Acer Iconia A1-810", "tablet_keyboard", "eee", True),
    ("Malette de rangement Hexbug", "case_generic", "battery", None),
    ("Câble radio bidirectionnelle pour connecteur", "cable", "radio", None),
    ("Radio réveil FM", "clock_radio", "radio", True),
    ("Radiateur programmable 1500W blanc", "heater", "mains_lv", True),
])
def test_french_kinds_in_their_own_words(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value or (value is None and not result.classes[cls]), result.basis[cls]


@pytest.mark.parametrize(("title", "children"), [
    ("Collant Erima Running H 128 cm", True),
    ("Pantalon 116 cm", True),
    ("Jupe longue 98 cm de long", None),  # a length, no size
    ("Jean homme tour de taille 86 cm", None),  # a man's waist
    ("Drap housse 140 x 200 cm", None),  # a linen's sides
])
def test_a_childs_height_size_on_clothes(classify, title, children):
    result = classify(title)
    assert bool(result.classes["children_12_under"]) is bool(children), result.basis["children_12_under"]
