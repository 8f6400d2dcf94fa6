"""Cross-border sellers' keyword-stuffed titles, a second sample (ali43, issue 9).

Words read from an AliExpress sample's misses, each a general fact: "Charger Data Cable/Cord" and "USB C Charger Data
For ..." name a charge-and-data cable and a "Charger Protector" the spiral on its plug, not a mains charger; a desktop
or monitor backlight is an LED strip, not a computer; waist trainers, cinchers, sweat belts and girdles are shapewear
(textile); a laptop cooling pad is USB fans in a stand, not a laptop; a camera's polarizer or ND filter is passive glass
even when the title says "Digital"; a screwdriver head is the bit, not the electric screwdriver; "VR helmet" and
"Glasses Headset" name a VR viewer, not headphones or a helmet; "T-Shirt Printing" names the machine, not a garment;
a pinpointer or gold detector is a battery metal detector, not a document scanner; "Shoes Cleaner" and "Sneaker
Cleaner" are shoe care, not shoes; "Cord Management" and "Wire Winder" tidy cords. Each has a look-alike that keeps
its reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

# --- a charge-and-data cable is not a mains charger -------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Nylon Braided USB C Cable 3A Fast Charging Type C Charger Data Cord 1m 2m for Samsung",
    "66W USB Type C Cable Super Fast Charge USB C Charger Data For Huawei Honor Xiaomi Redmi",
    "Micro USB Cable 2.4A Quick Charge USB Charger Data Wire for Android Phones",
])
def test_charger_data_cable_is_a_cable(classify, title):
    result = classify(title)
    assert result.product_type == "charging_cable", result.basis
    assert classes_of(result, "mains_lv", "eee") == (False, True), result.basis


def test_a_plain_usb_c_charger_stays_a_mains_charger(classify):
    result = classify("20W USB C Charger PD Fast Wall Charger Plug for iPhone 15 14 13")
    assert result.product_type == "mains_charger", result.basis
    assert classes_of(result, "mains_lv") == (True,), result.basis


def test_cord_tidying_clips_are_not_a_charger_or_a_mouse(classify):
    result = classify("Silicone Cable Winder Clips Desk Mouse Cord Management USB Charger Protector 10pcs")
    assert result.product_type == "storage_organisation", result.basis
    assert not any(classes_of(result, "mains_lv", "eee", "radio")), result.basis


# --- the strip behind a desk is an LED strip --------------------------------------------------------------------


def test_desktop_backlight_is_an_led_strip(classify):
    result = classify("5V USB RGB LED Light Tape Flexible Ribbon Lamp TV Desktop Backlight 2m")
    assert result.product_type == "led_strip", result.basis
    assert classes_of(result, "mains_lv") != (True,), result.basis


def test_a_desktop_pc_stays_a_computer(classify):
    result = classify("Mini Desktop PC Intel N100 16GB RAM 512GB SSD Windows 11")
    assert result.product_type == "desktop_computer", result.basis


# --- shapewear is a garment -------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Women Latex Waist Trainer Tummy Control Slimming Sheath Hook Closure",
    "Neoprene Sweat Belt Waist Trimmer for Women Men Fat Burning Sauna Belt",
    "High Waist Postpartum Girdle Butt Lifter Tummy Control",
])
def test_waist_trainers_and_girdles_are_textile(classify, title):
    result = classify(title)
    assert result.product_type == "underwear", result.basis
    assert classes_of(result, "textile", "eee") == (True, False), result.basis


def test_a_leather_waist_belt_stays_an_accessory(classify):
    result = classify("Men Genuine Leather Belt Automatic Buckle Waist Belt Business")
    assert classes_of(result, "textile") != (True,), result.basis


# --- a laptop cooling pad is not a laptop -----------------------------------------------------------------------


def test_laptop_cooling_pad_is_a_usb_fan(classify):
    result = classify("Gaming Laptop Cooling Pad 6 Fans RGB Foldable Notebook Stand 15.6 inch Laptop Cooler")
    assert result.product_type == "portable_fan", result.basis
    assert classes_of(result, "eee", "mains_lv", "radio", "battery") == (True, False, False, False), result.basis


def test_a_laptop_stays_a_laptop(classify):
    result = classify("15.6 inch Gaming Laptop Intel Core i7 16GB RAM 1TB SSD Windows 11 Notebook Computer")
    assert result.product_type == "laptop", result.basis


# --- a lens filter is passive glass -----------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Ultra Slim Digital MC CPL Filter Multi Coated Circular Polarizer 49mm 52mm 58mm 67mm for Canon Nikon",
    "Variable ND Filter ND2-ND400 Adjustable Camera Lens Filter 77mm",
])
def test_lens_filters_are_passive(classify, title):
    result = classify(title)
    assert result.product_type == "camera_accessory", result.basis
    assert classes_of(result, "eee") != (True,), result.basis


def test_a_digital_camera_stays_electrical(classify):
    result = classify("4K Digital Camera 48MP Vlogging Camera with 16X Zoom and 32GB Card")
    assert classes_of(result, "eee") == (True,), result.basis


# --- a screwdriver head is the bit ------------------------------------------------------------------------------


def test_screwdriver_head_set_is_a_hand_tool(classify):
    result = classify("Anti Slip PH2 Magnetic Cross Bits Electric Screwdriver Head Set 10pcs")
    assert result.product_type == "hand_tool", result.basis


def test_an_electric_screwdriver_stays_a_power_tool(classify):
    result = classify("Cordless Electric Screwdriver 3.6V Rechargeable with 20 Bits")
    assert result.product_type == "power_tool", result.basis


# --- VR viewers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "3D VR Glasses Virtual Reality Helmet for 4.7-6.7 inch Smartphones",
    "3D VR Goggles Box Virtual Reality Glasses Headset for Android iPhone",
])
def test_vr_helmet_and_glasses_headset_are_vr_viewers(classify, title):
    result = classify(title)
    assert result.product_type == "vr_headset", result.basis
    assert classes_of(result, "battery") != (True,), result.basis


@pytest.mark.parametrize("title", [
    "Bluetooth Helmet Headset for Motorcycle Hands Free Calls",
    "Gaming Headset with Microphone Surround Sound for PS5 PC",
])
def test_helmet_headsets_stay_headphones(classify, title):
    result = classify(title)
    assert result.product_type == "headphones", result.basis


# --- printing T-shirts is no garment ----------------------------------------------------------------------------


def test_t_shirt_printing_machine_is_not_a_t_shirt(classify):
    result = classify("Mini Iron Heat Transfer Machine DIY T-Shirt Printing Portable Hot Stamping")
    assert result.product_type != "t_shirt", result.basis
    assert classes_of(result, "textile") != (True,), result.basis
    assert classes_of(result, "eee") == (True,), result.basis  # a heat press is an electric appliance


def test_a_printed_t_shirt_stays_a_t_shirt(classify):
    result = classify("Men Summer Cotton T-Shirt Funny Letter Print Short Sleeve Tee")
    assert result.product_type == "t_shirt", result.basis
    assert classes_of(result, "textile") == (True,), result.basis


# --- metal detectors --------------------------------------------------------------------------------------------


def test_pinpointer_is_a_battery_metal_detector(classify):
    result = classify("Handheld Scanner Probe Waterproof Gold Detector Pinpointer with Buzzer")
    assert result.product_type == "multimeter", result.basis
    assert classes_of(result, "eee", "battery", "mains_lv") == (True, True, False), result.basis


def test_a_barcode_scanner_stays_a_scanner(classify):
    result = classify("USB Wired Barcode Scanner 1D 2D QR Code Reader for Supermarket")
    assert result.product_type == "barcode_scanner", result.basis  # kf65: the scanner's USB-powered kind
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


# --- shoe care --------------------------------------------------------------------------------------------------


def test_shoes_cleaner_is_shoe_care(classify):
    result = classify("White Shoes Cleaner Foam Sneaker Cleaner Kit Whitening Gel 100ml")
    assert result.product_type == "footwear_accessory", result.basis
    assert classes_of(result, "textile") != (True,), result.basis


def test_white_sneakers_stay_shoes(classify):
    result = classify("Women White Sneakers Breathable Casual Shoes Platform")
    assert result.product_type == "shoes", result.basis
    assert classes_of(result, "textile") == (True,), result.basis
