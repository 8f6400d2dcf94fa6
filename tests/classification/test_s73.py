"""Stop 73 (issue 9): a "+" lists a bundle's items, so an item's classes join the product's (one item: the first
electrical one, else the first); and the vocabulary rounds of stop 73, each tested both ways."""

from __future__ import annotations

import pytest

# --- s73a: an item a "+" adds to the bundle -------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "cls"), [
    ("Chargeur voiture + chargeur maison pour Nokia Lumia", "mains_lv"),  # the head is the car charger
    ("Coque + Film + Chargeur > LG KU990 Viewty", "mains_lv"),  # the third item
    ("Etui rouge + clavier pour Archos 101", "eee"),  # the keyboard after the case
    ("Etui housse s5830 + 1 batterie + 4 stylet", "battery"),  # a count before the item
    ("Grille-pain Daily Collection HD2595 + Cafetière", "mains_lv"),  # the toaster before the coffee pot
    ("Poupée Mannequin Mélody + un T-Shirt taille 5/6 ans", "toy"),
])
def test_an_item_a_plus_adds_brings_its_classes(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize(("title", "cls"), [
    ("Coque + Film + Stylet + Chargeur secteur", "mains_lv"),  # the electrical item, wherever it stands
    ("Etui + chargeur secteur + batterie", "mains_lv"),
])
def test_the_electrical_item_of_a_bundle_joins_first(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize("title", [
    "Chargeur iPhone + iPad", "Câble USB iPhone 5 + iPad mini", "Coque Samsung Galaxy S4 + Galaxy S4 mini",
    "Coque Samsung Galaxy S10+ Smartphone Protection", "Support voiture smartphone + tablette",
    "Ladekabel iPhone + iPad", "Etui iPhone 6 + iPhone 6 Plus",
])
def test_an_accessory_lists_the_devices_it_fits_with_a_plus(classify, title):
    """review73: French and German titles list the models an accessory fits with "+"; none of them is sold."""
    result = classify(title)
    assert result.classes["radio"] is not True and result.classes["battery"] is not True, result.basis["radio"]


@pytest.mark.parametrize(("title", "cls"), [
    ("Coque + 3 Films APPLE IPHONE 5S Glossy", "radio"),  # the films are for the phone; no phone is sold
    ("Coque pour iPhone 6 + 6s transparente", "radio"),  # a "+" inside what the case is for
    ("Banquette Coffre De Rangement Tablette + 2 Poufs", "radio"),  # a shelf ('tablette') that begins no item
    ("iPhone white 10 ft USB charger+earphones", "radio"),  # the phone the charger fits
    ("Coque + Film Samsung Galaxy S3", "battery"),
])
def test_a_word_that_begins_no_item_adds_nothing(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is not True, result.basis[cls]


def test_without_a_plus_the_first_item_stays_alone(classify):
    """The same words with no "+" are one product: a case titled by its charger's name stays unpowered."""
    assert classify("Etui rouge clavier Archos 101").classes["mains_lv"] is not True
    joined = classify("Chargeur voiture + chargeur maison pour Nokia Lumia")
    single = classify("Chargeur voiture pour Nokia Lumia")
    assert joined.classes["mains_lv"] is True and single.classes["mains_lv"] is not True, single.basis["mains_lv"]


# --- s73b: a school names no age under 13 for a calculator ----------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "children"), [
    ("Casio Graphing Calculator.", "Other/Office supplies/School Supplies", False),
    ("T-I 84 plus Texas Instrument calculator", "Other/Office supplies/School Supplies", False),
    ("Kids Calculator for School Children", None, True),  # a word of the child's own still decides
    ("Pencil Box with Sharpener", "Pens & Stationery >> School Supplies >> Pencil Boxes", True),  # the rule stands
])
def test_a_school_shelf_makes_no_calculator_childrens(classify, title, category, children):
    result = classify(title, category=category)
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]


# --- s73c: a make-up shelf's nail lamp; the hot tools a styling shelf holds -----------------------------------------

