"""Cdiscount's costumes (cd64; issue 9): a grown-up's costume on the toy department's dress-up shelf is no toy.

Cdiscount files carnival costumes for adults under "JOUET > DEGUISEMENT", whose "jouet" made them toys (219 rows);
the title's adult word or letter size says whose they are, and a child word keeps the child's (`adult_costume`).
"""

from __future__ import annotations

import pytest

COSTUMES = "JOUET (NEW) > DEGUISEMENT > DEGUISEMENT - PANOPLIE"


@pytest.mark.parametrize("title", [
    "Mascotte de loup marron  XXL",
    "Déguisement Femme FEE du M/L",
    "Costume Pirate Dame - Taille M",
    "Womens Pirate Costume",
])
def test_a_grown_ups_costume_is_no_toy(classify, title):
    result = classify(title, category=COSTUMES)
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
    assert result.classes["textile"] is True


@pytest.mark.parametrize("title", [
    "Déguisement enfant pirate 8 ans",
    # review64: a letter size alone is also a child's (Rubie's S/M/L): no adult word, no verdict
    "Disney Frozen Elsa Costume Size S",
    "Déguisement Spiderman garçon taille M",
    "Boys Pirate Costume",
])
def test_a_childs_costume_stays_a_toy(classify, title):
    result = classify(title, category=COSTUMES)
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]



# -- cd64b: French names of electrical products -------------------------------------------------------------------

AMPLIFIERS = "INSTRUMENTS DE MUSIQUE > AMPLIFICATION ET EFFETS DU SON > AMPLIFICATEUR"


@pytest.mark.parametrize(("title", "category", "kind", "mains"), [
    ("Convertisseur de tension Navicom 12/220V - 600W", "", "voltage_converter", True),
    ("Combo Guitare Classic 50 410", AMPLIFIERS, "amplifier", True),
    ("ASHDOWN VS-412-600 BAFFLE BASSE", AMPLIFIERS, "speaker", False),
    ("STANLEY FME600K outil multifonction oscillant - 250W", "", "power_tool", True),
    ("BENINCA KPRFRA Kit de motorisation à vérins pour portail", "", "garage_door_opener", True),
])
def test_french_electrical_words(classify, title, category, kind, mains):
    result = classify(title, category=category or None)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


def test_an_accordion_on_the_keyboards_shelf_is_no_computer_keyboard(classify):
    result = classify("Accordéons Chromatiques FUN STAR 96B Noir",
                      category="INSTRUMENTS DE MUSIQUE > INSTRUMENT - PIANO - CLAVIER > ACCORDEON - CONCERTINA")
    assert result.product_type == "musical_instrument", result.basis["product_type"]
    assert result.classes["eee"] is not True, result.basis["eee"]


# -- cd64c: a bare "mobile" names no phone -----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Coffre fort mobile monolithique serrure à clef", ""),
    ("Mobile À Vent Mossy Oak Truite Sauvage 25 cm", ""),
    ("Lanterneau Extra-Plat Aluminium", "AUTO - MOTO (NEW) > HABITATION MOBILE - AMENAGEMENT INTERIEUR > LANTERNAUX"),
    ("Putzeimer Leifheit Clean Twist Mop Ergo mobile Blau", ""),
])
def test_a_bare_mobile_is_no_phone(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type not in ("smartphone", "feature_phone"), result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Nokia 105 Single SIM, Keypad Mobile Phone with Wireless FM Radio", "feature_phone"),
    ("Motorola a10 Dual Sim keypad Mobile with 1750 mAh Battery", "feature_phone"),
    ("Samsung Galaxy 5G Mobile (8GB RAM)", "smartphone"),
])
def test_a_mobile_named_with_what_it_is_is_a_phone(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is True


# -- cd64d: a department's list of kinds names no product alone ---------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Brassard de sport Rose pour Samsung Galaxy S3 Mini",
     "TV - VIDEO - SON > PROTECTION - TRANSPORT - ENTRETIEN > DRAGONNE - TOUR DE COU"),
    ("Bluetrade - Station d'accueil Htc Touch Cruise 2", "TV - VIDEO - SON > LECTEUR MUSIQUE > STATION D'ACCUEIL"),
    ("Ecran projection sur cadre 3,00x1,69m", "TV - VIDEO - SON > VIDEOPROJECTION > ECRAN DE PROJECTION"),
    ("Antenne terrestre UHF large bande dat75", "TV - VIDEO - SON > ANTENNE - PARABOLE > ANTENNE"),
])
def test_the_tv_departments_word_makes_no_television(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "television", result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_a_leaf_naming_the_television_still_does(classify):
    result = classify("TOSHIBA - 32 LV 833 F", category="TV - VIDEO - SON > TELEVISEUR > TELEVISEUR LCD")
    assert result.product_type == "television", result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Cable antenne F/F - BlackMoon - Luxe - 5m", "cable"),
    ("Parabole 60cm", "tv_antenna"),
    ("Set Home Cinema KODA White - ensemble home cinéma", "soundbar"),
])
def test_french_antenna_and_home_cinema_words(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", [
    "Classeur accordéon 13 compartiments",
    "Leatherman Wave+ outil multifonction",
    "Woodlink Squirrel Baffle for bird feeder pole",
])
def test_french_words_in_their_other_senses(classify, title):
    result = classify(title)
    assert result.product_type not in ("musical_instrument", "power_tool", "speaker"), result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
