"""Cdiscount rows (fr63; issue 9): the toy department's figures, and miniature wargames named by their line.

"JOUET > MONDE MINIATURE > FIGURINE - PERSONNAGE" holds Papo horses and Power Rangers; its word 'figurine' names an
ornament in English (home_decor), which a toy department does not sell (`department_senses`).
"""

from __future__ import annotations

import pytest

FIGURES = "JOUET (NEW) > MONDE MINIATURE > FIGURINE - PERSONNAGE"


@pytest.mark.parametrize("title", [
    "PAPO Cheval anglo-arabe noir - Poulain",
    "Figurine power rangers rouge clawzord zord armure",
    "Crocodile",
])
def test_a_figure_on_the_toy_departments_shelf_is_a_toy(classify, title):
    result = classify(title, category=FIGURES)
    assert result.product_type != "home_decor", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


def test_the_ornament_outside_a_toy_department_stays_an_ornament(classify):
    result = classify("Figurine bouddha", category="DECO - LINGE - LUMINAIRE > OBJET DE DECORATION - BIBELOT")
    assert result.product_type == "home_decor", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Space Wolves Stormfang / Stormwulf - Warhammer 40K",
    "Guerres Urbaines Extension Warhammer 40 000",
])
def test_a_miniature_wargame_on_the_toy_shelf_is_no_toy(classify, title):
    result = classify(title, category=FIGURES)
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


# -- fr63b: a wide draw of Cdiscount's departments ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind", "cls", "value"), [
    ("Live in Ancient Kourion by Iced Earth", "CULTURE / JEUX > MUSIQUE > VINYL", "music_media", "toy", False),
    ("Flight Simulator X - German Airfields 3", "CULTURE / JEUX > CONSOLES / JEUX VIDEO > JEUX VIDEO", "video_game",
     "toy", False),
    ("Nappe ronde unie diamètre 180 cm", "DECO - LINGE - LUMINAIRE > LINGE DE TABLE - CUISINE > NAPPE DE TABLE",
     "table_linen", "textile", True),
    ("20 serviettes en papier 40x40cm", "DECO - LINGE - LUMINAIRE > LINGE DE TABLE - CUISINE > SERVIETTE DE TABLE",
     "party_decoration", "textile", False),
    ("Centrale vapeur - Vapeur continue - Semelle inox", "ELECTROMENAGER > REPASSAGE - COUTURE > CENTRALE VAPEUR",
     "iron", "mains_lv", True),
    ("Détecteur de mouvement VISONIC NEXT+K985 PG2", None, "smart_sensor", "eee", True),
    ("chargeur solaire pour samsung galaxy note 2", None, "solar_panel", "mains_lv", False),
    ("Toshiba - PA3761E-1DV2 - Lecteur DVD externe", None, "external_drive", "mains_lv", False),
    ("Rouleau de moquette en 5 mètres de large", None, "rug", "textile", True),
    ("Vibromasseur Spotlight - Heiress vert", None, "vibrator", "mains_lv", False),
])
def test_cdiscounts_wide_draw(classify, title, category, kind, cls, value):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


@pytest.mark.parametrize("title", ["Chargeur pour HP PAVILION G6-1233EE - Allume-ci…",
                                   "Chargeur pour TOSHIBA SATELLITE M105 - Allume-c…",
                                   "Chargeur pour SONY VGN-SZ92PS - Allume-cigare"])
def test_a_car_charger_cut_short_by_the_export_is_still_no_mains_one(classify, title):
    assert classify(title).classes["mains_lv"] is False


def test_a_mains_charger_keeps_its_mains(classify):
    assert classify("Chargeur pour HP PAVILION G6-1233EE - 220V").classes["mains_lv"] is True


@pytest.mark.parametrize(("title", "toy"), [
    ("Jeu d injecteurs origine gaz naturel", False),
    ("Jeu de clés mixtes 12 pièces", False),
    ("Jeu de société Monopoly", True),
])
def test_a_set_of_parts_is_no_game(classify, title, toy):
    assert (classify(title).classes["toy"] is True) is toy


