"""Parts, consumables and spares named after their machine read as the part (parts46, issue 9).

A title whose head noun is a part ("Lawn Mower Wheels", "Water Heater Vent", "Shaver Foil", "UPS Battery") read the
machine when the machine word was a type and the part word was not, so a spare got the machine's mains, radio and EEE.
(1) A battery named last after a machine is the spare battery (`Classifier._part_after_machine`): a battery, not EEE;
a conjunction between ("Camera + Extra Battery") sells both, and a cell named by its size ("Trimmer AAA Battery")
is the machine's supply. (2) Part words (`spare_part`), and a new kind `electrical_part` (a replacement motor, heating
element, control board: EEE, no supply). (3) Look-alikes: a car's amplifier runs on 12 V; gas tanks, trailers and the
motor vehicle of Google's leaves are no toy vehicles; a power screwdriver is a power tool; a MIG torch is no
flashlight; a bicycle's cadence sensor is a wireless sensor. Each change with the look-alikes that must keep their
reading (the machine sold with its part).
"""

from __future__ import annotations

import pytest

SUPPLY = ("mains_lv", "radio", "battery")


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. a battery named after its machine is the battery --------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "UPS Battery",
    "UPS Batteries 2 Pack",
    "E-Reader Battery 3.7V 1500mAh",
    "MP3 Player Battery",
    "Tablet Computer Batteries",
    "Shaver Battery",
    "UPS 电池",
])
def test_a_battery_named_after_its_machine_is_a_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"] is True, result.basis["battery"]
    assert _off(result, "mains_lv", "radio", "eee"), (result.product_type, result.basis["product_type"])


@pytest.mark.parametrize(("title", "kind"), [
    ("Compact Camera + Extra Battery", "digital_camera"),
    ("Mini Drone with Camera and Spare Battery", "drone"),
    ("RC Drone and 2 Batteries", "drone"),
    ("航拍无人机和电池", "drone"),  # 和 ("and"), as English "and" (read-through)
    ("遥控无人机及电池", "drone"),
    ("Bikini Trimmer AAA Battery", "shaver"),
    ("LED Torch 18650 Battery", "flashlight"),
    ("Cordless Drill with 2 Batteries", "power_tool"),
    ("Wall Clock Battery Operated", "clock"),
])
def test_a_machine_sold_with_or_run_on_a_battery_stays_the_machine(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True and result.classes["eee"] is True


# --- 2. part words: the part is the product, the machine's supply is not its own ------------------------------------

@pytest.mark.parametrize("title", [
    "Lawn Mower Wheels 8 inch Pair",
    "Water Heater Vent Kit",
    "Shaver Foil and Cutter",
    "Replacement Shaver Head for Rotary Shaver",
    "Electric Kettle Lid",
    "Treadmill Belt 45cm x 120cm",
    "Vacuum Cleaner Belt 2 Pack",
    "Washing Machine Door Seal",
    "Refrigerator Door Gasket",
    "Robot Vacuum Side Brush 6 Pack",
    "Stand Mixer Dough Hook",
    "Microwave Turntable Plate 27cm",
    "Gas Stove Knobs Set of 4",
    "Coffee Grinder Burr",
    "Ceiling Fan Blades Set of 5",
    "Blender Blade Assembly",
    "Vacuum Cleaner Hose 1.8m",
    "Pressure Washer Hose 10m",
    "Pool Pump Impeller",
    "3D Printer Nozzle 0.4mm 10pcs",
    "MIG Torch 3m Euro Connector",
    "Electric Toothbrush Heads 8 Pack",
    "Robot Vacuum Wheel Left Side",
])
def test_a_part_named_after_its_machine_is_the_part(classify, title):
    result = classify(title)
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert _off(result, *SUPPLY), result.basis["mains_lv"]


@pytest.mark.parametrize("title", [
    "Washing Machine Drain Pump Motor",
    "Oven Heating Element 2000W",
    "Refrigerator Main Control Board",
    "Dishwasher Door Switch",
    "Microwave Magnetron",
    "Coffee Machine Solenoid Valve",
    "Air Conditioner Fan Motor",
    "Water Heater Element",
    "12V DC Motor 3000RPM",
])
def test_an_electrical_part_is_eee_without_a_supply(classify, title):
    result = classify(title)
    assert result.product_type == "electrical_part", result.basis["product_type"]
    assert result.classes["eee"] is True and _off(result, *SUPPLY), result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "on"), [
    ("Lawn Mower with Grass Bag", "garden_power_tool", "eee"),
    ("Vacuum Cleaner with 2 Filters", "vacuum_cleaner", "mains_lv"),
    ("Drone with Battery", "drone", "radio"),
    ("Ceiling Fan with 5 Blades", "fan", "mains_lv"),
    ("Blender with Lid 1.5L", "blender", "mains_lv"),
    ("Stand Mixer with Dough Hook and Flat Beater", "food_mixer", "mains_lv"),
    ("Electric Toothbrush with 2 Brush Heads", "electric_toothbrush", "battery"),
    ("Steam Iron 1600W Non-Stick Soleplate", "iron", "mains_lv"),
    ("Pressure Washer with Hose Reel", "pressure_washer", "mains_lv"),
    ("Brushless Motor FPV Racing Drone", "rc_servo", "eee"),
])
def test_a_machine_with_its_parts_keeps_the_machine(classify, title, kind, on):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[on] is True, result.basis[on]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sewing Machine Bobbins 25 Pack", "sewing_supplies"),
    ("Boreal Roller Brush", None),  # a hair or paint roller brush: no part
    ("Wine Foil Cutter", "food"),  # a bar tool, no shaver's foil (the wine word reads it)
    ("Motor Controller Board", "electronics_kit"),
])
def test_part_look_alikes(classify, title, kind):
    assert classify(title).product_type == kind