def test_a_nail_lamp_on_a_make_up_shelf_is_the_lamp(classify):
    lamp = classify("Gelish Mini GelNails UV Cure Light", category="Beauty/Makeup/Nails")
    polish = classify("OPI Nail Lacquer Big Apple Red", category="Beauty/Makeup/Nails")
    assert lamp.product_type == "beauty_device" and lamp.classes["eee"] is True, lamp.basis["product_type"]
    assert polish.classes["eee"] is not True, polish.basis["eee"]


STYLING = "Beauty/Tools & Accessories/Hair Styling Tools"


@pytest.mark.parametrize("title", ["Ghd gold professional", "CHI Duo", "INFINITI PRO CONAIR CURLER", "Instyler"])
def test_a_styling_shelf_titled_by_brand_is_a_hot_tool(classify, title):
    result = classify(title, category=STYLING)
    assert result.classes["mains_lv"] is True and result.classes["eee"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Hair styling kit for dolls", "doll"),  # review73: any kind a title names wins on this shelf
    ("Satin bonnet", "headwear"),
    ("Round brush", "grooming_tool"),
    ("Spin pins", "hair_accessory"),
    ("12 TWISTY SPONGE HAIR CURLERS", "grooming_tool"),
    ("42 Twist Flex Rods", "grooming_tool"),
    ("Instyler Blu Mini Blow dryer", "hair_dryer"),
])
def test_what_a_styling_shelf_title_names_keeps_its_own_kind(classify, title, kind):
    result = classify(title, category=STYLING)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is (kind == "hair_dryer"), result.basis["mains_lv"]


# --- s73d: French barcode readers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "lecteur codes barres 2d honeywell vuquest 4980 g.",
    "Honeywell MS3780 Fusion - Scanner de code à barres",
    "Douchette lecteur code-barre USB",
])
def test_a_french_barcode_reader_is_one(classify, title):
    result = classify(title)
    assert result.product_type == "barcode_scanner", result.basis["product_type"]
    assert result.classes["eee"] is True and result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_douchette_alone_is_no_barcode_reader(classify):
    assert classify("Douchette de douche anticalcaire 3 jets").product_type != "barcode_scanner"


# --- s73e: French cells by their plural and their IEC codes ---------------------------------------------------------

@pytest.mark.parametrize("title", [
    "4 PILES AAA LR03  !", "Lot de 20 piles alcalines AA LR6 - 1,5 V", "Lot de 8 Energizer Piles Rech HR6 2400mAh",
])
def test_french_cells_are_batteries(classify, title):
    result = classify(title)
    assert result.product_type == "battery_cell", result.basis["product_type"]
    assert result.classes["battery"] is True and result.classes["eee"] is not True, result.basis["eee"]


@pytest.mark.parametrize("title", ["Loupe lumineuse à piles H17cm", "SIKU - 1317 - VÉHICULE SANS PILES - LAMBORGHINI",
                                   "Testeur de piles universel"])
def test_what_runs_on_cells_or_comes_without_is_no_cell(classify, title):
    assert classify(title).product_type != "battery_cell"


