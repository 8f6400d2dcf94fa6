"""Kinds sold both ways, split off a lumped type (bothways41, stop 41, issue 9).

`health_monitor` lumped kitchen and luggage scales and meat thermometers (no radio) with blood-pressure monitors,
glucose meters, bathroom and body-fat scales and hearing aids, which are commonly sold both plain and with Bluetooth
or Wi-Fi. So it could not declare `sold_both_ways: radio`, and a "Blood Pressure Monitor" with no word read "no radio,
assumed" and was allowed. Those four kinds are now types of their own (kinds of `health_monitor`) that leave radio
open; a continuous glucose monitor is radio; a hearing amplifier is mostly plain and is not declared; the kitchen,
luggage and pocket scales, thermometers and pulse oximeters stay `health_monitor` with nothing open. A speedlight
(built-in 2.4 GHz trigger or optical only) is declared too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from tests.factories import cert, make_listing

AT = "2026-11-28"
runner = CliRunner()


@pytest.mark.parametrize(("title", "kind"), [
    ("Omron M3 Comfort Upper Arm Blood Pressure Monitor", "blood_pressure_monitor"),
    ("Dr Trust Automatic BP Machine", "blood_pressure_monitor"),
    ("Digital Sphygmomanometer Upper Arm", "blood_pressure_monitor"),
    ("血压计 家用 上臂式 全自动", "blood_pressure_monitor"),
    ("Blutdruckmessgerät Oberarm vollautomatisch", "blood_pressure_monitor"),
    ("Accu-Chek Guide Blood Glucose Meter", "glucose_meter"),
    ("Dr Morepen BG-03 Glucometer Kit", "glucose_meter"),
    ("血糖仪 家用 高精准", "glucose_meter"),
    ("Digital Bathroom Scale for Body Weight 180 kg", "bathroom_scale"),
    ("Tanita UM-052 Body Fat Analyzer", "bathroom_scale"),
    ("Shikon SKO42 BMI Personal Weighing Scale Body Fat Analyzer", "bathroom_scale"),
    ("体脂秤 家用 精准", "bathroom_scale"),
    ("Personenwaage digital mit LCD", "bathroom_scale"),
    ("Phonak Audeo Paradise P90-R Hearing Aid", "hearing_aid"),
    ("Rechargeable Hearing Aids for Seniors with Noise Cancelling", "hearing_aid"),
    ("老人助听器 充电式 隐形", "hearing_aid"),
    ("Godox TT685 II Speedlite for Canon", "camera_flash"),
    ("Neewer NW-561 Camera Flash", "camera_flash"),
])
def test_a_kind_sold_both_ways_leaves_radio_open(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.open == ("radio",), result.basis["radio"]
    assert not result.classes["radio"] and "sold both ways" in result.basis["radio"]
    if kind != "camera_flash":
        assert result.classes["eee"] and result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Omron X7 Smart Blood Pressure Monitor Bluetooth", "blood_pressure_monitor"),
    ("RENPHO Smart Scale for Body Weight", "bathroom_scale"),
    ("Eufy Smart Scale P2 Pro Wi-Fi Bluetooth Body Fat Scale", "bathroom_scale"),
    ("智能体脂秤 家用", "bathroom_scale"),
    ("Contour Next One Bluetooth Blood Glucose Meter", "glucose_meter"),
    ("Bluetooth Hearing Aids Rechargeable", "hearing_aid"),
    ("Bluetooth Hearing Amplifier", "hearing_amplifier"),
    ("Continuous Glucose Monitor 14 Day Sensor", "cgm_sensor"),
])
def test_a_word_or_the_kind_settles_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.open == () and result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Digital Kitchen Scale 5 kg", "health_monitor"),
    ("Digital Luggage Scale 50 kg", "health_monitor"),
    ("Digital Pocket Scale 500 g x 0.01 g", "health_monitor"),
    ("Meat Thermometer Instant Read", "health_monitor"),
    ("Forehead Thermometer for Adults", "health_monitor"),
    ("Fingertip Pulse Oximeter", "health_monitor"),
    ("Weighing Scale 40 kg", "health_monitor"),
    ("Digital Hearing Amplifier for Adults", "hearing_amplifier"),
])
def test_kinds_mostly_sold_one_way_keep_nothing_open(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.open == () and not result.classes["radio"]
    assert result.classes["eee"] and result.classes["battery"]


@pytest.mark.parametrize(("category", "kind"), [
    ("Health & Beauty > Health Care > Hearing Aids", "hearing_aid"),
    ("Health & Beauty > Health Care > Biometric Monitors > Blood Pressure Monitors", "blood_pressure_monitor"),
    ("Health & Beauty > Health Care > Biometric Monitors > Blood Glucose Meters", "glucose_meter"),
    ("Health & Beauty > Health Care > Biometric Monitors > Body Weight Scales", "bathroom_scale"),
    ("Health & Beauty > Health Care > Biometric Monitors > Body Fat Analyzers", "bathroom_scale"),
])
def test_the_google_shelves_read_the_kind_by_path_alone(classify, category, kind):
    result = classify("(no title)", category=category)
    assert result.product_type == kind and result.open == ("radio",)


@pytest.mark.parametrize("category", ["Health & Beauty > Health Care > Biometric Monitors > Pulse Oximeters",
                                      "Health & Beauty > Health Care > Biometric Monitors > Medical Thermometers",
                                      "Health & Beauty > Health Care > Biometric Monitors"])
def test_the_other_biometric_shelves_stay_health_monitor(classify, category):
    result = classify("(no title)", category=category)
    assert result.product_type == "health_monitor" and result.open == ()


@pytest.mark.parametrize("title", ["Glucometer Test Strips 50 Count", "Glucose Meter Test Strips",
                                   "Glucometer Lancets 100", "血糖仪试纸 50片"])
def test_strips_and_lancets_for_a_meter_are_not_the_meter(classify, title):
    result = classify(title)
    assert result.product_type != "glucose_meter" and not result.classes["eee"] and result.open == ()


def test_a_meter_kit_with_strips_is_the_meter(classify):
    result = classify("Blood Glucose Monitor Kit with 100 Test Strips and Lancets")
    assert result.product_type == "glucose_meter" and result.open == ("radio",)


@pytest.mark.parametrize("title", ["Aneroid Sphygmomanometer with Stethoscope", "Manual Blood Pressure Cuff Adult"])
def test_an_aneroid_blood_pressure_gauge_is_not_electrical(classify, title):
    result = classify(title)
    assert result.product_type == "health_care" and not result.classes["eee"] and result.open == ()


def test_hearing_aid_batteries_stay_button_cells(classify):
    result = classify("Hearing Aid Batteries Size 312, 60 Pack")
    assert result.product_type == "button_cell_battery" and result.open == ()


@pytest.mark.parametrize(("title", "kind"), [
    ("Automatic Pet Feeder 4L with Timer", "pet_feeder"),
    ("Automatic Cat Feeder 6L, Timed Dry Food Dispenser", "pet_feeder"),
    ("自动喂食器 猫咪 定时", "pet_feeder"),
    ("Self Cleaning Litter Box for Multiple Cats", "automatic_litter_box"),
])
def test_pet_feeders_and_litter_boxes_leave_radio_open(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind and result.open == ("radio",), result.basis["product_type"]
    assert result.classes["eee"]


@pytest.mark.parametrize(("title", "kind", "category"), [
    ("Smart Pet Feeder WiFi App Control", "pet_feeder", None),
    ("智能猫砂盆 全自动", "automatic_litter_box", None),
    ("Tractive Dog Tracker", "pet_tracker", None),
    ("Cat Tracker Bluetooth", "pet_tracker", None),
    ("Dog Tracker", "pet_tracker", "Animals & Pet Supplies > Pet Supplies > Dog Supplies"),
    ("Furbo Pet Camera Treat Tosser", "pet_camera", None),
    ("Furbo Pet Camera Treat Tosser", "pet_camera", "Animals & Pet Supplies > Pet Supplies > Dog Supplies"),
])
def test_pet_trackers_and_cameras_are_radio_and_a_pet_shelf_keeps_them(classify, title, kind, category):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] and result.open == ()


@pytest.mark.parametrize("title", ["Cat Water Fountain 2L", "Anti Bark Collar Rechargeable"])
def test_the_other_pet_electronics_keep_nothing_open(classify, title):
    result = classify(title)
    assert result.product_type == "pet_electronics" and result.open == () and not result.classes["radio"]


@pytest.mark.parametrize("title", ["Camera Flash Accessories Kit",
                                   "Flash Diffuser for Speedlite", "Camera Flash Diffuser"])
def test_a_flashs_accessories_are_not_the_flash(classify, title):
    result = classify(title)
    assert result.product_type != "camera_flash" and not result.classes["eee"] and result.open == ()


def test_the_flash_accessories_shelf_is_not_a_flash(classify):
    shelf = "Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Flash Accessories"
    result = classify("(no title)", category=shelf)
    assert result.product_type != "camera_flash" and not result.classes["eee"]


# -- end to end: classify and check ---------------------------------------------------------------------------------

def _catalog(tmp_path: Path, *products: dict) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(list(products)))
    return path


def test_classify_names_the_open_class_of_a_split_kind(tmp_path):
    catalog = _catalog(tmp_path, {"sku": "BP-1", "title": "Omron M3 Comfort Blood Pressure Monitor",
                                  "listings": [make_listing("DE")]},
                       {"sku": "KS-1", "title": "Digital Kitchen Scale 5 kg", "listings": [make_listing("DE")]})
    result = runner.invoke(app, ["classify", str(catalog), "--format", "json"])
    assert result.exit_code == 0, result.output
    products = {p["sku"]: p for p in json.loads(result.output)["products"]}
    assert products["BP-1"]["open"] == ["radio"] and products["KS-1"]["open"] == []
    text = runner.invoke(app, ["classify", str(catalog)]).output
    assert "radio OPEN: blood_pressure_monitor is sold both ways" in text


def test_a_bathroom_scale_is_reviewed_and_a_kitchen_scale_allowed(tmp_path):
    certified = {"certificates": [cert("CE", "EMC", "ROHS")], "listings": [make_listing("DE")]}
    catalog = _catalog(tmp_path, {"sku": "SC-1", "title": "Digital Bathroom Scale for Body Weight", **certified},
                       {"sku": "KS-1", "title": "Digital Kitchen Scale 5 kg", **certified})
    result = runner.invoke(app, ["check", str(catalog), "--format", "json", "--at", AT])
    decisions = {d["sku"]: d for d in json.loads(result.output)["decisions"]}
    assert decisions["SC-1"]["decision"] == "review", decisions["SC-1"]
    assert "CLS-OPEN-001" in json.dumps(decisions["SC-1"])
    assert decisions["KS-1"]["decision"] == "allow", decisions["KS-1"]
    assert "CLS-OPEN-001" not in json.dumps(decisions["KS-1"])