@pytest.mark.parametrize("title", ["Sac à dos Reine des Neiges", "GORMITI - Plaid", "Bol coeur Barbapapa"])
def test_french_childrens_licences(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_carpet_powder_is_no_carpet(classify):
    assert classify("Poudre pour moquette - recharge - 500 g").classes["textile"] is not True


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Moule métal - Tartelette ronde fond mobile 12 cm",
     "ART DE LA TABLE - ARTICLES CULINAIRES > USTENSILES PATISSERIE > MOULE", "tableware"),
    ("Cable d'embrayage Bihr YZ125 2004", "AUTO - MOTO (NEW) > PIECES > CABLE D'EMBRAYAGE", "vehicle_part"),
])
def test_a_departments_tableware_and_a_motorbikes_bowden_cable(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]
    assert result.classes["radio"] is False, result.basis["radio"]


# -- fr63c: a second draw of Cdiscount's electrical departments -----------------------------------------------------

SCREENS = "INFORMATIQUE > ECRAN - ENCEINTE > ECRAN ORDINATEUR"


@pytest.mark.parametrize(("title", "category", "kind", "mains"), [
    ("AOC - D2757PH", SCREENS, "monitor", True),
    ("MICROSCREEN MSC32445 ÉCRAN POUR ORDINATEUR PORTABLE", SCREENS, "computer_component", False),
    ("Chauffe-eau Thermor Duralis ACI 100L", None, "heater", True),
    ("Poêle à pellets DORICA PLUS THERMOROSSI", "BRICOLAGE > GENIE THERMIQUE > POELE - INSERT - FOYER",
     "home_appliance_misc", True),
])
def test_screens_heaters_and_stoves(classify, title, category, kind, mains):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "cls"), [
    ("Website Optimization - Rich Page", "LIBRAIRIE > INFORMATIQUE - INTERNET > INFORMATIQUE", "radio"),
    ("Jouet caoutchouc Mister Balloon 7 cm - Zolux", "ANIMALERIE - NEW > JOUET > JOUET", "toy"),
    ("Tablier arriere - MBK - 50 - E", "AUTO - MOTO (NEW) > PIECES > CARENAGE", "textile"),
    ("Kit de sécurité chauffe-eau Inox NF", None, "mains_lv"),
])
def test_no_class_from_a_subject_a_pets_toy_a_scooter_panel_or_fittings(classify, title, category, cls):
    result = classify(title, category=category)
    assert result.classes[cls] is not True, result.basis[cls]


def test_a_handheld_gps(classify):
    result = classify("GPS randonnée Garmin eTrex")
    assert result.product_type == "gps_device", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


# -- fr63d ------------------------------------------------------------------------------------------------------------

RC_CARS = "JOUET (NEW) > MONDE MINIATURE > VEHICULE - ENGIN TERRESTRE"
TUNERS = "INFORMATIQUE > PERIPHERIQUE PC > TUNER TV EXTERNE"

@pytest.mark.parametrize(("title", "category", "cls", "value"), [
    # (as Cdiscount's export cuts it: the whole "véhicule miniature" would name an unpowered scale model, whose shelf
    # word outranks the radio words)
    ("CORGI - CCC56702 - RADIO COMMANDE, VÉHICULE MIN…", RC_CARS, "toy", True),
    ("CORGI - CCC56702 - RADIO COMMANDE, VÉHICULE MIN…", RC_CARS, "radio", True),
    ("Avermedia - AVerTV Twin Star PCI-E - Tuner TV", TUNERS, "mains_lv", False),
    ("Bec de lampe Gaudard - Laiton 10", None, "eee", False),
    ("Intronics - Câble de téléphone - RJ-12 (M)", None, "mains_lv", False),
    ("Prise telephone 8 contacts Legrand", None, "mains_lv", False),
])
def test_radio_controlled_toys_tuners_oil_lamps_and_phone_leads(classify, title, category, cls, value):
    result = classify(title, category=category)
    assert result.classes[cls] is value, result.basis[cls]


def test_a_tuner_card_is_no_television(classify):
    result = classify("Avermedia - AVerTV Twin Star PCI-E - Tuner TV", category=TUNERS)
    assert result.product_type == "tv_tuner", result.basis["product_type"]


@pytest.mark.parametrize(("title", "eee"), [
    ("Resistance (thermoplongeur) 2050W", True),
    ("Pompe de cyclage", True),
    ("Joint pompe de cyclage", False),
])
def test_an_appliances_heating_element_and_pump_are_electrical_parts_its_seal_is_not(classify, title, eee):
    result = classify(title, category="ELECTROMENAGER > GROS APPAREILS LAVAGE-SECHAGE > ACCESSOIRES ET PIECES - LAVAGE")
    assert result.classes["eee"] is eee, result.basis["eee"]
