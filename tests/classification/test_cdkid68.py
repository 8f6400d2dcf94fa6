"""Cdiscount's toy, games and nursery departments (cdkid68; issue 9): a phone, tablet or broom on a toy shelf is its
toy version, the console-accessories shelf names no console, "rallonge" alone is no mains extension lead, a car seat's
base is no signal adapter, a costume's prop weapons are no textile, and the trilby is a hat."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category"), [
    ("TÉLÉPHONE FACTICE iPhone 6 Gris", "JOUET (NEW) > JOUET GENERALISTE - LUDO-EDUCATIF > TELEPHONE JOUET"),
    ("Balai enfant à poils durs", "JOUET (NEW) > JOUET D'IMITATION > SOIN DE LA MAISON - NETTOYAGE"),
    ("CUPETS Tortue Animal Interactif Tablette", "JOUET (NEW) > MULTIMEDIA ENFANT > JEU TABLETTE - CONSOLE EDUCATIVE"),
])
def test_a_grown_up_object_on_a_toy_shelf_is_its_toy_version(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_phone_elsewhere_keeps_its_mains(classify):
    """The same kind off a toy shelf."""
    result = classify("Téléphone fixe sans fil Panasonic KX-TG", category="TELEPHONIE - GPS > TELEPHONE FIXE")
    assert result.classes["toy"] is False
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Protecteur d'Écran Pour Sony PSP 2000", "PACK 8 ACCESSOIRES SILICONE - ROSE",
                                   "PACK DE BATTERIES REACHARGEABLE POUR WII BALANCE"])
def test_the_console_accessories_shelf_names_no_console(classify, title):
    result = classify(title, category="CULTURE / JEUX > CONSOLES / JEUX VIDEO > ACCESSOIRES CONSOLE - JEUX")
    assert result.product_type != "game_console", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_gamepad_on_the_console_accessories_shelf_stays_a_gamepad(classify):
    result = classify("Manette PS4 sans fil",
                      category="CULTURE / JEUX > CONSOLES / JEUX VIDEO > ACCESSOIRES CONSOLE - JEUX")
    assert result.product_type == "game_controller", result.basis["product_type"]
    assert result.classes["radio"] is True


@pytest.mark.parametrize("title", ["Rallonge DVI I Dual Link 1.80m", "Lindy 31420 Rallonge VGA sans ferrites, m/f, 1m",
                                   "Table Repas thaï à rallonge en hévéa", "Rallonge Futaba 500 mm 0,14 mm"])
def test_rallonge_alone_is_no_mains_extension_lead(classify, title):
    result = classify(title)
    assert result.product_type != "power_strip", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Rallonge électrique 10 m 3G1,5", None),
    ("BREMA RALLONGE 3M", "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > ELECTRICITE > MULTIPRISE - RALLONGE - ENROULEUR"),
])
def test_a_mains_extension_lead_named_so_or_on_its_shelf(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "power_strip", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


def test_a_car_seat_base_is_a_childcare_article(classify):
    result = classify('BASE CABRIOFIX "EASY BASE"',
                      category="PUERICULTURE > ACCESSOIRES PROMENADE-VOYAGE > ADAPTATEUR SIEGE - NACELLE")
    assert result.product_type == "baby_gear", result.basis["product_type"]
    assert result.classes["eee"] is False and result.classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Trident démontable", "VISIODAN - Epée Z",
                                   "HARRY POTTER - Réplique baguette Hermione"])
def test_a_costumes_prop_weapon_is_no_textile(classify, title):
    result = classify(title, category="JOUET (NEW) > DEGUISEMENT > ARME FICTIVE - BATON")
    assert result.product_type == "toy_weapon", result.basis["product_type"]
    assert result.classes["textile"] is False


def test_a_trilby_is_a_hat(classify):
    result = classify("Blues brother trilby noir adulte",
                      category="JOUET (NEW) > DEGUISEMENT > CHAPEAU - PERRUQUE - COUVRE CHEF")
    assert result.product_type == "headwear", result.basis["product_type"]
    assert result.classes["textile"] is True
