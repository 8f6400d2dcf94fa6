"""RC, drone and FPV parts named before the model they fit (rcparts42, issue 9).

Cross-border RC sellers title a part, then the model it fits with no "for": "Brushless Motor FPV Racing Drone",
"4-Blade Propeller ... Whoop RC Drone FPV Racing". Head-final reading took the drone (radio, battery); the part is the
product when the last type word before the model is a fitted part, a kind of spare part or of battery
(`Classifier._part_before_model`). Part kinds and their classes: propellers, frames, arms, gears, tyres and shells are
passive (`rc_airframe_part`); motors, ESCs and flight controllers are EEE with no battery or radio (`rc_servo`); a
video transmitter transmits (`rc_video_transmitter`); an FPV camera is wired (`fpv_camera`); a telemetry radio or an
FPV receiver is radio (`rc_receiver`); a LiPo pack is a battery. Look-alikes: complete drones and RC models ("RTF",
"BNF", "4 Channel", "with Camera"), a toy drone for kids, game controllers, a car with a rechargeable battery.
"""

from __future__ import annotations

import pytest

RC_HELICOPTERS = "Hobbies > Remote Controlled Devices > Helicopters & Quadcopters"
SUPPLY = ("mains_lv", "radio", "battery")


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. passive parts named before the model: no radio, battery or EEE -----------------------------------------------

@pytest.mark.parametrize("title", [
    "4 Pairs Gemfan 1208 31mm 1.2 Inch 4-Blade Propeller 0.8mm / 1.0mm Shaft Hole DIY Whoop RC Drone FPV Racing",
    "GEPRC GEP-MK5 Frame Kit 5 Inch FPV Drone",
    "5 Inch Carbon Fiber Frame Kit FPV Racing Drone Quadcopter",
    "Landing Gear Skid RC Drone",
    "Walkera Blade Main Rotor Blades RC Helicopter",
    "Chinatera 06232 Spur Gear 47T for 1/10 4WD Off-Road RC Car Truck",
    "1/10 RC Car Body Shell Crawler",
    "RC Car Tyres 1/10 Scale Off Road Buggy Wheels",
])
def test_a_passive_part_before_the_model_is_the_part(classify, title):
    result = classify(title)
    assert result.product_type == "rc_airframe_part", result.basis["product_type"]
    assert _off(result, "eee", *SUPPLY), result.basis["eee"]


def test_a_propeller_on_a_quadcopter_shelf_is_the_propeller(classify):
    result = classify("GemFan 6X3 6030 Multi-rotor CW CCW Propeller QAV250 Quadcopter 250 Mini Quad Prop (8 pairs)",
                      category=RC_HELICOPTERS)
    assert result.product_type == "rc_airframe_part", result.basis["product_type"]
    assert _off(result, "eee", "toy", *SUPPLY), result.basis["radio"]


# --- 2. electrical parts: EEE, no battery of their own, no radio ----------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("iFlight XING2 2207 1855KV 6S Brushless Motor FPV Racing Drone", "rc_servo"),
    ("30A Brushless ESC Quadcopter RC", "rc_servo"),
    ("Mamba F722 Flight Controller FPV Racing Drone", "rc_servo"),
    ("SpeedyBee F405 V4 Flight Controller Stack 55A 4in1 ESC FPV Drone", "rc_servo"),
    ("SEQURE 2670 Brushless ESC 2-6S Lipo Powered 70A Firmware AM32 Suitable For FPV Racing Drone RC Car Parts",
     "rc_servo"),
    ("Brushless Motor+ESC+Propeller Power Kit for 300-800g RC Model Airplanes", "rc_servo"),
    ("Caddx Ratel 2 FPV Camera 1200TVL FPV Racing Drone", "fpv_camera"),  # wired to the VTX
])
def test_motors_escs_controllers_and_fpv_cameras_are_eee_without_battery_or_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"], result.basis["eee"]
    assert _off(result, *SUPPLY), result.basis["battery"]


@pytest.mark.parametrize(("title", "kind"), [
    ("RushFPV Tank Solo 5.8G 48CH 1.6W VTX FPV Racing Drone", "rc_video_transmitter"),
    ("Telemetry Radio 433MHz Pixhawk Drone", "rc_receiver"),  # telemetry links both ways
])
def test_vtx_and_telemetry_radios_transmit_and_have_no_battery(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] and result.classes["transmitter"], result.basis["radio"]
    assert _off(result, "battery", "mains_lv"), result.basis["battery"]


@pytest.mark.parametrize("title", [
    "CNHL 1500mAh 4S 14.8V 100C LiPo Battery XT60 FPV Drone",
    "Tattu 1300mAh 6S LiPo Battery Pack RC Drone",
])
def test_a_lipo_pack_before_the_drone_is_a_battery_not_eee(classify, title):
    result = classify(title)
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert result.classes["battery"], result.basis["battery"]
    assert _off(result, "eee", "radio", "mains_lv"), result.basis["eee"]


# --- 3. look-alikes: complete models, toys, game controllers keep their reading -------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Eachine Wizard X220 FPV Racing Drone BNF", "drone"),
    ("RC Quadcopter with Camera 4K Drone for Adults", "drone"),
    ("Brushless Motor GPS Drone with 4K Camera for Adults", "drone"),
    ("Holy Stone HS175D Foldable GPS Drone with 4K Camera Brushless Motor", "drone"),
    ("Eachine E58 WiFi FPV Camera Drone Quadcopter", "drone"),
    ("Syma X5C-1 Red+White Propellers 4 Channel 2.4ghz RC Quadcopter Drone with Camera", "drone"),
    ("4Ch 2.4Ghz Mini Radio Single Propeller RC Helicopter Gyro V911 RTF Outdoor", "rc_vehicle"),
    ("Rechargeable Battery RC Car for Kids", "rc_vehicle"),
    ("Mini Drone for Kids with Camera RC Quadcopter", "drone"),
])
def test_a_complete_model_keeps_its_radio_and_battery(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"], result.basis["radio"]


def test_an_infrared_helicopter_gains_no_radio_from_its_channels(classify):
    result = classify("Syma S107G 3 Channel Infrared Controlled Helicopter with Gyroscopic Stability Control",
                      category=RC_HELICOPTERS)
    assert result.product_type == "rc_vehicle", result.basis["product_type"]
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Flight Controller Game Joystick Flight Simulator PC",
    "Xbox Wireless Controller",
])
def test_game_controllers_are_not_flight_controllers(classify, title):
    assert classify(title).product_type == "game_controller"


@pytest.mark.parametrize(("title", "kind"), [
    ("ISDT Q6 Nano LiPo Battery Charger RC", "battery_charger"),
    ("Drone Battery Charger", "battery_charger"),
])
def test_a_charger_word_is_not_a_fitted_part(classify, title, kind):
    assert classify(title).product_type == kind
