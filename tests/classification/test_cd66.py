"""Cdiscount's electrical and school shelves (cd66; issue 9): French kinds that ran on no supply or the wrong one
(emergency AA chargers, stovetop kettles, 12 V bulbs, CPU fans, DVRs, IP cameras), a dolls' nursery level under the
toy department, and primary-school books."""

from __future__ import annotations

import pytest

DOLLS_NURSERY = "JOUET (NEW) > POUPEE - PELUCHE > NURSERIE - LANDAU - POUSSETTE"


@pytest.mark.parametrize(("title", "category", "kind", "mains"), [
    ("Chargeur de secours à pile pour Samsung E2350B", None, "power_bank", False),
    ("Bouilloire Harmony Induction 2.6L",
     "ART DE LA TABLE - ARTICLES CULINAIRES > SERVICE PETIT DEJEUNER > BOUILLOIRE TRADITIONNELLE - A SIFFLET",
     "stovetop_kettle", False),
    ("ALPENFÖHN - 84000000069 - VENTILATEUR DE BOITIER", None, "computer_component", False),
    ("ZALMAN - Ventirad pour processeur INTEL/AMD - CNPS5X PERFORMA", None, "computer_component", False),
    ("Enregistreur Vidéo Analogique HIKVISION 4 Voies", None, "cctv_recorder", True),
    ("DOMIR600L2812", "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > SECURITE MAISON > CAMERA IP", "security_camera", True),
])
def test_french_electrical_kinds_and_their_supply(classify, title, category, kind, mains):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert bool(result.classes["mains_lv"]) is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "mains"), [
    ("G4 1W Ampoule Lampe 6 LEDs 5630 SMD", False),
    ("MR16 LED bulb 12V 5W", False),
    ("GU10 LED bulb 230V", True),
    ("LED bulb E27 12V 230V", True),  # a mains voltage named keeps it
    ("Philips LED bulb E27 9W", True),
])
def test_a_12_volt_bulb_runs_from_a_transformer(classify, title, mains):
    result = classify(title, category="DECO - LINGE - LUMINAIRE > LUMINAIRE - ACCESSOIRE > AMPOULE - LED - HALOGENE")
    assert result.product_type == "light_bulb", result.basis["product_type"]
    assert bool(result.classes["mains_lv"]) is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "mains"), [
    ("Chargeur pour HP PRESARIO CQ71 Series - Allume-", False),  # cut after "Allume-(cigare)"
    ("Chargeur secteur pour HP PRESARIO CQ71 Series", True),
])
def test_a_laptop_charger_cut_at_allume_is_a_car_charger(classify, title, mains):
    result = classify(title)
    assert bool(result.classes["mains_lv"]) is mains, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["LIT BALDAQUIN EN METAL POUR POUPEE OU POUPON", "COMBI EMOTION 2 EN 1"])
def test_a_dolls_pram_or_bed_under_the_dolls_level_is_a_toy(classify, title):
    result = classify(title, category=DOLLS_NURSERY)
    assert result.product_type != "baby_gear", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


def test_a_real_pram_stays_baby_gear(classify):
    result = classify("Poussette citadine compacte", category="PUERICULTURE > POUSSETTE - LANDAU > POUSSETTE")
    assert result.product_type == "baby_gear", result.basis["product_type"]
    assert result.classes["toy"] is not True


@pytest.mark.parametrize(("title", "category", "children"), [
    ("Méthode de lecture Pilotis CP", "LIBRAIRIE > ENSEIGNEMENT > ENSEIGNEMENT PRIMAIRE", True),
    ("A NOUS LE MONDE géographie CM1 lot de 5 cahiers", "LIBRAIRIE > AUTRES LIVRES", True),
    ("Le Guide du Routard Bretagne", "LIBRAIRIE > TOURISME", False),
])
def test_a_primary_school_book_is_a_childrens_product(classify, title, category, children):
    result = classify(title, category=category)
    assert result.product_type == "book", result.basis["product_type"]
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "kind", "textile"), [
    ("Galette de chaise - Chocolat", "pillow", True),
    ("Epingle à cheveux au cabochon vintage", "hair_accessory", None),
])
def test_french_home_and_hair_goods(classify, title, kind, textile):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    if textile:
        assert result.classes["textile"] is True
