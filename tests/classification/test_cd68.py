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


@pytest.mark.parametrize("title", ["Flash TTL Vivitar DF183 pour Pentax Reflex",
                                   "Flash numérique avec support pour Olympus C-210",
                                   "Flash numérique 318AF pour Fujifilm FinePix F40"])
def test_a_french_speedlight_named_by_its_metering(classify, title):
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


WATCHES = "BIJOUX -  LUNETTES - MONTRES > MONTRES > MONTRE BRACELET"


@pytest.mark.parametrize("title", ["CW0011 - Montre Homme - Mecanique - Noir",
                                   "Montre Femme Seiko 5 Automatique SNY012J1"])
def test_a_french_mechanical_watch_has_no_battery(classify, title):
    result = classify(title, category=WATCHES)
    assert result.classes["battery"] is False, result.basis["battery"]
    assert result.classes["eee"] is False, result.basis["eee"]


def test_an_led_watchs_automatic_light_is_no_movement(classify):
    result = classify("Montre à LED Flashy Eclairage automatique", category=WATCHES)
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize(("title", "kind", "textile"), [
    ("Chaussures A Lacets femme F 36", "shoes", True),
    ("Bottines RAXMAX à lacets in 37", "boots", True),
    ("Lacets de chaussures blancs coeurs noirs", "footwear_accessory", False),
])
def test_french_with_laces_is_a_shoe_laces_alone_are_laces(classify, title, kind, textile):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is textile


@pytest.mark.parametrize(("title", "leaf", "kind"), [
    ("Vestes polaires Millet Wild. L", "POLAIRE", "sweater"),
    ("Homme boardshort Spray S", "BOARDSHORT", "shorts"),
    ("Cuissard vélo homme sans bretelles", "CYCLISTE - CUISSARD - JAMBIERE", "shorts"),
])
def test_cdiscounts_sports_textile_leaves(classify, title, leaf, kind):
    result = classify(title, category=f"SPORT (NEW) > TEXTILE > {leaf}")
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True


CURTAIN_RODS = "DECO - LINGE - LUMINAIRE > RIDEAU - STORE - ACCESSOIRE > TRINGLE - EMBOUT TRINGLE"


@pytest.mark.parametrize("title", ["Lot de 2 embouts TORSADE IVOIRE/OR",
                                   "Tringle extensible 80-110 cm avec embout chromé"])
def test_a_curtain_rod_and_its_ends_are_no_curtain(classify, title):
    result = classify(title, category=CURTAIN_RODS)
    assert result.product_type == "hardware", result.basis["product_type"]
    assert result.classes["textile"] is False


def test_a_curtain_with_a_rod_pocket_is_the_curtain(classify):
    result = classify("Rideau occultant passe tringle 140x260",
                      category="DECO - LINGE - LUMINAIRE > RIDEAU - STORE - ACCESSOIRE > RIDEAU")
    assert result.product_type == "curtain", result.basis["product_type"]
    assert result.classes["textile"] is True


@pytest.mark.parametrize(("title", "category"), [
    ("Peluche Hippopotame pour chiens", "ANIMALERIE - NEW > JOUET > PELUCHE"),
    ("Biberon avec support métal - Trixie", "ANIMALERIE - NEW > ACCESSOIRE POUR REPAS > BIBERON"),
])
def test_a_pet_shops_plush_and_bottle_are_the_pets(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize("title", ["Live at the New School", "THE LENOX JAZZ SCHOOL CONCERT AUGUST 29, 1959"])
def test_a_records_title_naming_a_school_is_no_childrens_product(classify, title):
    result = classify(title, category="CULTURE / JEUX > MUSIQUE > CD")
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_a_school_bag_is_still_a_childrens_product(classify):
    """The modifier in its own sense."""
    result = classify("School pencil case for kids")
    assert result.classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "category"), [
    ("Securite de porte (verrou)",
     "ELECTROMENAGER > GROS APPAREILS LAVAGE-SECHAGE > ACCESSOIRES ET PIECES - LAVAGE-SECHAGE"),
    ("Resistance de grill 2700W 230V", COOKER_PARTS),
    ("Coupe circuit klixon pour réfrigérateur", "ELECTROMENAGER > GROS APPAREILS FROID > ACCESSOIRES ET PIECES FROID"),
])
def test_an_appliances_electrical_part_in_french(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "electrical_part", result.basis["product_type"]
    assert result.classes["eee"] is True and result.classes["mains_lv"] is not True


@pytest.mark.parametrize("title", ["Barrière de sécurité de porte extensible", "Chaîne de sécurité de porte en acier",
                                   "Verrouillage de porte enfant pour placard"])
def test_a_baby_gate_or_door_chain_is_no_door_interlock(classify, title):
    result = classify(title)
    assert result.product_type != "electrical_part", result.basis["product_type"]
    assert result.classes["eee"] is not True


def test_a_french_portable_radio_runs_on_cells(classify):
    result = classify("GRUNDIG GDP6370 RADIO PORTABLE NOIR, VERT",
                      category="TV - VIDEO - SON > LECTEUR MUSIQUE > RADIO CD - RADIO CASSETTE")
    assert result.product_type == "portable_radio", result.basis["product_type"]
    assert result.classes["battery"] is True and result.classes["radio"] is True


def test_a_cot_with_bars_is_a_childrens_product(classify):
    result = classify("Lit à barreaux, Coloris blanc - marron clair", category="LITERIE > LIT > LIT EVOLUTIF")
    assert result.product_type == "baby_gear", result.basis["product_type"]
    assert result.classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Kit vidéosurveillance 6 caméras FULL HD SONY 700 TVL (500Go",
                                   "Pack 8 caméras infrarouge kit 1"])
def test_a_french_surveillance_kit_runs_from_the_mains(classify, title):
    result = classify(title, category="BRICOLAGE - OUTILLAGE - QUINCAILLERIE > SECURITE MAISON > "
                                      "KIT VIDEOSURVEILLANCE - PACK VIDEOSURVEILLANCE")
    assert result.product_type == "cctv_recorder", result.basis["product_type"]
    assert result.classes["mains_lv"] is True and result.classes["battery"] is False


def test_a_flasher_kit_is_no_speedlight(classify):
    result = classify("Kit flash pour moto clignotants")
    assert result.product_type != "camera_flash", result.basis["product_type"]


def test_a_dolls_cot_is_a_toy(classify):
    result = classify("Lit à barreaux pour poupée")
    assert result.product_type != "baby_gear", result.basis["product_type"]
    assert result.classes["toy"] is True
