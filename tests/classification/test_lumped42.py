"""Lumped types whose kinds differ on radio, supply or EEE (lumped42, stop 42, issue 9).

`alarm` held keyring personal alarms (a siren and a cell, no radio), smoke and CO alarms (battery-only or hard-wired,
standalone or interlinked by radio) and burglar-alarm kits; `thermostat` held mechanical radiator valves (no current),
electronic radiator heads, bimetal thermostat switches, wall and smart thermostats; `game_controller`'s bare
"controller" took solar charge, MIDI, PLC and slot-car controllers; "BT" (British Telecom) read Bluetooth; and a
device sold in keyring form read the keyring. Each kind now says what it is, and what it is sold both with and without
stays open (reviewed), not guessed.
"""

from __future__ import annotations

import pytest

SMOKE_SHELF = "Home & Garden > Flood, Fire & Gas Safety > Smoke & Carbon Monoxide Detectors"
CHARGE_SHELF = "Electronics > Electronics Accessories > Power > Battery Accessories > Battery Charge Controllers"


def _radio(result, radio: bool | None) -> None:
    """None: radio is open (false, reviewed); True or False: decided, and not open."""
    if radio is None:
        assert result.open[:1] == ("radio",) and not result.classes["radio"], result.basis["radio"]
    else:
        assert result.classes["radio"] is radio and "radio" not in result.open, result.basis["radio"]


# -- alarms -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Personal Safety Alarm Keychain 130dB",
    "Personal Alarm 140dB Safesound Siren with LED Light",
    "Keychain Personal Alarm for Women",
    "Rape Alarm Self Defence Siren",
    "防狼报警器 女士 随身",
])
def test_a_personal_alarm_is_a_siren_with_a_cell_and_no_radio(classify, title):
    result = classify(title)
    assert result.product_type == "personal_alarm", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"]
    assert not result.classes["radio"] and not result.classes["mains_lv"]
    assert result.open == (), result.basis["radio"]


def test_a_personal_alarm_that_says_its_link_is_radio(classify):
    result = classify("Panic Alarm Button Wireless")
    assert result.product_type == "personal_alarm"
    assert result.classes["radio"]


@pytest.mark.parametrize("title", [
    "Smoke Detector",
    "Nest Protect Smoke and CO Alarm",
    "Optical Smoke Alarm with Test Button",
    "Heat Alarm for Kitchen",
])
def test_a_smoke_or_co_alarm_leaves_radio_and_mains_open(classify, title):
    result = classify(title)
    assert result.product_type == "smoke_alarm", result.basis["product_type"]
    assert set(result.open) == {"radio", "mains_lv"}, result.open
    assert result.classes["eee"] and result.classes["battery"]


@pytest.mark.parametrize(("title", "mains"), [
    ("Kidde Smoke Alarm 10 Year Battery", False),
    ("Carbon Monoxide Detector Battery Operated", False),
    ("FireAngel Optical Smoke Alarm Mains Powered", True),
    ("Hardwired Smoke Alarm with 10 Year Battery Backup", True),
    ("Hard Wired Smoke Alarm with Battery Backup", True),
])
def test_a_smoke_alarm_that_says_its_supply_closes_mains(classify, title, mains):
    result = classify(title)
    assert result.product_type == "smoke_alarm"
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]
    assert result.open == ("radio",)


def test_an_interlinked_wireless_smoke_alarm_keeps_radio(classify):
    result = classify("X-Sense Wireless Interconnected Smoke Alarm")
    assert result.product_type == "smoke_alarm"
    assert result.classes["radio"] and result.open == ("mains_lv",)


def test_battery_words_on_a_personal_alarm_decide_nothing_new(classify):
    result = classify("Personal Alarm Battery Operated")
    assert result.product_type == "personal_alarm" and not result.classes["mains_lv"] and result.open == ()


@pytest.mark.parametrize(("title", "radio"), [
    ("Wireless Burglar Alarm Kit", True),
    ("Yale Smart Home Alarm Kit", True),
    ("Burglar Alarm Kit with Door Sensors", None),
])
def test_a_burglar_alarm_kit_keeps_radio_or_leaves_it_open(classify, title, radio):
    result = classify(title)
    assert result.product_type == "alarm", result.basis["product_type"]
    _radio(result, radio)


def test_the_smoke_detector_shelf_names_the_smoke_alarm(classify):
    result = classify("(no title)", category=SMOKE_SHELF)
    assert result.product_type == "smoke_alarm"
    assert set(result.open) == {"radio", "mains_lv"}


# -- thermostats and radiator valves ----------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Radiator thermostat valve",
    "Danfoss RAS-C2 Thermostatic Radiator Valve",
    "TRV 15mm Angled Thermostatic Radiator Valve",
])
def test_a_mechanical_radiator_valve_needs_no_current(classify, title):
    result = classify(title)
    assert result.product_type == "radiator_valve", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["radio"] and result.open == ()


