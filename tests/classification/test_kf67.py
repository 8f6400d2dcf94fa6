"""Kaufland's electrical titles, second round (kf67; issue 9): German compounds and words for appliances that read no
kind, clock radios and insect-killer lamps on the mains, a mains adapter or plug in the box, hearing-aid cells,
cordless screwdrivers, hand and neck fans, and the singular walkie-talkie."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Kapselkaffeemaschine Krups", "coffee_maker"),
    ("Weinkühlschrank Cecotec", "refrigerator"),
    ("Haarglätter Remington S5500", "hair_styler"),
    ("Satellitenreceiver Strong", "tv_receiver"),
    ("Verstärker Fonestar", "amplifier"),
    ("Ladestation Belkin", "mains_charger"),
    ("Radiowecker FM Denver Electronics CPR-700 Schwarz", "clock_radio"),
    ("Insektenvernichter Lampe UV 20W", "insect_killer_lamp"),
])
def test_german_mains_appliances_by_their_own_words(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_clock_radio_receives_and_transmits_nothing(classify):
    result = classify("Radio réveil FM")
    assert result.classes["radio"] is True
    assert result.classes["transmitter"] is not True, result.basis["transmitter"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Wiederaufladbarer Insektenvernichter Lampe mit LED Lifetime", "insect_killer_lamp"),
    ("Insektenvernichter Solar Garten", "pest_control"),
    ("Insektenvernichter Schläger", "electric_swatter"),
    ("Nackenventilator Tragbar", "portable_fan"),
])
def test_their_cordless_kinds_have_no_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "mains"), [
    ("LED-Streifen 5 m mit Netzteil", True),
    ("LED-Streifen 5 m USB", None),
    ("LED-Lichterkette 10 m mit Stecker", True),
    ("LED-Lichterkette 10 m", None),
    ("5 condensateurs chimiques à souder 250V 47µF", None),  # a rating, no supply (review66)
])
def test_a_mains_adapter_or_voltage_in_the_title(classify, title, mains):
    result = classify(title)
    assert bool(result.classes["mains_lv"]) is bool(mains), result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "battery", "eee"), [
    ("Hörgerätebatterie Varta Hearing Aid 675 PR44 6 Stück", "button_cell_battery", True, False),
    ("Akkuschrauber Makita 12 V", "power_tool", True, True),
    ("Schrauber Bosch", "power_tool", None, True),
])
def test_cells_and_cordless_tools(classify, title, kind, battery, eee):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert bool(result.classes["battery"]) is bool(battery), result.basis["battery"]
    assert bool(result.classes["eee"]) is eee, result.basis["eee"]


@pytest.mark.parametrize("title", ["Walkie-Talkie Motorola T42", "Walkie Talkie Motorola"])
def test_the_singular_walkie_talkie_names_its_kind(classify, title):
    result = classify(title)
    assert result.product_type == "walkie_talkie", result.basis["product_type"]
    assert result.classes["radio"] is True


def test_a_speaker_mic_on_the_walkie_talkie_shelf_is_the_accessory(classify):
    result = classify("midland avp h1 motorcycle microphone speakers for gmrs frs radios", category="walkie talkie frs")
    assert result.product_type != "walkie_talkie", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True
    assert result.classes["radio"] is not True, result.basis["radio"]


@pytest.mark.parametrize("title", ["Solarbetriebene Lampe für den Garten gegen Mücken", "Lampe solaire jardin LED"])
def test_a_german_or_french_solar_lamp_runs_from_its_cell(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize(("title", "radio"), [
    ("Intelligente Steckdose Meross", True),
    ("LED-Strahler KSIX SmartLED Schwarz", True),
    ("LED-Strahler KSIX Schwarz", None),
])
def test_the_german_smart_names_the_connected_model(classify, title, radio):
    result = classify(title)
    assert bool(result.classes["radio"]) is bool(radio), result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Notebook HP 15s-fq5000 15,6 8 GB RAM 512 GB SSD", "laptop"),  # German calls a laptop a notebook
    ("Notebook A5 liniert 80 Blatt", "notebook"),
])
def test_a_notebook_naming_its_working_memory_is_a_laptop(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


def test_a_notebooks_drive_is_no_laptop(classify):
    result = classify("western digital scorpio blue 120gb notebook internal hard drive 5400rpm")
    assert result.product_type != "laptop", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True


@pytest.mark.parametrize(("title", "eee"), [
    ("Leuchtende Dekoration DKD Home Decor Schwarz Gold Metall", True),
    ("Beleuchtete Deko Figur", True),
    ("Leuchtende Farben T-Shirt", None),  # bright colours, no light
])
def test_a_german_light_up_word_names_a_circuit(classify, title, eee):
    result = classify(title)
    assert bool(result.classes["eee"]) is bool(eee), result.basis["eee"]
