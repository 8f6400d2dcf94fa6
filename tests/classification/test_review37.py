"""Review of stop 37's merged changes (review37, issue 9): look-alikes near the new words of vehicle37, left37 and
zh37. A toy on a real-vehicle shelf is still a toy; a bare "transceiver module" is as often a radio chip board as an
SFP; "intercom" after "talk" or "monitor" is a baby monitor's talk-back; "atomic" is also a mid-century design style;
a fish finder's battery, mount or cable and a fountain's cleaner are not the device; a cooker's inner pot and a
controller's battery cover are parts. Each rule with a case that changes and a look-alike that must not."""

import pytest

CARS = "Vehicles & Parts > Vehicles > Motor Vehicles > Cars, Trucks & Vans"
EXCAVATORS = "Business & Industrial > Heavy Machinery > Excavators"
DUMP_TRUCKS = "Business & Industrial > Heavy Machinery > Dump Trucks"
AIRCRAFT = "Vehicles & Parts > Vehicles > Aircraft"
WALL_CLOCKS = "Home & Garden > Decor > Clocks > Wall Clocks"


# --- toys filed on a real-vehicle shelf ---------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Hot Wheels Police Truck", CARS),
    ("Matchbox Fire Engine", CARS),
    ("Bruder Excavator Toy", EXCAVATORS),
    ("Tonka Mighty Dump Truck", DUMP_TRUCKS),
    ("Toy Airplane for Kids", AIRCRAFT),
])
def test_a_toy_vehicle_on_a_real_vehicle_shelf_stays_a_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"], result.basis["toy"]
    assert not result.classes["battery"], result.basis["battery"]
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("2019 Ford Transit Custom Van 2.0 TDCi", CARS),
    ("Toyota Land Cruiser Toy Hauler Trailer", CARS),
    ("Kubota U17 Mini Excavator", EXCAVATORS),
    ("Cessna 172 Skyhawk 1978", AIRCRAFT),
])
def test_a_real_vehicle_on_its_shelf_is_no_toy(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["toy"]
    assert result.classes["battery"]


# --- "transceiver module" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "NRF24L01+PA+LNA Transceiver Module 2.4GHz",
    "CC1101 Transceiver Module Wireless",
])
def test_a_radio_transceiver_module_keeps_its_radio(classify, title):
    result = classify(title)
    assert result.product_type != "network_module"
    assert result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("10G SFP+ Transceiver Module LC Multimode", "Electronics > Networking"),
    ("1.25G SFP Transceiver Module 1000Base-LX", None),
    ("Optical Transceiver Module 10G", None),
])
def test_an_optical_transceiver_module_is_a_network_module(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "network_module"
    assert not result.classes["radio"]


# --- intercom as a function, and its cable ------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Baby Monitor Intercom Audio",
    "Motorola Video Baby Monitor Two Way Talk Intercom",
])
def test_a_baby_monitor_with_talk_back_is_a_baby_monitor(classify, title):
    result = classify(title)
    assert result.product_type == "baby_monitor"
    assert result.classes["radio"] and result.classes["mains_lv"]


def test_an_intercom_cable_is_a_cable(classify):
    result = classify("Intercom Cable 2 Wire 100m")
    assert result.product_type == "cable"


@pytest.mark.parametrize(("title", "radio"), [
    ("2 Wire Video Intercom System 7 inch", False),
    ("Wireless Intercom System for Home 1 Mile", True),
])
def test_an_intercom_system_stays_an_intercom(classify, title, radio):
    result = classify(title)
    assert result.product_type == "intercom"
    assert result.classes["radio"] is radio


# --- "atomic" as a design style -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Atomic Age Mid Century Starburst Wall Clock",
    "Atomic Starburst Clock Walnut",
])
def test_an_atomic_age_decor_clock_has_no_radio(classify, title):
    result = classify(title, category=WALL_CLOCKS)
    assert result.product_type == "clock"
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["La Crosse Atomic Digital Wall Clock", "Atomic Wall Clock"])
def test_an_atomic_clock_receives_the_time_signal(classify, title):
    assert classify(title, category=WALL_CLOCKS).classes["radio"]


# --- accessories named by their device ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "expected"), [
    ("Fish Finder Battery 12V 7Ah Lithium", None),
    ("Fish Finder Transducer Cable Extension", "cable"),
    ("Water Fountain Cleaner 8 oz", None),
])
def test_an_accessory_of_a_new_kind_is_not_the_kind(classify, title, expected):
    result = classify(title)
    assert result.product_type == expected
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Garmin Striker 4 Fish Finder", "fish_finder"),
    ("Fish Finder with Transducer and Battery", "fish_finder"),
    ("Indoor Tabletop Water Fountain with LED Light", "water_fountain"),
])
def test_the_device_itself_still_reads(classify, title, expected):
    assert classify(title).product_type == expected


# --- Chinese parts ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["饭煲内胆", "电饭煲内胆 3L", "游戏手柄电池盖"])
def test_an_inner_pot_or_battery_cover_is_a_part(classify, title):
    result = classify(title)
    assert result.product_type == "spare_part"
    assert not result.classes["mains_lv"] and not result.classes["battery"]


@pytest.mark.parametrize(("title", "expected"), [("电饭煲 5L 家用", "cooker"), ("手柄电池 充电", "battery_pack")])
def test_the_cooker_and_the_battery_still_read(classify, title, expected):
    assert classify(title).product_type == expected
