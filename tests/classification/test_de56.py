"""German titles (de56): compound words read by their last part, German plurals and nouns, and what must not fire.

German writes a kind as one word whose last part is the head ("Damenuhr" is a watch, "Tischleuchte" a lamp,
"Kinderrucksack" a child's backpack); the vocabulary lists a few German head nouns in `reading.compound_heads`, read
at a word's end after three letters or more, and `reading.compound_prefixes` the modifier words read where such a word
begins. German also puts a case's or a stand's head first ("Handyhülle Samsung Galaxy S24"). The titles below are
written for the tests.
"""

from __future__ import annotations

import pytest

# --- compound heads -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Damenuhr Lorenzo Rossi LR-2211 (Ø 36 mm)", "watch"),
    ("Herrenuhr Quarz Edelstahl Blau 42 mm", "watch"),
    ("Tischleuchte Metall Schwarz E27 60 W", "lamp"),
    ("Leseleuchte Klemme Schwarz Metall", "lamp"),
    ("Wandladegerät USB-C 20 W Weiß", "mains_charger"),
    ("Festnetztelefon schnurgebunden mit Display", "landline_phone"),
    ("Verbindungskabel USB-A auf Micro-USB 1 m", "cable"),
])
def test_a_german_compound_is_read_by_its_head(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_ladies_watch_is_a_quartz_watch(classify):
    result = classify("Damenuhr Lorenzo Rossi LR-2211 (Ø 36 mm)")
    assert result.classes["eee"] and result.classes["battery"]


def test_a_table_light_is_a_mains_lamp(classify):
    result = classify("Tischleuchte Metall Schwarz E27 60 W")
    assert result.classes["mains_lv"] and result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Kinderuhr Dinosaurier Blau wasserdicht",
    "Kinderrucksack Einhorn Rosa 24 x 30 cm",
    "Kindermütze Strick Grau Einheitsgröße",
])
def test_a_kinder_compound_is_a_childs_product(classify, title):
    assert classify(title).classes["children_12_under"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Solarstrahler Gartenstecker Edelstahl 4 Stück", "lamp"),          # a lamp's compound head, the solar prefix
    ("Solarleuchte Gartenstecker Edelstahl 4 Stück", "solar_light"),    # ger62: a synonym of the solar kind itself
])
def test_a_solar_compound_runs_on_its_own_cell(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Taschenlampe LED 500 lm wiederaufladbar", "flashlight"),  # a compound that is a synonym of its own
    ("Handschuhe Leder Schwarz Größe L", "gloves"),  # not "schuhe"
])
def test_a_compound_with_a_reading_of_its_own_keeps_it(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", [
    "Sanduhr Holz Glas 15 Minuten",  # an hourglass: no current
    "Petroleumlampe Messing Vintage",  # a paraffin lamp: no mains
    "Öllampe Ton Antik",  # two letters before the head: not read
])
def test_a_compound_that_is_no_electrical_product(classify, title):
    result = classify(title)
    assert not result.classes["eee"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Garden hose reel, whose handle folds, for those with small yards",  # "hose" is no head; "whose", "those" no hats
    "Nonslip Rubber Pads for Furniture Legs, 24 pcs",
])
def test_english_words_are_no_german_compounds(classify, title):
    result = classify(title)
    assert not result.classes["textile"] and not result.classes["eee"]


# --- German plurals and nouns ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("LED Röhre T8 G13 18 W 120 cm Kaltweiß", "light_bulb"),
    ("Steckerleiste 6-fach mit Schalter 1,5 m", "power_strip"),
    ("Strahler Außen 30 W IP65 Schwarz", "lamp"),
    ("Steppdecke 135 x 200 cm Mikrofaser", "bedding"),
    ("Herren Boxershorts Baumwolle 3er Pack", "underwear"),
])
def test_german_nouns(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_childs_watch_for_toddlers(classify):
    assert classify("Uhr für Kleinkinder Analog Blau").classes["children_12_under"]


# --- the German head first: a case, a stand, a charger for a device --------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Handyhülle Samsung Galaxy S24 Silikon Schwarz", "device_case"),
    ("Tablet Ständer Aluminium verstellbar", "stand"),
    ("TV Halterung 32-65 Zoll neigbar", "tv_mount"),
])
def test_an_accessory_named_before_its_device_is_the_accessory(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["radio"] and not result.classes["mains_lv"]


def test_a_charger_for_the_car_is_no_mains_charger(classify):
    result = classify("Ladegerät fürs Auto 2 x USB 12 V")
    assert result.product_type == "vehicle_charger"
    assert not result.classes["mains_lv"]


def test_a_phone_named_alone_is_still_a_phone(classify):
    assert classify("Samsung Galaxy S24 128 GB Schwarz").classes["radio"]


# --- "für": a pet's toy, "fürs" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Beißring für Hunde Gummi Größe M",
    "Spielzeug für Katzen Federball 3 Stück",
])
def test_a_toy_for_pets_is_no_childs_toy(classify, title):
    result = classify(title)
    assert result.product_type == "pet_toy"
    assert not result.classes["toy"] and not result.classes["children_12_under"]


def test_a_babys_teether_is_still_a_toy(classify):
    assert classify("Beißring Baby Silikon Bär").classes["toy"]


def test_a_case_fuers_a_phone_is_the_case(classify):
    result = classify("Silikonhülle fürs iPhone 15 Blau")
    assert not result.classes["radio"] and not result.classes["battery"]