# --- s73f: "verre trempé" is a material unless a film, a protector or a phone says otherwise -------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Digitale Personenwaage LAICA PS1074 Weiß Gestreift Bunt Verre trempé 150 kg", "bathroom_scale"),
    ("Digitale Personenwaage Esperanza EBS006 Glas Verre trempé Gehärtetes Glas Batterien x 2", "bathroom_scale"),
])
def test_a_scales_tempered_glass_is_its_platform(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize("title", [
    "Planche à découper en verre trempé 30x20", "Lot de 2 consoles gigognes verre trempé courbé",
])
def test_tempered_glass_goods_are_no_screen_protector(classify, title):
    result = classify(title)
    assert result.product_type not in ("screen_protector", "game_console"), result.basis["product_type"]
    assert result.classes["eee"] is not True, result.basis["eee"]


@pytest.mark.parametrize("title", [
    "Film Protecteur en Verre Trempé Xiaomi MI3 M3", "2 Films Verre Trempé Sony Xperia Z2 D6502 D6503",
    "Protection d'écran en verre trempé pour Samsung Galaxy core prime g360", "Alpexe® Film verre Trempé LG L70 DUAL",
    "0.26mm Verre Trempé Protecteur d'Écran Nexus 5", "ebestStar® Lot x5 Protecteur écran Nokia Lumia 930",
])
def test_a_screen_protector_of_tempered_glass_is_one(classify, title):
    result = classify(title)
    assert result.product_type == "screen_protector", result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


# --- s73g: an analogue scale weighs with a spring ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "cell"), [
    ("Analoge Personenwaage Bensontools Metall Kunststoff", False),
    ("Mechanical Bathroom Scale 150kg", False),
    ("Bathroom Scale Digital with Large Dial Display", True),  # review73: a digital scale's dial display
    ("Digital Bathroom Scale with Analog Style Display", True),
    ("Pèse personne mécanique Terraillon", False),
    ("Digitale Personenwaage Little Balance 180 kg", True),
    ("Bathroom Scale Digital Body Weight 180kg", True),
])
def test_an_analogue_scale_has_no_cell(classify, title, cell):
    result = classify(title)
    assert result.product_type == "bathroom_scale", result.basis["product_type"]
    assert result.classes["battery"] is cell and result.classes["eee"] is cell, result.basis["battery"]


def test_a_mechanical_watch_keeps_its_own_word(classify):
    result = classify("Seiko 5 Automatique mechanical watch")
    assert result.classes["battery"] is False, result.basis["battery"]


# --- s73h: a bare milk frother is sold both ways; grinders under a coffee level are coffee grinders -----------------

COFFEE_GRINDERS = "Home&Kitchen|Kitchen&HomeAppliances|Coffee,Tea&Espresso|CoffeeGrinders|ElectricGrinders"


def test_a_bare_milk_frother_leaves_its_supply_open(classify):
    result = classify("Bodum Milk Frother Black")
    assert result.product_type == "milk_frother", result.basis["product_type"]
    assert result.classes["eee"] is True and set(result.open) == {"mains_lv", "battery"}, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "mains"), [
    ("SEVERIN MOUSSEUR À LAIT BLANC/GRIS 450 W", True),  # review73: a rating in hundreds of watts is the jug's
    ("Milk frother 500W", True),
    ("Milk Frother Battery Operated 3 W", False),
])
def test_a_frothers_wattage_names_the_jug(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains and "mains_lv" not in result.open, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Nespresso Aeroccino 3 Milk Frother, Black", "Electric Milk Frother Jug 300 ml"])
def test_a_frothing_jug_by_its_name_is_on_the_mains(classify, title):
    result = classify(title)
    assert result.product_type == "coffee_maker", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "battery"), [
    ("InstaCuppa Milk Frother for Coffee - Handheld Battery-Operated Electric Milk and Coffee Frother", True),
    ("Milk Frother Rechargeable USB", True),
])
def test_a_frother_that_names_its_cells_runs_on_them(classify, title, battery):
    result = classify(title)
    assert result.classes["battery"] is battery and result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Prestige PCMD 1.0 Coffee Grinder", "coffee_maker"),
    ("IKEA Frother for Milk", "milk_frother"),
])
def test_grinders_under_a_coffee_level_are_no_power_tool(classify, title, kind):
    result = classify(title, category=COFFEE_GRINDERS)
    assert result.product_type == kind, result.basis["product_type"]


def test_an_electric_grinder_on_a_tools_shelf_is_still_a_power_tool(classify):
    result = classify("Bosch GWS 750 Angle Grinder", category="Tools & Home Improvement > Power Tools > Grinders")
    assert result.product_type == "power_tool", result.basis["product_type"]


