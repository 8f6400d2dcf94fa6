"""Cdiscount's French senses found by stop 67's audits (cd68; issue 9): "manette" is a gamepad, but also a cooker's
knob on its parts shelf and a bicycle's shifter on the cycling shelf."""

from __future__ import annotations

import pytest

COOKER_PARTS = "ELECTROMENAGER > GROS APPAREILS DE CUISSON > ACCESSOIRES ET PIECES - GROS APPAREILS DE CUISSON"
BIKE_GRIPS = "SPORT (NEW) > CYCLES > POIGNEE - MANETTE DE VITESSE - GRIP"


@pytest.mark.parametrize("title", ["Manette bruleur pour cuisinière BRANDT - KG351", "C00136356. MANETTE DE GAZ",
                                   "Manette minuterie pour cuisinière BEKO"])
def test_a_cookers_knob_is_a_part_not_a_gamepad(classify, title):
    result = classify(title, category=COOKER_PARTS)
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Levier droit Shimano 105 5700 10v", "Trivio Guidoline Cork Bleu",
                                   "Poignées guidon vélo enfant"])
def test_a_bicycles_shifter_grip_or_tape_is_no_gamepad(classify, title):
    result = classify(title, category=BIKE_GRIPS)
    assert result.product_type == "bike_accessory", result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]


def test_a_gamepad_stays_a_gamepad(classify):
    """The same word in its first sense."""
    result = classify("Manette PS4 sans fil", category="JEUX VIDEO > ACCESSOIRES CONSOLE - JEUX")
    assert result.product_type == "game_controller", result.basis["product_type"]
    assert result.classes["radio"] is True


@pytest.mark.parametrize("title", ["Pompe de filtration piscine mnb (1 CV triphasée)",
                                   "Pompe auto-amorçante 3/4 cv avec préfiltre 15m3/h", "Pompe centrifuge 230V 0.37Kw",
                                   "Pompe de relevage 600 W", "Surpresseur Gamme SURJET 600 w - 19L"])
def test_a_french_pool_or_garden_pump_runs_on_the_mains(classify, title):
    result = classify(title, category="JARDIN - PISCINE > PISCINE > POMPE - GROUPE FILTRANT - BLOC DE FILTRATION")
    assert result.product_type == "garden_pump", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Filtre à cartouche STAR CLEAR", "Skimmer de surface flottant Intex DELUXE"])
def test_the_pump_shelfs_passive_filters_are_no_pump(classify, title):
    """The shelf is named for pumps and filter units: its filters and skimmers are no pump (no hint from the shelf)."""
    result = classify(title, category="JARDIN - PISCINE > PISCINE > POMPE - GROUPE FILTRANT - BLOC DE FILTRATION")
    assert result.product_type != "garden_pump", result.basis["product_type"]


def test_a_car_engines_water_pump_is_no_garden_pump(classify):
    result = classify("Pompe à eau Renault Clio 1.2", category="AUTO - MOTO (NEW) > PIECES > POMPE A EAU")
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Flash TTL Vivitar DF183 pour Pentax Reflex", "Kit flash Bower SFD328 numérique",
                                   "Flash numérique 318AF pour Fujifilm FinePix F40"])
def test_a_french_speedlight_named_by_its_metering_or_as_a_kit(classify, title):
    result = classify(title, category="PHOTO - OPTIQUE > OBJECTIF - FLASH - ZOOM > FLASH")
    assert result.product_type == "camera_flash", result.basis["product_type"]
    assert result.classes["battery"] is True


def test_flash_memory_is_no_speedlight(classify):
    result = classify("Clé USB 3.0 mémoire flash numérique 64 Go",
                      category="INFORMATIQUE > STOCKAGE EXTERNE > CARTE MEMOIRE - MEMOIRE FLASH")
    assert result.product_type != "camera_flash", result.basis["product_type"]


@pytest.mark.parametrize(("title", "leaf"), [
    ("Pot catalytique Audi A4 Magnaflow", "POT CATALYTIQUE - CATALYSEUR"),
    ("Kit chaîne moto renforcé DID 530 VX Honda", "KIT CHAINE - CHAINE - ATTACHE RAPIDE - COURONNE - PIGNON"),
    ("1 Vase d'expansion pour Audi 80", "RADIATEUR EAU"),
    ("CYLINDRE 50 A BOITE ADAPTABLE SUZUKI 50 RMX", "CHEMISE DE PISTON"),
    ("Balai d'essuie-glace VALEO 576095", "BALAI D'ESSUIE GLACE"),
    ("Kit frein avant Brembo", "KIT GROS FREIN"),
])
def test_a_vehicles_mechanical_part_on_its_parts_shelf(classify, title, leaf):
    """The shelf names the part; a title's word in another sense (a cooking pot, a chain, a vase, a shirt) does not."""
    result = classify(title, category=f"AUTO - MOTO (NEW) > PIECES > {leaf}")
    assert result.product_type == "vehicle_part", result.basis["product_type"]
    assert result.classes["textile"] is False and result.classes["mains_lv"] is False


def test_a_candle_shelf_is_not_a_spark_plug_shelf(classify):
    """'BOUGIE' is no hint: the home department's candle shelf keeps its candles."""
    result = classify("Bougie parfumée vanille 200 g", category="MAISON > DECORATION > BOUGIE")
    assert result.product_type == "candle", result.basis["product_type"]
