"""Stop 81 (issue 9): the vocabulary rounds of stop 81, each tested both ways."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise

MODEL_CARS = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > VEHICULE - ENGIN TERRESTRE"
MODEL_AIRCRAFT = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > AVIATION"
MODEL_PARTS = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > ACCESSOIRE - PIECE DETACHEE - OUTIL MODELISME"
MODEL_BOATS = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > BATEAU - SOUS-MARIN"
TRACK_VEHICLES = "JOUET (NEW) > MONDE MINIATURE > VEHICULE POUR CIRCUIT"
MOWER_LEAF = "JARDIN - PISCINE > OUTILS D'EXTERIEUR - DE JARDIN > TONDEUSE"
CLIPPER_LEAF = "ELECTROMENAGER > COIFFURE > TONDEUSE ELECTRIQUE - BARBE-NEZ-OREILLE - CHEVEUX"
COT_LEAF = "PUERICULTURE > LIT BEBE"
FITTED_SHEETS = "PUERICULTURE > SOMMEIL BEBE > DRAP HOUSSE MATELAS"
PUSHCHAIRS = "PUERICULTURE > PROMENADE-VOYAGE > POUSSETTE-CHASSIS POUSSETTE"
BROW_PENCILS = "HYGIENE - BEAUTE - PARFUM > MAQUILLAGE VISAGE - CORPS > EYE-LINER - CRAYON - KHOL"
SCREEN_PANELS = "INFORMATIQUE > COMPOSANT - PIECE DETACHEE > DALLE D'ECRAN"
OTHER_BOOKS = "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES"
NOVELS = "LIBRAIRIE > LITTERATURE > LITTERATURE FRANCAISE"
CHILDRENS_BOOKS = "LIBRAIRIE > LIVRE ENFANT - JEUNESSE > 9-12 ANS"
PARENTING_BOOKS = "LIBRAIRIE > VIE PRATIQUE > ENFANT - FAMILLE"


def _on(result, *classes: str) -> bool:
    return all(result.classes[name] is True for name in classes)


# --- radio-controlled models on a scale-model shelf ------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Strada TC Evo 2.4Ghz RTR", "TEAM ASSOCIATED RC10 T4.1  RTR",
                                   "Buggy radiocommandé 1/10 électrique"])
def test_a_ready_to_run_model_on_the_scale_model_shelf_has_its_radio_and_battery(classify, title):
    result = classify(title, category=MODEL_CARS)
    assert result.product_type == "scale_model" and _on(result, "radio", "transmitter", "eee", "battery")


def test_a_2_4_ghz_model_on_the_aircraft_shelf_has_its_radio(classify):
    result = classify("Honeybee King IV Rouge 2.4ghz Malle Alu", category=MODEL_AIRCRAFT)
    assert _on(result, "radio", "eee")


def test_a_receiver_module_with_a_decimal_comma_has_its_radio_and_no_battery(classify):
    result = classify("Module 2,4ghz Emission-Reception Diy", category=MODEL_PARTS)
    assert _on(result, "radio", "eee") and result.classes["battery"] is not True


@pytest.mark.parametrize("title", ["REVELL - Kit avion - F-15E Eagle", "MAQUETTE F 104 S/G STARF.INT HASEGA/32"])
def test_a_plastic_kit_on_the_same_shelf_stays_unpowered(classify, title):
    result = classify(title, category=MODEL_AIRCRAFT)
    assert not any(result.classes[name] is True for name in ("radio", "eee", "battery", "toy"))


@pytest.mark.parametrize("title", ["H2218 3680KV Moteur Sans Brosse Pièce Détachée",
                                   "Kit de conversion Brushless Inferno"])
def test_a_french_brushless_motor_is_an_rc_part_with_current(classify, title):
    result = classify(title, category=MODEL_PARTS)
    assert result.product_type == "rc_servo" and result.classes["eee"] is True


def test_a_powered_railcar_is_a_locomotive(classify):
    result = classify("Automotrice diesel VT 11.5 de la DB, Epoque 3", category=TRACK_VEHICLES)
    assert result.product_type == "model_locomotive" and result.classes["eee"] is True


def test_a_goods_wagon_stays_passive(classify):
    result = classify("Wagon couvert de la DB, Epoque 3", category=TRACK_VEHICLES)
    assert result.classes["eee"] is not True


def test_a_u_boot_kit_is_no_boots(classify):
    result = classify("MAQUETTE U BOOT VIIC REVELL 1/72", category=MODEL_BOATS)
    assert result.product_type != "boots" and result.classes["textile"] is not True


def test_boots_are_still_boots(classify):
    assert classify("Boots cuir femme").product_type == "boots"


def test_a_model_cars_hard_top_is_no_top(classify):
    result = classify("Maisto - 31687 - Mercedes Slk Hard Top - 1:18", category=MODEL_CARS)
    assert result.product_type != "shirt" and result.classes["textile"] is not True


def test_a_top_is_still_a_top(classify):
    assert classify("Womens Lace Top").product_type == "shirt"


# --- French ages from 13 on ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["BRONZINI T-Shirt Fille 16 ans", "Jeans Kaporal Enfant  16 ans",
                                   "Ensemble fille Freegun Dog  14 -16  ans", "T-Shirt enfant 14-15 ans",
                                   "FREEGUN  Boxer garçon  14 ans"])
def test_a_french_teen_size_is_no_childs(classify, title):
    assert classify(title).classes["children_12_under"] is not True


@pytest.mark.parametrize("title", ["T-Shirt Fille 10 ans", "Pyjama fille 12-14 ans", "Jeu éducatif de 8 à 14 ans",
                                   "Boxer garçon 10-13 ans"])
def test_a_french_childs_size_or_a_range_from_12_or_under_is_still_a_childs(classify, title):
    assert classify(title).classes["children_12_under"] is True


# --- a mower on a clipper leaf ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [("TONDEUSE A GAZON 5.5 CV BRIGGS & STRATTON", "garden_power_tool"),
                                             ("Tondeuse thermique 140 cm3 Briggs et Stratton", "garden_power_tool"),
                                             ("AUTOPORTÉE CC 714 TF Cub Cadet", "riding_mower")])
def test_a_mower_on_the_garden_mower_leaf_is_no_hair_clipper(classify, title, kind):
    result = classify(title, category=MOWER_LEAF)
    assert result.product_type == kind and result.classes["mains_lv"] is not True


def test_a_hair_clipper_on_its_own_leaf_is_still_a_clipper(classify):
    result = classify("Tondeuse Polyvalente Rechargeable Wahl", category=CLIPPER_LEAF)
    assert result.product_type == "shaver" and result.classes["mains_lv"] is True


# --- bed linen on a cot or mattress leaf -----------------------------------------------------------------------------


def test_bed_linen_on_the_cot_leaf_is_textile(classify):
    result = classify("CANDIDE Parure de Lit Taie + Housse de Couette", category=COT_LEAF)
    assert result.product_type == "bedding" and result.classes["textile"] is True


def test_a_cot_on_the_cot_leaf_is_still_the_cot(classify):
    assert classify("Lit bébé à barreaux 60x120 hêtre", category=COT_LEAF).product_type != "bedding"


@pytest.mark.parametrize("title", ["BABYSUN - Drap housse bambou 70 x 140 cm framboise",
                                   "Lot de 4 draps housse pour lit bébé"])
def test_a_fitted_sheet_on_the_mattress_sheet_leaf_is_textile(classify, title):
    result = classify(title, category=FITTED_SHEETS)
    assert result.product_type == "bedding" and result.classes["textile"] is True


def test_a_pushchair_sold_with_its_footmuff_stays_the_pushchair(classify):
    result = classify("Poussette YOYO châssis blanc + chancelière noir", category=PUSHCHAIRS)
    assert result.product_type == "baby_gear" and result.classes["textile"] is not True


# --- eye and brow pencils --------------------------------------------------------------------------------------------


def test_a_brow_pencil_is_no_colouring_pencil(classify):
    result = classify("CRAYON CORRECTEUR SOURCIL 02 TAUPE", category=BROW_PENCILS)
    assert result.product_type == "cosmetics" and result.classes["toy"] is not True
    assert result.classes["children_12_under"] is not True


def test_a_colouring_pencil_set_is_still_one(classify):
    assert classify("Crayons de couleur enfant x12").classes["children_12_under"] is True


# --- the decimal comma -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [("Scie sauteuse 14,4V-LI", "scie sauteuse 14.4 v li"),
                                               ("Pointure 38,5", "pointure 38.5"),
                                               ("1,200 Piece Puzzle", "1 , 200 piece puzzle"),
                                               ("Lot de 2, 4 ou 6", "lot de 2 , 4 ou 6")])
def test_a_decimal_comma_is_the_numbers_point_and_a_thousands_comma_is_not(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("title", ["Scie sauteuse GST 14,4V-LI BOSCH", "Perceuse visseuse à percussion 13 mm 14,4 V"])
def test_a_cordless_tools_voltage_with_a_decimal_comma_is_read(classify, title):
    result = classify(title, category="BRICOLAGE - OUTILLAGE - QUINCAILLERIE > MACHINE OUTIL > SCIE ELECTRIQUE")
    assert result.classes["battery"] is True


@pytest.mark.parametrize("title", ["Dalle Ecran 15,6 Lenovo / IBM IDEAPAD G560",
                                   "Dalle d'écran Acer Aspire 5720 Series"])
def test_a_screen_panel_named_before_its_laptop_is_the_panel(classify, title):
    result = classify(title)
    assert result.product_type == "computer_component" and result.classes["radio"] is not True


def test_a_laptop_is_still_a_laptop(classify):
    assert classify("Lenovo IdeaPad G560 15,6 pouces").product_type == "laptop"


# --- children as a book's subject ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "shelf"), [("Les enfants du massacre", OTHER_BOOKS),
                                              ("L'enfant du faubourg", NOVELS),
                                              ("Enfant de la prophétie t.2", "LIBRAIRIE > SCIENCE-FICTION > FANTASY"),
                                              ("LA TROISIEME FILLE", OTHER_BOOKS), ("Tous les enfants sauf un", NOVELS),
                                              ("La santé de mon enfant", PARENTING_BOOKS),
                                              ("Pour une parentalité sans violence", PARENTING_BOOKS)])
def test_children_as_a_books_subject_or_a_parenting_shelf_make_no_childrens_book(classify, title, shelf):
    assert classify(title, category=shelf).classes["children_12_under"] is not True


@pytest.mark.parametrize(("title", "shelf"), [("Les enfants de la forêt", CHILDRENS_BOOKS),
                                              ("Comptines pour les enfants", OTHER_BOOKS),
                                              ("Mon premier imagier enfant", OTHER_BOOKS)])
def test_a_childrens_book_is_still_one(classify, title, shelf):
    assert classify(title, category=shelf).classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Pyjama pour les enfants", "Lit pour les enfants de 3 ans", "Pyjama enfant 8 ans"])
def test_a_childs_product_that_says_les_enfants_is_still_a_childs(classify, title):
    assert classify(title).classes["children_12_under"] is True
