"""Review of the stop-42 second round (review42b, issue 9): readings rcparts42, review42 and zh42 made wrong.

- A drone titled with its model word first and a part as its feature ("Foldable Drone with Camera Brushless Motor
  Quadcopter") is the drone; so is one whose title names what only a whole model has (GPS, a camera it comes with,
  obstacle avoidance). A part's title starts with the part and names none of these ("... Brushless Motor FPV Racing
  Drone", "4K FPV Camera Racing Drone": a camera's resolution is its own).
- A kind repeated by its broad word stays the kind when the words between only repeat the kind's own name
  ("Motorcycle USB Charger ... Motorcycle USB ... Phone Charger"); another noun between still makes it a modifier.
- A bare "power kit" is a solar, UPS or e-bike kit as often as an RC motor and ESC; the RC kit is named by its parts.
- zh42's bare 收银机, 全站仪 and 测距器: a till's paper roll, a total station's prism and a measuring wheel are passive.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", [
    "Foldable Drone with Camera Brushless Motor Quadcopter",
    "4K Camera Drone Brushless Motor Obstacle Avoidance Quadcopter",
    "Brushless Motor 4K GPS Drone",
    "Propeller Guards Mini Drone Headless Mode One Key Return Quadcopter",
])
def test_a_whole_drone_with_a_part_word_stays_the_drone(classify, title):
    result = classify(title)
    assert result.product_type == "drone", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("iFlight XING2 2207 1855KV 6S Brushless Motor FPV Racing Drone", "rc_servo"),
    ("Mamba F722 Flight Controller FPV Racing Drone", "rc_servo"),
    ("Runcam 4K FPV Camera Racing Drone", "fpv_camera"),
    ("Brushless Motor+ESC+Propeller Power Kit for 300-800g RC Model Airplanes", "rc_servo"),
])
def test_a_part_named_first_is_still_the_part(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["battery"], result.basis["battery"]


def test_a_bare_power_kit_is_no_rc_motor(classify):
    result = classify("Power Kit Solar 100W")
    assert result.product_type != "rc_servo", result.basis["product_type"]


def test_a_kind_whose_own_words_are_repeated_keeps_the_head(classify):
    result = classify("48W Motorcycle USB Charger QC3.0 & PD Fast Charge 3.0 Motorcycle USB USB Type C Phone Charger "
                      "with Voltmeter and On/Off Switch")
    assert result.product_type == "vehicle_charger", result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Earphone Cable Replacement Headphones 3.5mm", "earbuds"),
    ("Car Charger Fuse Replacement Charger", "vehicle_charger"),
])
def test_another_noun_between_still_makes_the_kind_a_modifier(classify, title, kind):
    result = classify(title)
    assert result.product_type != kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "收银机打印纸 热敏纸 80mm 收银纸",
    "全站仪棱镜 单棱镜 测量",
    "轮式测距器 手推 机械 测距轮",
])
def test_passive_look_alikes_of_zh42_words(classify, title):
    result = classify(title)
    assert not result.classes["eee"] and not result.classes["battery"], result.basis["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("超市收银机 触摸屏 一体机", "office_electronics"),
    ("全站仪 免棱镜 测量仪器", "multimeter"),
    ("激光测距器 手持 40米", "multimeter"),
])
def test_zh42_words_still_name_the_instrument(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"], result.basis["eee"]
