"""Walmart, Kaufland and Amazon India rows (wm64, ger64, amzin64; issue 9).

Walmart: a 3.5-inch or two-bay enclosure and a powered hub ship with a mains adapter; a line conditioner, an extra
DECT handset, a vehicle power adapter and a keyboard's "internet keys". Kaufland: German radios, keypad phones, baby
monitors, quadcopters and remote-controlled boats. Amazon India: a phone's bundled subscription months, a cell
charger's "smart".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "mains"), [
    ("siig 3 5 sata superspeed usb 3 0 hard drive enclosure pro", True),
    ("vantec nexstar mx dual 3 5 dual bay external hard drive enclosure", True),
    ("coolmax 2 5 usb 3 0 external hard drive enclosure black", False),
    ("Sabrent 7 Port Powered USB Hub", True),
    ("Sabrent 4 Port USB Hub", False),
])
def test_a_drive_box_or_hub_has_mains_by_its_size_or_power_word(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


def test_a_power_cord_in_a_with_part_does_not_name_the_product(classify):
    result = classify("Munchkin Wipe Warmer with Power Cord", category="Kids/Diapering/Wipes & Holders")
    assert result.product_type == "baby_appliance", result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("apc line r 1200va line conditioner with automatic voltage regulator", "voltage_converter", "mains_lv", True),
    ("cl80111 at t accessory handset", "cordless_phone", "radio", True),
    ("motorola xoom vehicle power adapter", "vehicle_charger", "mains_lv", False),
    ("motorola droid 2 vehicle dock with vpa", "vehicle_charger", "toy", False),
    ("targus akb04us slim internet media usb keyboard", "computer_keyboard", "radio", False),
])
def test_walmart_words(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Küchenradio mit Bluetooth", "radio_receiver", "radio", True),
    ("Tragbares Radio Sangean SR-32 Weiß AM/FM", "portable_radio", "battery", True),
    ("Seniorenhandy mit großen Tasten", "feature_phone", "radio", True),
    ("Quadrocopter mit Kamera", "drone", "radio", True),
    ("Babyfon mit Kamera", "baby_monitor", "radio", True),
    ("Funkthermometer innen und außen", "weather_station", "radio", True),
    ("RC Boot für Kinder", "rc_vehicle", "textile", False),
    ("Ferngesteuerter Bagger", "rc_vehicle", "radio", True),
    ("Spieluhr Baby Bär", "baby_toy", "eee", False),
])
def test_german_words(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_boot_stays_a_boot(classify):
    assert classify("Chelsea Boot Damen Leder").product_type == "boots"


def test_a_phones_bundled_subscription_months_name_no_child(classify):
    result = classify("Redmi Note 11T 5G (6GB RAM, 128GB ROM)| Get 2 Months of YouTube Premium Free!")
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_a_baby_clothes_months_still_name_a_child(classify):
    result = classify("Baby Romper 0-6 Months Cotton")
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_a_cell_chargers_smart_is_no_app(classify):
    result = classify("Panasonic Eneloop BQ-CC55N Smart and Quick Charger for AA & AAA Rechargeable Batteries")
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["mains_lv"] is True


# -- amzin64b: a device's months of battery life; active styluses --------------------------------------------------

@pytest.mark.parametrize("title", [
    "Amazon Basics Wireless Mouse | 2.4 GHz Connection | Upto 12 Months of Battery Life",
    "HP Z3700 Wireless Optical Mouse / 16 Months Long Battery Life",
    "Seagate One Touch 2TB External HDD with 4 Months Adobe CC",
])
def test_a_devices_months_of_battery_or_software_name_no_child(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "battery"), [
    ("Tukzer Stylus Pen, iPad Pencil with Palm Rejection Tilt Sensor", True),
    ("Active Stylus Pen for Surface", True),
    ("Tukzer Capacitive Stylus Pen for Touch Screens Devices, Fine Point", False),
])
def test_an_active_stylus_has_a_battery_and_a_capacitive_one_none(classify, title, battery):
    result = classify(title)
    assert result.classes["battery"] is battery, result.basis["battery"]


# -- wm64b: Walmart's second draw --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind", "cls", "value"), [
    ("ge 3 way rocker switch", "electronics general", "electrical_fitting", "mains_lv", True),
    ("siig firewire 800 3 port pci", "electronics general", "computer_component", "eee", True),
    ("hp 90 ink cyan c5061a", "printers", "ink_cartridge", "mains_lv", False),
    ("merkury sony reader screen shield", "toys general", "screen_protector", "toy", False),
    ("coby cvm510 wireless speakerphone kit with bluetooth technology", "electronics general", "speakerphone",
     "battery", True),
    ("trendnet tv ip312w wireless day night internet camera server", "garden general", "security_camera",
     "battery", False),
])
def test_walmart_second_draw(classify, title, category, kind, cls, value):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_simulated_camera_has_no_radio(classify):
    result = classify("lorex simulated bullet style surveillance camera")
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["eee"] is True


def test_an_analogue_cctv_camera_has_no_radio(classify):
    result = classify("clover true day night vari focal color dome camera")
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_cordless_mouse_links_by_radio(classify):
    result = classify("fellowes hd precision cordless mouse")
    assert result.classes["radio"] is True, result.basis["radio"]


def test_a_cordless_drill_gets_no_radio_from_the_word(classify):
    result = classify("Cordless Drill Driver 18V")
    assert result.classes["radio"] is not True, result.basis["radio"]
    assert result.classes["battery"] is True


# -- wm64c: a screen size between "for" and the device -------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "sumdex aircube for 15 macbook pro",
    "channel sources techshell for 17 macbook pro black",
])
def test_a_size_after_for_leaves_the_device_a_target(classify, title):
    result = classify(title)
    assert result.product_type != "laptop", result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_a_product_after_a_code_and_a_rating_is_no_target(classify):
    # a code and a rating between "for" and a later kind: that kind is the product, not what it fits
    result = classify("Trak N Tell INTELLI7 For Mahindra Bolero Car Tracking System")
    assert result.product_type == "gps_tracker", result.basis["product_type"]


# -- end64b: a passive antenna has no mains part; an amplified one needs current ---------------------------------

def test_a_passive_wifi_antenna_on_a_networking_shelf_has_no_mains(classify):
    result = classify("tp link tl ant2409b 2 4ghz 9dbi outdoor directional antenna", category="networking")
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert result.classes["radio"] is False, result.basis["radio"]


def test_an_amplified_antenna_needs_current(classify):
    result = classify("1byone Amplified HDTV Antenna 50 Miles")
    assert result.product_type == "amplified_antenna", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["radio"] is False
