"""German titles, third round (ger59): children's ages and compounds, garments and bedding, German kinds.

A German shop feed writes a child's age as a range ("10-12 Jahre") or a start ("ab 3 Jahren"), glues "Kinder" to a
whole noun ("Kinderkappe", "Kinderfahrrad"), and names kinds no earlier round listed ("Videospiel", "Waffeleisen",
"Bildschirm-Träger"). Each case is a title written for the tests, with the lookalike that must not move beside it.
"""

from __future__ import annotations

import pytest

# --- children's products ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Stoffmaske wiederverwendbar 6-8 Jahre Einhorn",
    "Schwimmflügel Delfin 3-6 Jahre Gelb",
    "Trinkflasche Edelstahl ab 3 Jahren",
    "Holzpuzzle Bauernhof ab 18 Monaten",
    "Sommerkleid Blumen 10 Jahre Rosa",
    "Kinderkappe Sterne Grün 52 cm",
    "Kinderhut Sonnenschutz Blau",
    "Kinderfahrrad 16 Zoll Rot",
    "Damensonnenbrille Rund Schwarz",
    "Kindersonnenbrille Polarisiert Rosa",
    "Regenschirm Baby Shark Blau 80 cm",
    "Wickeltasche mit Wickelauflage Grau",
    "Wickelkommode Weiß 3 Schubladen",
])
def test_german_childrens_product_words(classify, title):
    # a lady's sunglasses, and (stop 71) a changing bag, the parent's bag, are no children's products
    expected = not title.startswith(("Damensonnenbrille", "Wickeltasche"))
    assert classify(title).classes["children_12_under"] is expected, title


@pytest.mark.parametrize(("title", "kind"), [
    ("Kinderkappe Sterne Grün 52 cm", "headwear"),
    ("Kinderfahrrad 16 Zoll Rot", "bicycle"),
    ("Kindersonnenbrille Polarisiert Rosa", "eyewear"),
    ("Herrensonnenbrille Pilot Gold", "eyewear"),
    ("Wickeltasche mit Wickelauflage Grau", "changing_bag"),
])
def test_a_childs_compound_names_its_kind(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", [
    "Rasenmäher Benzin 3 Jahre Garantie",      # one age alone is a guarantee outside clothes
    "Whisky Single Malt 12 Jahre 0,7 L",
    "Sommerkleid Damen 14 Jahre Kollektion",   # 14: over the age limit
    "Sporthose Herren Schwarz XL",
    "Regenmantel für Hunde Gelb 40 cm",         # a dog's coat, not a child's or a person's
])
def test_german_lookalikes_are_no_childrens_product(classify, title):
    assert not classify(title).classes["children_12_under"], title


# --- garments, bedding and what is not ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Thermoshirt Herren Langarm Grau",
    "Funktionsshirt Damen Laufen Blau",
    "Hosen Damen Baumwolle Beige",
    "Arbeitshose Herren Grau 52",
    "Regenmantel Damen Gelb M",
    "Bettdecken 135 x 200 cm Weiß",
    "Bettbezug-Set Baumwolle 155 x 220 cm",
    "Bettdeckenbezug Satin 200 x 200 cm",
])
def test_german_garments_and_bedding_are_textile(classify, title):
    assert classify(title).classes["textile"], title


@pytest.mark.parametrize("title", [
    "Teppich-Reiniger Schaum 500 ml",
    "Kleidung für Haustiere Polyester Rot S",
    "Hundekostüm Kürbis Größe M",
    "Gartenschlauch 20 m Grün",               # "hose" in English, no trousers
    "Uhrband Leder 20 mm Braun",
])
def test_german_lookalikes_are_no_textile(classify, title):
    assert not classify(title).classes["textile"], title