def test_a_radiator_valve_that_says_zigbee_is_a_radio_head(classify):
    result = classify("Zigbee TRV Thermostatic Radiator Valve")
    assert result.classes["radio"] and result.classes["eee"] and result.classes["battery"]


@pytest.mark.parametrize(("title", "radio"), [
    ("Eqiva Electronic Radiator Thermostat", None),
    ("Programmable Radiator Thermostat with LCD", None),
    ("Tado Smart Radiator Thermostat", True),
    ("Smart TRV for Hive", True),
])
def test_an_electronic_radiator_thermostat_runs_on_cells(classify, title, radio):
    result = classify(title)
    assert result.product_type == "radiator_thermostat", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"] and not result.classes["mains_lv"]
    _radio(result, radio)


@pytest.mark.parametrize("title", [
    "Google Nest Learning Thermostat",
    "Hive Active Heating Smart Thermostat",
])
def test_a_smart_thermostat_keeps_radio(classify, title):
    result = classify(title)
    assert result.product_type == "smart_thermostat", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["connected"] and result.open == ()


def test_a_programmable_wall_thermostat_stays_open(classify):
    result = classify("Honeywell Programmable Thermostat")
    assert result.product_type == "thermostat" and result.open == ("radio",)


@pytest.mark.parametrize("title", [
    "Bimetal Thermostat Switch KSD301 NC 85C",
    "Snap Disc Thermostat 10A 250V",
])
def test_a_bimetal_thermostat_switch_is_a_passive_part(classify, title):
    result = classify(title)
    assert result.product_type == "thermostat_switch", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["electronic"]
    assert not result.classes["radio"] and result.open == ()


def test_a_digital_temperature_controller_is_a_mains_thermostat(classify):
    result = classify("Inkbird ITC-308 Digital Temperature Controller")
    assert result.product_type == "temperature_controller", result.basis["product_type"]
    assert result.classes["mains_lv"] and result.classes["eee"] and result.open == ()


# -- controllers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Solar charge controller 30A PWM",
    "PHOCOS CX10 MPPT Solar Charge Controller",
])
def test_a_solar_charge_controller_is_no_gamepad(classify, title):
    result = classify(title)
    assert result.product_type == "charge_controller", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["mains_lv"] and not result.classes["battery"]
    assert result.open == ()


def test_the_battery_charge_controller_shelf_is_not_mains(classify):
    result = classify("(no title)", category=CHARGE_SHELF)
    assert result.product_type == "charge_controller" and not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("MIDI Controller 25 Key", "midi_controller"),
    ("Doctor Who Cyber Controller (Exclusive) Action Figure", "action_figure"),
    ("F405 Flight Controller for FPV Drone", "rc_servo"),
    ("Submersible Pump Controller Single Phase", "electrical_fitting"),
])
def test_other_controllers_are_their_own_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Jadlam Racing Micro Scalextric 2x Hand Controllers Throttles",
    "Siemens LOGO! Programmable Logic Controller",
    "DMX Controller 192 Channel",
])
def test_other_controllers_are_no_gamepad(classify, title):
    assert classify(title).product_type != "game_controller"


@pytest.mark.parametrize(("title", "radio"), [
    # mr64b: "PS4 Controller", the console's own pad, is the wireless kind (test_mr64b); a third party's stays open
    ("Controller for PS4", None),
    ("Gaming Controllers for PC", None),
    ("Xbox Wireless Controller", True),
    ("PowerA Enhanced Wired Controller", False),
])
def test_a_gamepad_is_still_a_gamepad(classify, title, radio):
    result = classify(title)
    assert result.product_type == "game_controller", result.basis["product_type"]
    _radio(result, radio)


# -- "BT" -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "radio"), [
    ("BT Decor Touch Phone", "landline_phone", None),
    ("BT Decor 2200 Corded Phone", "landline_phone", False),
    ("BT Converse 2300 Corded Telephone", "landline_phone", False),
    ("BT Premium Phone with Answer Machine", "cordless_phone", True),
])
def test_bt_the_phone_maker_is_not_bluetooth(classify, title, kind, radio):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    _radio(result, radio)


@pytest.mark.parametrize(("title", "kind"), [
    ("BT 5.0 Earbuds", "earbuds"),
    ("Wireless Earbuds BT 5.3 Headphones", "earbuds"),  # the kind named first, not its broader word (stop 42)
    ("BT Speaker Portable", "speaker"),
])
def test_bt_that_is_bluetooth_still_reads_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind and result.classes["radio"]


# -- devices in keyring form ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("LED Torch Keychain", "flashlight"),
    ("Mini Fan Keychain", "handheld_fan"),
    ("Alarm Keyring with Torch", "personal_alarm"),
])
def test_a_device_in_keyring_form_is_the_device(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Bottle Opener Keychain",
    "Leather Keychain",
    "Lego Star Wars Yoda Keyring",
])
def test_a_keyring_with_no_device_stays_a_keyring(classify, title):
    result = classify(title)
    assert result.product_type == "keychain", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["battery"]
