"""Cdiscount's electrical shelves (fr62, read from a helper's audit of 300 Cdiscount rows; issue 9).

Car lights by their French names and Cdiscount's lights shelf, a laptop's car adapter, a PC's internal power unit, an
e-bike, a site saw, a heat pump, a child's learning computer, boots, and the French "pot" that is an exhaust.
"""

from __future__ import annotations

import pytest

# as Cdiscount's export cuts it (the whole name ends "- CLIGNOTANTS - ...", whose "clignotant" read it before fr62)
LIGHTS = "AUTO - MOTO (NEW) > PIECES > PHARES - FEUX - REPETITEUR LATERAL"


@pytest.mark.parametrize(("title", "category", "kind", "cls", "value"), [
    ("Phare avant gauche pour Fiat Punto", LIGHTS, "vehicle_lighting", "eee", True),
    ("Optique H1 pour BMW serie 5 E34", LIGHTS, "vehicle_lighting", "eee", True),
    ("Feu arrière gauche PEUGEOT 207", None, "vehicle_lighting", "mains_lv", False),
    ("Adaptateur Secteur Voiture pour Sony VAIO", None, "vehicle_charger", "mains_lv", False),
    ("Seasonic SS-1050XM", "INFORMATIQUE > COMPOSANT - PIECE DETACHEE > BLOC D'ALIMENTATION INTERNE",
     "pc_power_supply", "mains_lv", True),
    ("VTT électrique E-STEPS Dame CTB", None, "e_bike", "battery", True),
    ("Scie circulaire de chantier structo 5 mono 3200W", None, "bench_power_tool", "mains_lv", True),
    ("Astralpool pompe a chaleur Heat II - 11.6 kW", None, "air_conditioner", "mains_lv", True),
    ("Ordinateur : L'ordinateur des Pros", "JOUET (NEW) > MULTIMEDIA ENFANT > ORDINATEUR ENFANT", "electronic_toy",
     "battery", True),
    ("Boots Snowboard Alpha CF de Deeluxe Noir 27 (42)", "SPORT (NEW) > CHAUSSANT > BOTTE", "boots", "textile", True),
])
def test_cdiscounts_kinds(classify, title, category, kind, cls, value):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Adaptateur Secteur pour Sony VAIO 19.5V", None, "power_adapter"),   # the mains one keeps its reading
    ("Coffret le chat botté (trois cassettes video)", "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES", "book"),
    ("Echappement YOSHIMURA pot d'échappement inox", None, None),
])
def test_the_lookalikes(classify, title, category, kind):
    result = classify(title, category=category)
    if kind is None:
        assert result.product_type != "cookware", result.basis["product_type"]
    else:
        assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]


@pytest.mark.parametrize(("title", "category"), [
    ("Rabbit Strip Magnum JMC", "SPORT (NEW) > PECHE > LEURRE DE PECHE"),
    ("LEURRE QUANTUM SPECIALIST RUBBER DUCK SHAD", "SPORT (NEW) > PECHE > LEURRE DE PECHE"),
])
def test_a_fishing_lure_named_after_an_animal_is_no_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "sports_equipment", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_roof_bars_on_their_adapters_shelf_are_no_electrical_adapter(classify):
    result = classify("Barres de toit Alum. Menabo ZAFIRA 11-",
                      category="AUTO - MOTO (NEW) > PORTAGE - REMORQUAGE > BARRES DE TOIT - ADAPTATEUR BARRE DE TOIT")
    assert result.product_type == "vehicle_part", result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]
