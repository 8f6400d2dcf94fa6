"""A French marketplace: Cdiscount's upper-case tree, French titles, accents and elisions (cdfr55, issue 9).

An audit of 500 Cdiscount (France) offers, labelled by hand before their readings, found the French catalog read
through English habits: a title or a path written without accents ("SECHE-LINGE", "Batterie telephone") missed the
vocabulary's "sèche linge" and "batterie téléphone"; an elision ("Taie d'oreiller") made one word; French puts a noun
phrase's head first ("Coque iPhone 6", "Batterie HP Pavilion"), so head-final reading took the phone or the laptop with
its radio, mains and battery; and the tree's leaves name the accessory, then the device it is for ("FILM DE
PROTECTION TELEPHONE", "MONTRE BRACELET"), which read a landline phone and a bracelet. The titles below are written for
the tests, in the catalog's manner.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise

PHONE_CASES = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > COQUE - BUMPER - FACADE TELEPHONE"
PHONE_BATTERIES = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > BATTERIE TELEPHONE"
PHONE_FILMS = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > FILM DE PROTECTION TELEPHONE"
PHONE_CLEANING = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > ENTRETIEN - NETTOYAGE"
CAR_GPS = "TELEPHONIE - GPS > GPS > GPS AUTO - MODULE - BOITIER DE NAVIGATION"
WATCHES = "BIJOUX -  LUNETTES - MONTRES > MONTRES > MONTRE BRACELET"
BRACELETS = "BIJOUX -  LUNETTES - MONTRES > BIJOUX > BRACELET - GOURMETTE"
SCREEN_PANELS = "INFORMATIQUE > COMPOSANT - PIECE DETACHEE > DALLE D'ECRAN"
BOOKS = "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES"
WASHER_PARTS = "ELECTROMENAGER > GROS APPAREILS LAVAGE-SECHAGE > ACCESSOIRES ET PIECES - LAVAGE-SECHAGE"
DRYERS = "ELECTROMENAGER > GROS APPAREILS LAVAGE-SECHAGE > SECHE-LINGE"
E_LIQUIDS = "ARTICLES POUR FUMEUR > CIGARETTE ELECTRONIQUE > LIQUIDE POUR CIGARETTE ELECTRONIQUE"
E_CIGARETTES = "ARTICLES POUR FUMEUR > CIGARETTE ELECTRONIQUE > CIGARETTE ELECTRONIQUE"


# --- accents and elisions ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "folded"), [
    ("SECHE-LINGE", "seche linge"),
    ("Sèche-linge", "seche linge"),
    ("Déguisement Pokémon", "deguisement pokemon"),
    ("CALEÇON", "calecon"),
    ("Œuf surprise", "oeuf surprise"),
])
def test_french_accents_fold_on_both_sides(written, folded):
    assert normalise(written) == folded


def test_german_umlauts_are_written_out_not_dropped():
    # "für" is no "fur": de57 folds the umlauts to their written-out spelling ("fuer"), never to the bare vowel
    assert normalise("Spielzeug für Kinder") == "spielzeug fuer kinder"


@pytest.mark.parametrize(("written", "read"), [
    ("Taie d'oreiller en coton", "taie d oreiller en coton"),
    ("Winnie l’ourson", "winnie l ourson"),
])
def test_a_french_elision_is_two_words(written, read):
    assert normalise(written) == read


@pytest.mark.parametrize(("written", "read"), [
    ("kids' toys", "kids toys"),
    ("men's shirt", "mens shirt"),
    ("Don't Starve", "dont starve"),
    ("O'Neill hoodie", "oneill hoodie"),
])
def test_an_english_apostrophe_is_dropped_as_before(written, read):
    assert normalise(written) == read


def test_a_title_without_accents_reads_as_one_with_them(classify):
    plain = classify("SECHE LINGE A CONDENSATION 8 KG CLASSE B")
    accented = classify("Sèche-linge à condensation 8 kg classe B")
    assert plain.product_type == accented.product_type
    assert plain.classes["mains_lv"] and accented.classes["mains_lv"]


def test_an_upper_case_leaf_without_accents_names_the_appliance(classify):
    result = classify("CANDY GVS 8 kg blanc", category=DRYERS)
    assert result.classes["mains_lv"] and result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Gérer la culture en région les pratiques des acteurs",  # "dés" (dice) folds to the article "des"
    "Under the Greenwood Tree",  # "thé" (tea) folds to "the"
])
def test_french_words_that_fold_to_articles_name_nothing(classify, title):
    result = classify(title)
    assert result.product_type not in {"dice_game", "food"}
    assert not result.classes["toy"]


def test_an_elided_pillowcase_is_bed_linen(classify):
    result = classify("Taie d'oreiller coton uni 65x65 blanc")
    assert result.classes["textile"]


# --- French heads first ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Coque iPhone 6 silicone transparente motif plume", "device_case"),
    ("Coque Samsung Galaxy S4 rigide noire", "device_case"),
    ("Housse ordinateur portable 15 pouces néoprène", "device_case"),
    ("Bijoux téléphone strass Xperia Z3 papillon", "jewellery"),
])
def test_a_french_case_named_before_its_device_is_the_case(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["radio"] and not result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Batterie HP Pavilion DV6 10.8V 4400mAh Li-ion",
    "Batterie téléphone portable Nokia BL-5C",
])
def test_a_french_battery_named_before_its_device_is_the_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"]
    assert not result.classes["eee"] and not result.classes["radio"]


def test_a_french_charger_and_remote_named_first(classify):
    charger = classify("Chargeur Toshiba Satellite C650 19V 3.42A")
    assert charger.classes["mains_lv"] and not charger.classes["radio"]
    remote = classify("Télécommande universelle TV Samsung LCD")
    assert remote.product_type == "remote_control"
    assert not remote.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("iPhone 6 16 Go argent débloqué", "smartphone"),  # the device alone keeps its radio
    ("Cable Knit Sweater", "sweater"),  # English heads last: "cable" is no French head
    ("Silicone Phone Case for iPhone 6", "device_case"),
])
def test_titles_with_no_french_head_first_read_as_before(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_french_car_charger_is_no_mains(classify):
    result = classify("MINI CHARGEUR AUTO VOITURE USB BLANC POUR Galaxy S3")
    assert result.classes["eee"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Hélicoptère télécommandé 3 voies avec gyroscope",
    "Voiture télécommandée 1:18 tout terrain",
])
def test_a_radio_controlled_toy_is_no_remote(classify, title):
    result = classify(title)
    assert result.product_type == "rc_vehicle"
    assert result.classes["radio"] and result.classes["toy"]


# --- Cdiscount's tree -------------------------------------------------------------------------------------------------

def test_a_case_on_the_phone_case_leaf_is_the_case(classify):
    result = classify("Coque rigide noire motif fleurs Galaxy S5", category=PHONE_CASES)
    assert result.product_type == "device_case"
    assert not result.classes["radio"] and not result.classes["mains_lv"] and not result.classes["battery"]


def test_a_phone_battery_leaf_is_a_battery_not_a_phone(classify):
    result = classify("Batterie origine Nokia BL-5C 1020 mAh", category=PHONE_BATTERIES)
    assert result.classes["battery"]
    assert not result.classes["radio"] and not result.classes["mains_lv"] and not result.classes["eee"]


def test_a_screen_film_leaf_is_a_screen_protector(classify):
    result = classify("x3 films protection écran HTC One", category=PHONE_FILMS)
    assert result.product_type == "screen_protector"
    assert not result.classes["radio"] and not result.classes["mains_lv"]


def test_the_gps_of_the_phone_branch_is_no_receiver(classify):
    cleaning = classify("Kit de nettoyage écran 3 pièces microfibre", category=PHONE_CLEANING)
    assert not cleaning.classes["radio"]
    navigator = classify("GPS TomTom Start 20 Europe 45 pays", category=CAR_GPS)  # a GPS leaf keeps its receiver
    assert navigator.classes["radio"]


def test_a_wristwatch_leaf_is_a_watch_and_a_bracelet_leaf_jewellery(classify):
    watch = classify("Montre homme cadran noir bracelet cuir", category=WATCHES)
    assert watch.product_type == "watch"
    assert watch.classes["battery"] and watch.classes["eee"]
    bracelet = classify("Bracelet jonc argent 925 oxydes", category=BRACELETS)
    assert bracelet.product_type == "jewellery"
    assert not bracelet.classes["eee"]


def test_a_screen_panel_leaf_is_a_component(classify):
    result = classify("Dalle LED 15.6 pouces brillante connecteur 40 pins", category=SCREEN_PANELS)
    assert result.classes["eee"]
    assert not result.classes["radio"] and not result.classes["battery"]


@pytest.mark.parametrize("title", ["Le petit train de la mémoire", "La poupée de Kafka"])
def test_the_other_books_shelf_holds_books(classify, title):
    result = classify(title, category=BOOKS)  # a plaything's word in a book's title names no plaything
    assert result.product_type == "book"
    assert not result.classes["toy"]


def test_a_washer_part_on_the_parts_leaf_has_no_mains(classify):
    result = classify("Joint de hublot pour lave-linge", category=WASHER_PARTS)
    assert not result.classes["mains_lv"]


def test_an_e_liquid_is_no_e_cigarette(classify):
    liquid = classify("E-liquide saveur menthe 10 ml 6 mg", category=E_LIQUIDS)
    assert liquid.product_type == "e_liquid"
    assert not liquid.classes["battery"] and not liquid.classes["eee"]
    kit = classify("Kit cigarette électronique 2200 mAh clearomiseur 3 ml", category=E_CIGARETTES)
    assert kit.classes["battery"] and kit.classes["eee"]
