"""The battery of a product read from its kind and its title's words (battery39, issue 9).

`battery` was the weakest class on most labelled sets. Read as patterns, the misses that general facts can fix were:
a cordless or rechargeable model of a corded kind (fans, hair dryers and stylers: `battery_powered` only fills, so the
type's "no battery" stood), sonic toothbrushes and facial brushes, solar lights filed as string lights, fixtures or
night lights, baby monitors (the parent unit), hand-carried fans and portable radios (now kinds of their own),
submersible LED vase lights, personal emergency response systems, digital calipers; and, by shelf, vital-signs
monitors and Shopify's shortwave and weather radios. Each rule is tested with a look-alike that must keep its reading.
"""

from __future__ import annotations

import pytest

RADIOS = "Electronics > Audio > Audio Players & Recorders > Radios"


# --- a cordless model of a corded kind ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Cordless Hair Straightener Mini USB-C",
        "Rechargeable Hair Curler Wand for Travel",
        "Battery Operated Fan for Bedroom",
        "Rechargeable Tower Fan with Remote",
        "充电风扇 家用 静音",
        "充电式吹风机 便携",
        "充电卷发棒 自动",
    ],
)
def test_a_cordless_or_rechargeable_corded_kind_has_a_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"], (title, result.product_type, result.basis["battery"])
    assert result.classes["eee"]


@pytest.mark.parametrize(
    "title",
    [
        "Ceramic Hair Straightener 230C",
        "Tower Fan with Remote Control 36 inch",
        "家用落地扇 静音",
        "Corded and Cordless Hair Clippers Set",  # both supplies: a battery still (a shaver's own reading)
    ],
)
def test_the_corded_kind_keeps_its_own_reading(classify, title):
    result = classify(title)
    expected = title.startswith("Corded and Cordless")
    assert result.classes["battery"] is expected, (title, result.product_type, result.basis["battery"])


def test_a_cordless_drill_still_reads_its_battery(classify):
    assert classify("Cordless Drill Driver 18V with 2 Batteries").classes["battery"]


# --- sonic brushes ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Sonic Pro Children's Toothbrush", "儿童声波牙刷 软毛",
                                   "Sonic Facial Cleansing Brush"])
def test_a_sonic_brush_is_electric_with_a_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"] and result.classes["eee"], (title, result.product_type)


@pytest.mark.parametrize("title", ["Sonic the Hedgehog Toothbrush for Kids", "Bamboo Toothbrush Soft 4 Pack"])
def test_a_sonic_character_or_plain_toothbrush_has_none(classify, title):
    result = classify(title)
    assert not result.classes["battery"] and not result.classes["eee"], (title, result.product_type)


# --- solar lights -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Solar Fairy Lights Outdoor 200 LED",
        "Solar Flood Light with Motion Sensor",
        "Solar Powered Wall Lamp Outdoor",
        "Solar Night Light for Garden",
        "Solar Rope Light 10m",
        "太阳能灯串 户外",
        "Solar Pathway Lights 8 Pack",
        "Solar Deck Lights Waterproof",
        "Solar Step Lights for Stairs",
    ],
)
def test_a_solar_light_has_a_battery_and_no_mains(classify, title):
    result = classify(title)
    assert result.classes["battery"], (title, result.product_type, result.basis["battery"])
    assert not result.classes["mains_lv"], (title, result.product_type)


@pytest.mark.parametrize(
    "title",
    [
        "LED Flood Light 50W Outdoor",
        "Fairy Lights Plug In 10m",
        "Solar System Night Light Projector",
        "Solar Panel 100W Monocrystalline",
    ],
)
def test_a_mains_light_or_a_solar_system_lamp_reads_no_battery(classify, title):
    result = classify(title)
    assert not result.classes["battery"], (title, result.product_type, result.basis["battery"])


# --- baby monitors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Video Baby Monitor with Camera and Audio", "婴儿监视器 无线"])
def test_a_baby_monitor_has_a_battery_in_its_parent_unit(classify, title):
    result = classify(title)
    assert result.product_type == "baby_monitor"
    assert result.classes["battery"] and result.classes["radio"]


def test_a_baby_monitor_mount_has_none(classify):
    result = classify("Baby Monitor Wall Mount Shelf")
    assert not result.classes["battery"], (result.product_type, result.basis["battery"])


