"""Mains and battery by title and brand alone (title51, stop 51, issue 9).

An audit of the catalog products whose title-only reading and shelf reading disagree on mains or battery (what was
left of them after the earlier audits and the label sets), of products the title reads as EEE with no power source,
and of titles naming a power word with no power class, found kinds a title tells: a wall charger sold as a "USB
Adapter with Cable", the recessed "Down Light" and the ceiling "LED Panel Light" (a photographer's panel says video),
a plug-in electric aroma burner, a charger or an RC crash pack that counts out its cells, and an RC model titled by
RTR/RTF/BNF alone; and a cleaning liquid named for the cooktop it cleans read the cooktop. Both sides of each.
"""

from __future__ import annotations

import pytest


def _power(result) -> tuple[bool, bool]:
    return result.classes["mains_lv"], result.classes["battery"]


# --- a wall charger sold with its lead --------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Furst USB Adapter with Cable For Lnvo Vibe P1M Battery Charger",
    "Kolorfame USB Adapter with Cable for Redmi Note 3 Mobile Charger",
    "Generic 2A USB Adaptor with Cable for Samsung Galaxy J7",
])
def test_usb_adapter_with_cable_is_a_wall_charger(classify, title):
    result = classify(title)
    assert result.product_type == "mains_charger"
    assert _power(result) == (True, False)


@pytest.mark.parametrize("title", [
    "USB OTG Adapter with Cable for Samsung",
    "HDMI to VGA Adapter with Cable",
    "USB C to HDMI Adapter",
])
def test_a_signal_adapter_stays_a_signal_adapter(classify, title):
    result = classify(title)
    assert result.product_type == "adapter"
    assert result.classes["mains_lv"] is False


# --- recessed down lights and ceiling LED panels ----------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "DECOREX 18W LED Down Light (Light Colour : Neutral White) Night Lamp",
    "Philips 12W Recessed Down Light",
    "Syska 6W LED Down Light Warm White",
    "DECOREX 12W LED Panel Light (Light Colour : Cool White) Night Lamp",
    "18W Round LED Panel Light",
])
def test_down_lights_and_led_panels_are_mains_fixtures(classify, title):
    result = classify(title)
    assert result.product_type == "light_fixture"
    assert _power(result) == (True, False)


@pytest.mark.parametrize(("title", "kind"), [
    ("Neewer LED Video Light Panel 660 Bi-Color", "ring_light"),
    ("Neewer 2 Pack LED Video Panel Light with Stand", "ring_light"),
    ("Goose Down Light Jacket for Women", "jacket"),
    ("Women's Ultra Light Down Jacket", "jacket"),
])
def test_video_panels_and_down_jackets_are_not_ceiling_lights(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["mains_lv"] is False


# --- the plug-in aroma burner -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Asian Aura Electric Burner Rose, Vanilla Liquid Air Freshener",
    "Ceramic Electric Oil Burner for Essential Oils",
    "Electric Oil Warmer",
    "Myesquire Square Pot Aroma Electric Burner Lemongrass",
])
def test_an_electric_aroma_burner_plugs_in(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Ceramic Tealight Oil Burner",
    "Rose Aroma Oil 10 ml",
])
def test_a_tealight_burner_and_its_oil_are_not_electric(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is False
    assert result.classes["eee"] is False


# --- a cleaner named for what it cleans -------------------------------------------------------------------------

def test_a_cooktop_cleaner_is_no_cooktop(classify):
    result = classify("Whirlpool Affresh Cooktop Cleaner Kitchen Cleaner")
    assert result.product_type != "oven"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", [
    "Prestige PIC 20 Induction Cooktop",
    "Philips Viva Collection Induction Cooktop with Cooktop Cleaner Free",
])
def test_the_cooktop_itself_stays_mains(classify, title):
    result = classify(title)
    assert result.product_type == "oven"
    assert result.classes["mains_lv"] is True


# --- a charger or a crash pack that counts out its cells --------------------------------------------------------

@pytest.mark.parametrize(("title", "mains"), [
    ("Duracell Hi-Speed Value Charger with 2 AA and 2 AAA Batteries", True),
    ("Energizer Charger with 4 AA Batteries Included", True),
])
def test_a_charger_sold_with_cells_holds_a_battery(classify, title, mains):
    result = classify(title)
    assert result.product_type == "mains_charger"
    assert _power(result) == (mains, True)


def test_a_crash_pack_with_lipo_cells_holds_a_battery(classify):
    result = classify("Yacool ® hubsan crash pack for H107/h107l/h107c/h107d RC quadcopter "
                      "(4x 3.7v 500mah 25c lipo Battery + 1x Battery Charger)")
    assert result.product_type == "rc_airframe_part"
    assert result.classes["battery"] is True
    assert result.classes["eee"] is False


@pytest.mark.parametrize(("title", "kind"), [
    ("Samsung 2A Travel Charger 2000 mAh", "mains_charger"),
    ("USB Charger for Lipo Battery", "mains_charger"),
    ("NiMH Battery Charger for 4 AA", "battery_charger"),
    ("LiPo Battery Charger for 2S 3S Lipo", "battery_charger"),
    ("Hubsan H107C Crash Pack Propellers Blade Guards", "rc_airframe_part"),
])
def test_a_charger_or_crash_pack_alone_has_no_cell(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["battery"] is False


def test_a_lipo_pack_stays_a_battery_pack(classify):
    result = classify("Venom 30C 2S 5000mAh 7.4 Hard Case LiPO Battery ROAR Approved with Universal Plug")
    assert result.product_type == "battery_pack"
    assert result.classes["battery"] is True


# --- RTR, RTF, BNF: a complete radio-control model --------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "CARRERA RC 370162052 Turnator 2.4GHz (RTR)",
    "HPI E10 Drift RTR with Vaughn Gittin Jr. Monster Ford Mustang Body 111664",
    "Blade Nano Qx Bnf",
])
def test_rtr_and_bnf_name_an_rc_model(classify, title):
    result = classify(title)
    assert result.product_type == "rc_vehicle"
    assert result.classes["battery"] is True
    assert result.classes["radio"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("TVS Apache RTR 180 Seat Cover", "car_interior"),
    ("Ready to Fly Delta Kite", "kite"),
])
def test_a_motorcycle_named_rtr_and_a_ready_to_fly_kite_are_no_rc_models(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["battery"] is False
    assert result.classes["eee"] is False


def test_tvs_apache_rtr_alone_is_no_rc_model(classify):
    result = classify("TVS Apache RTR 160")
    assert result.product_type != "rc_vehicle"
    assert result.classes["radio"] is False


# --- a transformer rated in amps or volt-amps -------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Hornby Digital 15 V 4 Amp Transformer",
    "12V 60VA Transformer for Halogen Lights",
    "24V 500mA Transformer",
])
def test_a_rated_transformer_is_a_mains_power_transformer(classify, title):
    result = classify(title)
    assert result.product_type == "voltage_converter"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Transformers Robots in Disguise Legion Class Fixit Action Figure",
    "Transformers Generations Combiner Wars Legend Bombshell",
])
def test_transformers_robots_stay_toys(classify, title):
    result = classify(title)
    assert result.classes["toy"] is True
    assert result.classes["mains_lv"] is False