# --- 3. look-alikes of machines and toys -----------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Car Amplifier 4 Channel 1000W", "Car Equalizer 7 Band", "Car Subwoofer Amplifier"])
def test_a_car_amplifier_runs_on_12_volts(classify, title):
    result = classify(title)
    assert result.product_type == "car_amplifier", result.basis["product_type"]
    assert result.classes["eee"] is True and result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Guitar Amplifier 20W", "Home Theater Power Amplifier"])
def test_other_amplifiers_keep_the_mains(classify, title):
    result = classify(title)
    assert result.product_type == "amplifier" and result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Oxygen Tank", "Propane Tank 20lb", "Boat Trailers", "Utility Trailer 5x8", "Motor Vehicle Braking",
    "Vehicle Fluids", "Septic Tank Treatment",
])
def test_tanks_trailers_and_motor_vehicle_parts_are_no_toys(classify, title):
    result = classify(title)
    assert not result.classes["toy"], (result.product_type, result.basis["product_type"])


@pytest.mark.parametrize(("title", "kind"), [
    ("Tank Toy Army Green", "vehicle_miniature"),
    ("Tractor and Trailer Toy Set", "vehicle_miniature"),
])
def test_toy_tanks_and_trailers_stay_toys(classify, title, kind):
    result = classify(title)
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize("title", ["Power Screwdriver 3.6V", "Drywall Screw Gun", "Screw Gun"])
def test_a_power_screwdriver_is_a_power_tool(classify, title):
    result = classify(title)
    assert result.product_type == "power_tool", result.basis["product_type"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", ["Screwdriver Set 12 Piece", "Precision Screwdriver Set"])
def test_a_hand_screwdriver_stays_a_hand_tool(classify, title):
    assert classify(title).product_type == "hand_tool"


@pytest.mark.parametrize("title", ["MIG Torch 3m Euro Connector", "TIG Torch WP-17"])
def test_a_welding_torch_is_no_flashlight(classify, title):
    result = classify(title)
    assert result.product_type != "flashlight", result.basis["product_type"]
    assert not result.classes["battery"]


def test_a_torch_stays_a_flashlight(classify):
    assert classify("LED Torch Rechargeable 1000 Lumens").product_type == "flashlight"


@pytest.mark.parametrize("title", ["Bike Cadence Sensor", "Wahoo RPM Speed and Cadence Sensor for Bike",
                                   "Garmin Bike Speed Sensor 2"])
def test_a_cadence_sensor_is_a_wireless_sensor(classify, title):
    result = classify(title)
    assert result.product_type == "smart_sensor", result.basis["product_type"]
    assert result.classes["radio"] is True and result.classes["battery"] is True


def test_a_bicycle_stays_a_bicycle(classify):
    assert classify("Mountain Bike 21 Speed").product_type == "bicycle"


@pytest.mark.parametrize("title", ["Besto LED-B3PWGYR Smart Band Strap", "Smartwatch Band Silicone 22mm",
                                   "Fitness Tracker Band Replacement Pack"])
def test_a_tracker_or_smartwatch_strap_is_the_strap(classify, title):
    result = classify(title)
    assert result.product_type == "watch_accessory", result.basis["product_type"]
    assert _off(result, "radio", "battery", "eee"), result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [("Smart Band Fitness Tracker Heart Rate", "fitness_tracker"),
                                             ("Smart Watch with Extra Strap", "smartwatch")])
def test_a_tracker_or_smartwatch_stays_itself(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind and result.classes["radio"] is True


def test_the_type_and_modifier_ids_the_reader_names_in_code_exist() -> None:
    """`_part_after_machine` and `platform_title` name vocabulary ids in code; a renamed id would silently switch the
    rule off (read-through of stop 46). The console accessories' groups are flagged in the vocabulary (code47)."""
    from crossguard.engine.classification import classifier, platform_title
    from crossguard.engine.classification.vocabulary import load_vocabulary

    vocab = load_vocabulary(classifier.DEFAULT_TYPES)
    assert classifier._BATTERY in vocab.types
    assert platform_title.PLATFORM_MODIFIER in vocab.modifiers