# --- hand-carried fans --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Neck Fan Bladeless 3 Speeds", "Hand Held Fan Mini", "Stroller Fan Clip On",
                                   "手持小风扇 便携", "挂脖风扇 懒人"])
def test_a_hand_carried_fan_runs_on_its_own_cell(classify, title):
    result = classify(title)
    assert result.product_type == "handheld_fan", (title, result.product_type)
    assert result.classes["battery"] and not result.classes["mains_lv"]


def test_a_wireless_neck_fan_is_cordless_not_radio(classify):
    result = classify("Wireless Neck Fan Bladeless")
    assert result.classes["battery"] and not result.classes["radio"]


@pytest.mark.parametrize("title", ["USB Fan Quiet for Laptop", "Chinese Folding Hand Fan Silk",
                                   "Handheld Folding Fan Chinese Silk"])
def test_a_usb_desk_fan_or_a_folding_fan_reads_no_battery(classify, title):
    result = classify(title)
    assert not result.classes["battery"], (title, result.product_type, result.basis["battery"])
    assert result.product_type != "handheld_fan"


# --- portable radios ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Pocket Radio AM FM", "Portable DAB Radio with Handle", "Emergency Radio Hand Crank",
                                   "Transistor Radio Retro", "便携式收音机 老人"])
def test_a_portable_radio_runs_on_cells(classify, title):
    result = classify(title)
    assert result.product_type == "portable_radio", (title, result.product_type)
    assert result.classes["battery"] and result.classes["radio"]


@pytest.mark.parametrize("title", ["DAB Radio Kitchen", "Clock Radio with USB Charging", "Radio Controlled Wall Clock"])
def test_a_mains_radio_or_a_radio_clock_is_not_a_portable_radio(classify, title):
    result = classify(title)
    assert result.product_type != "portable_radio", (title, result.product_type)


@pytest.mark.parametrize("leaf", ["Shortwave Radios", "Weather Radios"])
def test_shopifys_carried_radio_shelves_read_a_battery(classify, leaf):
    result = classify("", category=f"{RADIOS} > {leaf}")
    assert result.classes["battery"] and result.classes["radio"]


def test_the_radios_shelf_and_a_case_on_a_radio_shelf_read_none(classify):
    assert not classify("", category=RADIOS).classes["battery"]
    assert not classify("Radio Carrying Case", category=f"{RADIOS} > Shortwave Radios").classes["battery"]


# --- submersible LED lights, personal emergency response systems, vital-signs monitors -----------------------------


def test_submersible_led_lights_are_coin_cell_lights(classify):
    result = classify("Submersible LED Lights 10 Pack")
    assert result.classes["battery"] and result.classes["button_cell"]


def test_a_submersible_pump_is_not_a_light(classify):
    result = classify("Submersible Pump 12V for Pond")
    assert not result.classes["battery"] and not result.classes["button_cell"]


def test_the_floating_lights_shelf_keeps_its_lamp_reading(classify):
    result = classify("", category="Home & Garden > Lighting > Floating & Submersible Lights")
    assert result.product_type == "lamp" and not result.classes["button_cell"]


def test_a_personal_emergency_response_system_is_a_battery_alarm(classify):
    result = classify("Personal Emergency Response System")
    assert result.product_type == "medical_alarm" and result.classes["battery"]  # recalls40: its own type


def test_an_engraved_medical_alert_bracelet_is_jewellery(classify):
    result = classify("Medical Alert Bracelet Engraved Stainless Steel")
    assert not result.classes["battery"] and not result.classes["eee"]


def test_a_vital_signs_monitor_carries_a_battery_and_its_accessories_none(classify):
    medical = "Business & Industrial > Medical > Medical Equipment"
    assert classify("", category=f"{medical} > Vital Signs Monitors").classes["battery"]
    assert not classify("", category=f"{medical} > Vital Signs Monitor Accessories").classes["battery"]


# --- digital calipers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Digital Caliper 150mm Stainless Steel", "Electronic Digital Caliper 6 inch",
                                   "Digital Micrometer 0-25mm"])
def test_a_digital_caliper_reads_a_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"] and result.classes["eee"], (title, result.product_type)


@pytest.mark.parametrize("title", ["Vernier Caliper 150mm", "Dial Caliper Stainless", "Brake Caliper Front Left"])
def test_a_vernier_dial_or_brake_caliper_reads_none(classify, title):
    result = classify(title)
    assert not result.classes["battery"] and not result.classes["eee"], (title, result.product_type)
