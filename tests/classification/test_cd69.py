"""Stop 68's audits (cd69, toy69; issue 9): an appliance department holds no toys, French toy sounds, cp1252's Œ."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise

WASHER_PARTS = "ELECTROMENAGER > GROS APPAREILS LAVAGE-SECHAGE > ACCESSOIRES ET PIECES - LAVAGE-SECHAGE"
COOKER_PARTS = "ELECTROMENAGER > GROS APPAREILS DE CUISSON > ACCESSOIRES ET PIECES - GROS APPAREILS DE CUISSON"
FOOD_PREP_PARTS = "ELECTROMENAGER > PREPARATION CULINAIRE > ACCESSOIRES ET PIECES - PREPARATION CULINAIRE"


@pytest.mark.parametrize(("title", "category"), [
    ("Jeu injecteurs butane", COOKER_PARTS),
    ("480111102878. PLATINE DE PUISSANCE DOMINO VIERGE", WASHER_PARTS),
    ("Couvercle bol mixer pour robots et multifonction", FOOD_PREP_PARTS),
    ("Filtre a peluche hublot - M1000D", WASHER_PARTS),
])
def test_an_appliance_departments_part_is_no_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_a_toy_shelf_keeps_its_toys(classify):
    """The same words off the appliance department: a set of dominoes on a games shelf is a toy."""
    result = classify("Jeu de dominos en bois", category="JEUX - JOUETS > JEUX DE SOCIETE > DOMINOS")
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize("title", ["Bougie de bruleur", "Platine de puissance 22711 pour aspirateur PHILIPS"])
def test_an_appliances_electrical_part(classify, title):
    result = classify(title, category=COOKER_PARTS)
    assert result.product_type == "electrical_part", result.basis["product_type"]
    assert result.classes["eee"] is True


def test_a_terminal_block_domino_by_its_title_alone(classify):
    result = classify("480111102878. PLATINE DE PUISSANCE DOMINO VIERGE")
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["eee"] is True


def test_a_candle_stays_a_candle(classify):
    assert classify("Bougie parfumée vanille").product_type == "candle"


def test_dishwasher_tablets_are_no_dishwasher(classify):
    result = classify("Boîte de 70 Tablettes Lave-vaisselle FINISH",
                      category="DROGUERIE (NEW) > PRODUIT D'ENTRETIEN > PRODUIT LAVE-VAISSELLE - SEL REGENERANT")
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_an_activity_tracker_on_the_coaching_leaf(classify):
    result = classify("Jawbone UP24 red Size L",
                      category="SPORT (NEW) > INSTRUMENT DE MESURE > COACH SPORTIF - SUIVI ACTIVITES QUOTIDIENNES")
    assert result.product_type == "fitness_tracker", result.basis["product_type"]
    assert result.classes["toy"] is False


@pytest.mark.parametrize("title", ["Peluche Angry Birds sonores", "Camion de pompier lumière et son",
                                   "Voiture de police sirène et lumières", "Poupon qui parle", "Peluche lion qui rugit",
                                   "Perfect Petzzz Sleeping and Breathing Puppy", "Night light plush owl",
                                   "Machine à bulles", "Micro karaoké enfant"])
def test_a_toy_named_by_its_sounds_or_lights_is_electrical(classify, title):
    result = classify(title)
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize("title", ["Poupée Jenny : Sirène avec bébés", "Pivert avec son nid", "La peau qui parle",
                                   "Playmobil Bateau pirate avec sirène", "Squeaky Dog Toy Plush Hedgehog Makes Noises",
                                   "Golden Slumbers: Lullabies from Near and Far", "Bandes sonores de films cultes",
                                   "Panneaux acoustiques isolation ondes sonores"])
def test_a_mermaid_a_birds_nest_or_a_book_title_is_no_circuit(classify, title):
    assert classify(title).classes["eee"] is not True


@pytest.mark.parametrize(("title", "kind"), [("Livre sonore comptines", "sound_book"),
                                             ("Mobile musical William Henry", "musical_mobile")])
def test_french_sound_books_and_cot_mobiles(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True


def test_a_wind_up_mobile_has_no_cell(classify):
    result = classify("Mobile musical à remonter")
    assert result.product_type != "musical_mobile", result.basis["product_type"]
    assert result.classes["battery"] is not True, result.basis["battery"]


@pytest.mark.parametrize("title", ["Machine à bulles 230V soirée DJ professionnelle",
                                   "Liquide machine à bulles 1 litre"])
def test_a_djs_bubble_machine_or_bubble_fluid_is_no_toy(classify, title):
    assert classify(title).classes["toy"] is not True


def test_a_toy_kitchen_on_its_toy_appliances_leaf_stays_a_toy(classify):
    result = classify("Smoby Tefal Studio cuisine enfant",
                      category="JEUX - JOUETS > JEUX D'IMITATION > DINETTE - CUISINE > ELECTROMENAGER JOUET")
    assert result.classes["toy"] is True, result.basis["toy"]


def test_a_childrens_robot_kits_extension_stays_a_toy(classify):
    assert classify("Kit d'extension pour robot mBot Makeblock").classes["toy"] is True


@pytest.mark.parametrize("title", ["Pièces détachées robot Super G+ - connecteur de tuyau"])
def test_a_pool_robots_parts_are_no_robot_toy(classify, title):
    result = classify(title, category="JARDIN - PISCINE > PISCINE - ENTRETIEN ET MESURE > "
                                      "ACCESSOIRES DE ROBOT DE NETTOYAGE - BALAI AUTOMATIQUE")
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_robot_toy_stays_a_toy(classify):
    assert classify("Robot jouet transformable").classes["toy"] is True


def test_cp1252_oe_read_as_latin_1_folds_like_oe():
    assert normalise("MARACAS - \x8cUFS SONORES") == normalise("MARACAS - ŒUFS SONORES")
    assert normalise("Collier c\x9cur") == normalise("Collier cœur")


def test_shaker_eggs_are_no_circuit(classify):
    result = classify("LP Percussion Maracas CP281 Bois Rouge",
                      category="INSTRUMENTS DE MUSIQUE > INSTRUMENT - PERCUSSION > MARACAS - \x8cUFS SONORES - GANZA")
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_a_vibrating_egg_on_its_mis_encoded_leaf(classify):
    result = classify("B Swish - BSoft SKYBLUE", category="ADULTE - EROTIQUE > SEXTOYS > \x8cUF VIBRANT")
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize("title", ["Coupe bordures sur accu RG-CT18/1Li", "Cube lumineux LED Accu Outdoor"])
def test_the_french_accu_is_a_battery(classify, title):
    assert classify(title).classes["battery"] is True


@pytest.mark.parametrize("title", ["Pack accus 2/3A NiMH Conrad Energy 9,6V 1300mAh",
                                   "Accus de réception NiMH - 6,0V - 2000mAh"])
def test_a_radio_control_pack_of_accus_is_a_battery_pack(classify, title):
    result = classify(title, category="JOUET > MODELISME > ACCESSOIRE - PIECE DETACHEE - OUTIL MODELISME")
    assert result.product_type == "battery_pack", result.basis["product_type"]


@pytest.mark.parametrize("title", ["CHAUD. MUR CHAFFOTEAUX MICRO ACCU CONDENS MIRA", "Chargeur accus AA AAA"])
def test_a_boilers_micro_accumulation_or_a_cells_charger_has_no_battery(classify, title):
    assert classify(title).classes["battery"] is not True
