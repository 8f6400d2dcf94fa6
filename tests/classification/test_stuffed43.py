"""Keyword-stuffed titles read by their head noun (stuffed43, issue 9).

Cross-border sellers string the product's name, its search words and the devices it is used with: "Portable SSD ...
Mobile Phone Camera Drone Laptop". A run of three or more device nouns ending the phrase, after another type, is a
target list (`Matcher.trailing_list`); the sellers' English names for a sweeping robot, a drive enclosure, an external
CD/DVD drive, a wireless fast charger and a bicycle front light; "Plus Size" is an adult size, no "plus" list; a fan
that says it charges has a battery; a tri- or dual-mode mouse or keyboard has a radio. Each with its look-alike.
"""

from __future__ import annotations

import pytest

# --- 1. a trailing run of device nouns names targets, not the product -----------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("Mini Portable SSD 1TB USB 3.2 Type-C External Solid State Drive Phone Tablet Camera Laptop", "external_drive"),
    ("Aluminium Adjustable Stand Holder Foldable Desktop Bracket Tablet Phone Laptop", "stand"),
    ("128GB USB Flash Drive Metal Pen Drive Memory Stick Phone Tablet Laptop Desktop", "usb_flash_drive"),
])
def test_a_trailing_run_of_devices_is_a_target_list(classify, title, expected):
    result = classify(title)
    assert result.product_type == expected, result.basis["product_type"]
    assert result.classes["radio"] is not True


@pytest.mark.parametrize("title, expected", [
    # two device nouns in a row can be one compound, and a run the phrase does not end with is no list
    ("Portable Speaker Camera Drone", "drone"),
    # dept57 made a power bank a kind of battery pack, a part a radio-control model takes, so "Power Bank ... Camera
    # Drone" is now read as the part named before its model, as "LiPo Battery ... Drone" is: the power bank (the
    # 20000 mAh is its capacity), no longer the drone this case read before
    ("Portable Charger Power Bank 20000mAh Camera Drone", "power_bank"),
    ("Foldable Phone Tablet Laptop Stand Aluminium Silver", "phone_holder"),
    # nothing else named: the run still names the product (a target is read when nothing else is)
    ("Mobile Phone Tablet Laptop", "laptop"),
])
def test_a_short_run_or_a_run_mid_phrase_keeps_the_head(classify, title, expected):
    assert classify(title).product_type == expected


# --- 2. the sellers' names for the product -----------------------------------------------------------------------

def test_a_sweeping_robot_is_a_robot_vacuum_not_a_toy(classify):
    result = classify("Smart Sweeping Robot Vacuum Mopping 3 in 1 Automatic Floor Sweeper Home Cleaning Robots")
    assert result.product_type == "robot_vacuum"
    assert result.classes["toy"] is False and result.classes["eee"] is True


def test_a_toy_robot_stays_a_toy(classify):
    result = classify("Kids Transforming Robot Car Toy Deformation Robots Action Figure Gift")
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", [
    "M.2 NVMe SSD Enclosure USB 3.2 10Gbps Aluminium External Hard Disk Case Tool-Free Cover",
    "2.5 inch SATA HDD Enclosure USB 3.0 Hard Drive Case for Laptop",
    "移动硬盘盒 USB3.0 2.5寸 SATA 固态硬盘盒",  # the Chinese name (lead: 硬盘盒 had been an external drive's word)
])
def test_a_drive_enclosure_is_electrical_not_a_case(classify, title):
    result = classify(title)
    assert result.product_type == "drive_enclosure", result.basis["product_type"]
    assert result.classes["eee"] is True


def test_a_hard_drive_carrying_case_stays_a_case(classify):
    result = classify("EVA Hard Shell Carrying Case for Portable Hard Drive 2.5 inch Shockproof Travel Pouch")
    assert result.classes["eee"] is not True


def test_an_external_cd_dvd_drive_is_a_drive_not_an_album(classify):
    result = classify("External CD/DVD Drive USB 3.0 Type-C CD DVD RW Burner Writer Slim Portable for PC Mac")
    assert result.product_type == "external_drive", result.basis["product_type"]
    assert result.classes["eee"] is True


def test_a_music_cd_stays_media(classify):
    result = classify("Greatest Hits Remastered Music CD Album 2 Disc Edition")
    assert result.product_type == "music_media"
    assert result.classes["eee"] is not True


def test_a_wireless_fast_charger_holder_is_a_wireless_charger(classify):
    result = classify("15W Car Phone Holder Wireless Fast Charger Auto Clamping Air Vent Mount Bracket for iPhone")
    assert result.product_type == "wireless_charger", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True and result.classes["radio"] is True


def test_a_plain_fast_charger_stays_a_mains_charger(classify):
    result = classify("20W USB C PD Fast Charger for iPhone Samsung")
    assert result.product_type == "mains_charger"
    assert result.classes["mains_lv"] is True


def test_a_bicycle_front_light_is_the_light(classify):
    result = classify("1200mAh USB Rechargeable Waterproof Horn Bell MTB Road Bicycle Front Light")
    assert result.product_type == "bike_light", result.basis["product_type"]
    assert result.classes["battery"] is True


def test_a_bicycle_stays_a_bicycle(classify):
    assert classify("26 inch Mountain Bike 21 Speed Steel Frame Front Light Mount Bicycle").product_type == "bicycle"


# --- 3. words that say the audience, the supply and the link ------------------------------------------------------

def test_plus_size_is_an_adult_size_and_no_list(classify):
    result = classify("Women Summer Flare Sleeve Plus Size Loose Tunic Top Casual Long Sleeve T-Shirt")
    assert result.product_type in {"t_shirt", "shirt"}, result.basis["product_type"]
    assert result.classes["textile"] is True and result.classes["children_12_under"] is False


def test_a_plus_list_still_splits(classify):
    result = classify("Gaming Headset plus Mouse Pad Bundle")
    assert result.product_type == "headphones", result.basis["product_type"]


def test_a_fan_that_charges_has_a_battery(classify):
    result = classify("Portable Desk Fan Mini USB Charging 3 Speed Quiet Small Electric Fan Office Bedroom")
    assert result.classes["battery"] is True and result.classes["mains_lv"] is False


def test_a_usb_fan_that_says_no_charging_keeps_no_battery(classify):
    result = classify("USB Desk Fan Quiet 3 Speed Small Electric Fan Office Bedroom")
    assert result.classes["battery"] is False


@pytest.mark.parametrize("title", [
    "Tri-mode Gaming Mouse RGB 16000 DPI Lightweight Ergonomic Gamer Mice with Charging Dock",
    "Dual Mode Mechanical Keyboard 68 Keys Hot Swap RGB Backlit Gaming Keyboard",
])
def test_a_tri_or_dual_mode_mouse_or_keyboard_has_a_radio(classify, title):
    assert classify(title).classes["radio"] is True


def test_a_tri_mode_torch_has_no_radio(classify):
    result = classify("Tri-Mode LED Torch Flashlight Zoomable High Low Strobe AAA Battery")
    assert result.classes["radio"] is False