# --- s73i: wine is food and drink, whatever its label says -----------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Weißwein Sounds Dusky Sounds (75 cl)", None),  # the label's "Sounds" names no circuit
    ("Rotwein Izadi El Regalo Rioja 2017 (75 cl)", None),
    ("ARROGANT FROG CABERNET-MERLOT 75 cl", "VIN - ALCOOL - LIQUIDES > VIN > VIN ROUGE"),
    ("BiB 3L Touraine gamay rouge J.L. Parsat", "VIN - ALCOOL - LIQUIDES > VIN > VIN ROSE"),
])
def test_wine_is_food(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "food", result.basis["product_type"]
    assert not any(result.classes[name] for name in ("eee", "toy", "children_12_under", "textile"))


def test_a_wine_red_colour_is_no_wine(classify):
    assert classify("L'expérience Norvégienne Harnais Vin Rouge").product_type != "food"


# --- s73j: French and German smart locks -----------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Serrure à empreintes digitales L7000-U", "Poignet de porte à verrou biométrique",
    "Fingerabdruckschloss Tür Smart Home",
])
def test_a_french_or_german_smart_lock_runs_on_cells(classify, title):
    result = classify(title)
    assert result.product_type == "smart_lock", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_plain_lock_is_no_smart_lock(classify):
    assert classify("Cylindre en laiton 30 x 30 mm - 3 clés").product_type != "smart_lock"


# --- s73k: a bearing is hardware, whatever department files it -------------------------------------------------------

MOTORS = "ELECTRONIQUE > AUTOMATISME > MOTORISATION"


@pytest.mark.parametrize("title", [
    "Roulement à 1 rangée de billes(9 mmx26 mmx8 mm)", "Roulement à rouleaux cylindriques avec cage",
    "Manchon de serrage Ø int. 70 mm Ø ext. 112 mm",
])
def test_a_bearing_on_an_electronics_shelf_is_no_eee(classify, title):
    result = classify(title, category=MOTORS)
    assert result.product_type == "hardware", result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]


def test_an_english_ball_bearing_is_a_feature(classify):
    result = classify("antec tricool 92mm double ball bearing case fan", category="electronics general")
    assert result.product_type != "hardware", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]


# --- s73l: a "+" bundle that leads with a device is the device with extras -------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("SAMSUNG GALAXY S5 MINI BLANC + VERRE TREMPE + ETUI", "smartphone"),
    ("APPLE IPHONE 5S OR + HOUSSE + FILM + STYLET", "smartphone"),
    ("Pack Console 2DS Rose + Mario Kart 7 3D + Housse", "game_console"),
    ("Tablet i8 Dual 16GB Métal Argent + etui i8 noir", "tablet"),
    ("Console PS4 Slim 500Go + FIFA 20 + Manette", "game_console"),
    ("Samsung Galaxy S9 64Go Noir + 1 coque + 2 films", "smartphone"),
    ("APPLE IPHONE 5S OR + CHARGEUR + 2 COQUES", "smartphone"),  # a count before the last item (read73)
])
def test_a_bundle_led_by_a_device_is_the_device(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True and result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize("title", [
    "VENDOS85 * 17 film sony xperia M2  + 2 stylet rouge",  # films for the phone, named by no type word
    "iPhone 6+6S+ Case-Mate Naked Tough Glam",  # a "+" glued to a model lists models
    "Iphone 6+/6s+ tempered glass",
    "iPhone 6 + 6s Case",
    "Coque Samsung Galaxy S10+ Smartphone Protection",
    # review73b: the device's own item names an accessory; another device in the list; a "+" that ends a model name
    "iPhone 13 Pro Max Case + Screen Protector", "Samsung Galaxy S20 Hülle + Panzerglas", "iPad 9 Stylet + Coque",
    "iPhone + iPad + Chargeur", "Samsung Galaxy S10+ Coque + Verre Trempé", "iPhone 6+ Coque + Film",
    "Zubehör iPhone 12 + Hülle", "iPhone XR + XS + Coque",
])
def test_an_accessory_titled_by_its_devices_is_no_bundle(classify, title):
    result = classify(title)
    assert result.classes["radio"] is not True and result.classes["battery"] is not True, result.basis["product_type"]