# --- German kinds ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("PlayStation 5 Videospiel Rennsport Edition", "video_game", False),
    ("Videospiel für Switch Abenteuer Insel", "video_game", False),
    ("Stromquelle ATX 650 W 80 Plus Gold", "pc_power_supply", True),
    ("Bildschirm-Träger für den Tisch 17-32\" 8 kg", "tv_mount", False),
    ("Waffeleisen Herzform 1000 W", "toaster", True),
    ("Handrührgerät 5 Stufen 400 W Weiß", "food_mixer", True),
    ("Handstaubsauger Zyklon 600 W", "vacuum_cleaner", True),
    ("Handdampfreiniger 1000 W 0,3 L", "steam_cleaner", True),
    ("Plattenspieler Bluetooth Retro Holz", "turntable", True),
    ("Diffusor für ätherische Öle Holzoptik 300 ml", "humidifier", True),
    ("Küchenextraktor Edelstahl 60 cm 120 W", "home_appliance_misc", True),
    ("USV Line-Interactive 650 VA", "ups", True),
    ("Hub USB 4 Anschlüsse USB 3.0", "usb_hub", False),
])
def test_german_kinds(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, title
    assert result.classes["mains_lv"] is mains, title


def test_a_video_game_is_no_toy(classify):
    result = classify("Videospiel für Switch Kart Rennen")
    assert result.product_type == "video_game"
    assert not result.classes["toy"] and not result.classes["children_12_under"]


def test_a_pc_power_supply_model_named_gps_is_no_radio(classify):
    result = classify("Stromquelle GPS-600 ATX 600 W")
    assert result.product_type == "pc_power_supply" and not result.classes["radio"]


def test_a_solar_garden_stake_runs_on_its_cell(classify):
    result = classify("Solar-Gartenpfahl-Set LED Warmweiß (4 Stück)")
    assert result.product_type == "solar_light"
    assert result.classes["battery"] and not result.classes["mains_lv"]


def test_a_heart_rate_sensor_that_says_bluetooth_is_radio(classify):
    result = classify("Bluetooth Pulsometer Brustgurt Sport")
    assert result.product_type == "fitness_tracker" and result.classes["radio"]


@pytest.mark.parametrize("title", [
    "Bildschirm 27\" Full HD 75 Hz",           # the monitor itself keeps its mains
    "Schirm Diffusor für Blitzgerät",
])
def test_german_kind_lookalikes(classify, title):
    result = classify(title)
    assert result.product_type not in ("tv_mount", "humidifier"), title


# --- German goods named before their print: no toy ------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Rucksack Dinosaurier Grün 30 cm", "backpack"),
    ("Kappe Dinosaurier Blau Einheitsgröße", "headwear"),
    ("Trinkflasche Pokémon 500 ml", "drink_bottle"),
    ("Flasche Einhorn Kunststoff 600 ml", "drink_bottle"),
    ("Gürteltasche Blaster Game Schwarz", "bag"),            # a compound ending in a listed head
    ("Strandrucksack Dinosaurier Blau 30 x 24 cm", "backpack"),
    ("Deko-Figur Harz Gold Puppe 30 cm", "home_decor"),
    ("Kuscheltier für Hunde Affe 40 cm", "pet_toy"),
    ("Batterien AA Alkaline Games Edition", "battery_cell"),
])
def test_a_german_head_noun_first_is_the_kind_and_no_toy(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, title
    assert not result.classes["toy"], title


@pytest.mark.parametrize("title", [
    "Autowachs Turtle Wax Graphen 500 ml",
    "Beschriftungsband Dymo Rhino 12 mm Schwarz",
])
def test_animal_names_in_maker_names_are_no_toy(classify, title):
    assert not classify(title).classes["toy"], title


@pytest.mark.parametrize(("title", "kind"), [
    ("Dinosaurier Figur Tyrannosaurus 20 cm", "dinosaur_toy"),     # the toy named first stays a toy
    ("Handyhülle Samsung Galaxy S24 Schwarz", "device_case"),
    ("Kinderrucksack Dinosaurier Grün", "school_bag"),
])
def test_head_initial_lookalikes_keep_their_reading(classify, title, kind):
    assert classify(title).product_type == kind, title
