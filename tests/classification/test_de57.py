"""German titles (de57): umlauts written out, German kinds and inflected adjectives, two-sense compounds.

A German title may write ä, ö, ü and ß as ae, oe, ue and ss (an ASCII feed, a shop's export, an old keyboard): the
normaliser folds the letters to those spellings on both sides, so "Kopfhoerer" and "Kopfhörer" read alike and the
vocabulary's umlaut words still match. The titles below are written for the tests.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise

# --- umlauts written out --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "folded"), [
    ("Kopfhörer Bluetooth", "kopfhoerer bluetooth"),
    ("KOPFHÖRER", "kopfhoerer"),
    ("Beißring für Hunde", "beissring fuer hunde"),
    ("Gesäßtasche", "gesaesstasche"),
    ("Ärmel Öl Über", "aermel oel ueber"),
    ("Ku\u0308hlschrank", "kuehlschrank"),  # a decomposed ü: NFKC composes it, then it folds
])
def test_umlauts_fold_to_their_written_out_spelling(written, folded):
    assert normalise(written) == folded


@pytest.mark.parametrize(("text", "read"), [
    ("Aero Queue Blues Boeing", "aero queue blues boeing"),
    ("Cœur de pirate", "coeur de pirate"),
    ("Phoebe Michael Caesar", "phoebe michael caesar"),
])
def test_english_and_french_words_are_untouched(text, read):
    assert normalise(text) == read


@pytest.mark.parametrize(("with_umlaut", "written_out", "kind"), [
    ("Kopfhörer Over-Ear Schwarz", "Kopfhoerer Over-Ear Schwarz", "headphones"),
    ("Überwachungskamera WLAN 1080p", "Ueberwachungskamera WLAN 1080p", "security_camera"),
    ("Tablet Ständer Aluminium", "Tablet Staender Aluminium", "stand"),
    ("Kühlschrank 90 L Weiß", "Kuehlschrank 90 L Weiss", "refrigerator"),
    ("Handyhülle Silikon Blau", "Handyhuelle Silikon Blau", "device_case"),
])
def test_a_written_out_title_reads_as_the_umlaut_one(classify, with_umlaut, written_out, kind):
    assert classify(with_umlaut).product_type == kind
    assert classify(written_out).product_type == kind


def test_fuer_written_out_is_still_a_target(classify):
    # "fuer" is "für" (a target splitter): the phone after it is what the case is for
    assert normalise("Huelle fuer iPhone 15") == normalise("Hülle für iPhone 15")
    result = classify("Schutzhuelle fuer iPhone 15 Schwarz")
    assert result.product_type == "device_case" and not result.classes["radio"]


def test_oil_lamp_is_no_electric_lamp(classify):
    # "Öllampe" folds to "oellampe": three letters before "lampe" now, so the oil lamp is listed as no lamp
    for title in ("Öllampe Ton Antik", "Oellampe Messing"):
        result = classify(title)
        assert not result.classes["eee"] and not result.classes["mains_lv"]


# --- German adjectives inflect --------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Kabellose Maus 2,4 GHz Schwarz",
    "Drahtlose Kopfhörer In-Ear Weiß",
    "Schnurloses Telefon mit Anrufbeantworter",
])
def test_an_inflected_wireless_word_is_a_radio_link(classify, title):
    assert classify(title).classes["radio"]


def test_a_wired_mouse_stays_no_radio(classify):
    assert not classify("Maus mit Kabel USB Schwarz").classes["radio"]


def test_a_cordless_vacuum_carries_its_battery(classify):
    result = classify("Schnurloser Staubsauger 22 V Grau")
    assert result.classes["battery"] and not result.classes["radio"]  # a missing cord, no radio link


def test_an_inflected_electric_word_makes_it_electrical(classify):
    assert classify("Elektrische Wärmflasche Samt Grau").classes["eee"]
    assert not classify("Wärmflasche Samt Grau 2 L").classes["eee"]


# --- German kinds ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Parksensor 4 Sensoren mit Summer", "parking_sensor"),
    ("Einparkhilfe hinten Schwarz", "parking_sensor"),
    ("Reverse Parking Sensor Kit with Buzzer", "parking_sensor"),
    ("PCI-Karte USB 3.0 4 Ports", "computer_component"),
    ("Netzwerkkarte Gigabit PCIe", "network_card"),
    ("Wasserpumpe Garten 800 W", "garden_pump"),
    ("Tauchpumpen Set 2 Stück", "garden_pump"),
    ("Bewässerungsuhr Digital Grau", "tap_timer"),  # (s77: a kind of its own)
    ("Dampfreiniger 1500 W Weiß", "steam_cleaner"),
    ("Bohrhammer SDS Plus 800 W", "power_tool"),
    ("Sportkappe Unisex Schwarz Einheitsgröße", "headwear"),
    ("Morgenmantel Damen Baumwolle Blau", "sleepwear"),
    ("Autoglühbirne H7 Halogen 55 W", "vehicle_lighting"),
    ("Steckeradapter USB-C 16 A Weiß", "travel_adapter"),
    ("Hundesnack Huhn 500 g", "pet_supplies"),
    ("Multifunktionsdrucker WLAN A4", "printer"),
    ("Tragbarer Lautsprecher 20 W Schwarz", "portable_speaker"),
])
def test_a_german_kind_is_read(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_parking_sensor_runs_on_the_car(classify):
    result = classify("Parksensor 4 Sensoren mit Summer")
    assert result.classes["eee"] and not result.classes["mains_lv"] and not result.classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Nackenmassagegerät Shiatsu mit Wärme", "massager"),
    ("Gepäckwaage Digital 50 kg", "health_monitor"),
    ("Akkubohrmaschine 18 V 2 Akkus", "power_tool"),
])
def test_a_compound_is_read_by_a_new_head(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_hound_snack_is_no_toy_rabbit(classify):
    result = classify("Hundesnack Kaninchen 130 g")
    assert not result.classes["toy"] and not result.classes["children_12_under"]


# --- two-sense compounds: the first part decides ------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Wasserwaage Aluminium 100 cm",  # a spirit level
    "Federwaage 25 kg Metall",  # a spring balance
    "Eieruhr Huhn Keramik",  # a wind-up egg timer
    "Parkuhr Auto Blau",  # a parking disc
    "Sonnenuhr Garten Messing",  # a sundial
])
def test_a_compound_of_another_sense_reads_no_device(classify, title):
    result = classify(title)
    assert not result.classes["eee"] and not result.classes["battery"]


@pytest.mark.parametrize("title", ["Küchenuhr Rot Quarz", "Standuhr Holz 180 cm", "Wanduhren Set 2 Stück"])
def test_a_clock_compound_is_a_clock(classify, title):
    assert classify(title).product_type == "clock"


# --- characters for young children ----------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Gürteltasche Paw Patrol Blau",
    "Paw Patrol Backpack Blue",
    "Schulrucksack Gabby's Dollhouse Rosa",
])
def test_a_preschool_character_makes_a_childrens_product(classify, title):
    assert classify(title).classes["children_12_under"]


@pytest.mark.parametrize("title", [
    "Paw Patrol Adult Costume", "Gürteltasche Leder Braun", "Regenschirm Schwarz 100 cm",
])
def test_no_character_or_an_adult_one_stays_open(classify, title):
    assert not classify(title).classes["children_12_under"]


def test_a_dollhouse_character_is_no_doll(classify):
    result = classify("Schulrucksack Gabby's Dollhouse Rosa")
    assert result.product_type == "school_bag" and not result.classes["toy"]
