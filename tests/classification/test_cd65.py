"""Cdiscount rows read by a word of another sense or a French name the vocabulary lacked (cd65; issue 9), and
German chainsaws (kf65)."""

from __future__ import annotations

import pytest

LAPTOP_BATTERIES = "INFORMATIQUE > CONNECTIQUE - ALIMENTATION > BATTERIE"
LAPTOP_CHARGERS = "INFORMATIQUE > CONNECTIQUE - ALIMENTATION > CHARGEUR - ADAPTATEUR"
ALARM_KITS = "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > SECURITE MAISON > KIT ALARME - PACK ALARME"
LEARNING_TOYS = "JOUET (NEW) > JOUET GENERALISTE - LUDO-EDUCATIF > JEU D'EVEIL EDUCATIF - PEDAGOGIQUE"


@pytest.mark.parametrize("title", [
    "Batterie pour HP PAVILION G6-1306TU - Haute cap…",
    "Batterie pour COMPAQ PRESARIO CQ56-135EF - Haut…",
    "Batterie pour Lenovo IdeaPad Z400. IdeaPad Z500...",
])
def test_a_battery_for_a_device_is_the_battery(classify, title):
    result = classify(title, category=LAPTOP_BATTERIES)
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert result.classes["battery"] is True
    assert result.classes["textile"] is not True, result.basis["textile"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_a_charger_named_by_the_battery_it_charges_is_the_charger(classify):
    result = classify("Hp Pavilion Dv6-3064er Chargeur Batterie Pour O…", category=LAPTOP_CHARGERS)
    assert result.product_type == "mains_charger", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


def test_an_electric_bikes_battery_is_the_battery(classify):
    result = classify("Doctibike Batterie Tige de Selle 24V-10A",
                      category="SPORT (NEW) > CYCLES > BATTERIE POUR VELO ELECTRIQUE")
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_torch_in_french_has_no_mains(classify):
    result = classify("Varta lampe de poche 'spot light 2aa', 2 batter…", category=(
        "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > PILE - LAMPE ELECTRIQUE > LAMPE ELECTRIQUE - LAMPE DE POCHE"))
    assert result.product_type == "flashlight", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["battery"] is True


def test_a_ribbon_under_printing_and_scanners_is_no_scanner(classify):
    result = classify("CTM ZD 601 - Original Printronix 107675-001 - R…",
                      category="INFORMATIQUE > IMPRESSION - SCANNER > RUBAN - ENCREUR")
    assert result.product_type == "ink_cartridge", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "kind", "mains"), [
    ("Kit Alarme Paradox MG6250 - GSM4", ALARM_KITS, "alarm", None),
    ("HP LeftHand P4500 SATA Storage System - Baie de d…",
     "INFORMATIQUE > COMPOSANT - PIECE DETACHEE > RACK - ACCESSOIRES DE BAIES", "nas", True),
    ("Powerware Enclosure Power Distribution Unit Manag…", None, "power_strip", True),
    ("Motorsäge BOSCH 0600849G02 18 V", None, "power_tool", None),
])
def test_a_kind_named_in_french_german_or_trade_words_needs_current(classify, title, category, kind, mains):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    if mains:
        assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_petrol_chainsaw_needs_no_current(classify):
    result = classify("Benzin-Kettensäge Scheppach CSP41 1400 W 40 cm")
    assert result.product_type == "power_tool", result.basis["product_type"]
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_an_early_learning_toy_is_no_family_game_of_ludo(classify):
    result = classify("EDUCA - Ma première horloge", category=LEARNING_TOYS)
    assert result.product_type == "educational_toy", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]
    assert classify("Jeu de Ludo classique").product_type == "board_game"


@pytest.mark.parametrize("title", [
    "23800425 25 Mètres 4MM PU compresseur d'air flexible pour pistolets, outils pneumatiques",
    "KIT JOINTS HAUT-MOTEUR POUR SUZUKI DR650 1990-9…",
    "Serre Cable 27mm + marquage (vendu par 10)",
])
def test_a_french_word_in_another_sense_is_no_machine_garment_or_cable(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["textile"] is not True, result.basis["textile"]
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_an_abacus_on_its_shelf_is_no_fuse(classify):
    result = classify("abaque Fusé a rondelle",
                      category="JOUET (NEW) > JOUET GENERALISTE - LUDO-EDUCATIF > BOULIER - CIRCUIT A BOULE")
    assert result.product_type == "educational_toy", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_french_air_compressor_keeps_its_mains(classify):
    assert classify("Compresseur d'air 50L 2HP").classes["mains_lv"] is True
