"""Amazon India's electronics (amzin63, read from a helper's audit of 350 Amazon India rows; issue 9).

A phone sold without its travel adapter has no mains part in the box; coin cells on a battery-and-charger shelf are
cells; a cable's silicone guard, earphone tips and a gas-flame toaster need no current; a mini UPS names the router it
keeps running; a headset's in-line remote is no radio remote; a Fire TV remote is Bluetooth; a children's LCD doodle
board is a toy (the electrical profiles' "not a toy" had left its children's rule nothing to fill); and a laptop's
months of Game Pass or "school" among a note pad's uses name no child.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "mains"), [
    ("Samsung Galaxy M33 5G (Emerald Brown, 6GB, 128GB) | Travel Adapter to be Purchased Separately", False),
    ("Samsung Galaxy M13 5G smartphone | Charger not included", False),
    ("Samsung Galaxy M33 5G (Emerald Brown, 6GB, 128GB)", True),
])
def test_a_phone_without_its_adapter_has_no_mains_part(classify, title, mains):
    result = classify(title)
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "kind", "cls", "value"), [
    ("Panasonic CR-2032/5BE Lithium Coin Battery - Pack of 5", "Electronics|GeneralPurposeBatteries&BatteryChargers",
     "button_cell_battery", "mains_lv", False),
    ("LAPSTER Spiral Charger Cable Protectors for Wires Data Cable Saver", None, "hardware", "eee", False),
    ("Silicone Rubber Earbuds Tips, Eartips, Earpads for Replacement in Earphones", None, "spare_part", "eee", False),
    ("Tosaa T2STSR Sandwich Gas Toaster Regular", None, "cookware", "mains_lv", False),
    ("Firestick Remote", None, "bluetooth_remote", "radio", True),
    ("Zodo 8.5 inch LCD E-Writer Electronic Writing Pad", None, "lcd_writing_tablet", "battery", True),
])
def test_amazon_indias_kinds(classify, title, category, kind, cls, value):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_mini_ups_names_the_router_it_keeps_running(classify):
    result = classify("RESONATE RouterUPS UPS for WiFi Router Compatible with 12V Routers, FTTH, Modem, Set Top Box, "
                      "Alexa, Mini Camera")
    assert result.product_type == "mini_ups", result.basis["product_type"]  # s75c: a kind of ups of its own
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_headsets_inline_remote_is_no_battery_remote(classify):
    result = classify("Redgear Cosmo 7,1 Usb Gaming Wired Over Ear Headphones With Mic Rgb Leds & Remote Control")
    assert result.classes["battery"] is not True, result.basis["battery"]


@pytest.mark.parametrize(("title", "toy"), [
    ("TVARA LCD Writing Tablet, Colorful Toddler Doodle Board for 3-6 Years Old Boy and Girls", True),
    ("Portronics Ruffpad 15 LCD Writing Pad for office notes", False),
])
def test_a_childrens_doodle_board_is_a_toy(classify, title, toy):
    result = classify(title)
    assert result.product_type == "lcd_writing_tablet", result.basis["product_type"]
    assert result.classes["toy"] is toy, result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Lenovo IdeaPad 3 Laptop (8GB/512GB SSD/Windows 11/2Yr Warranty/3months Xbox Game Pass)",
    "3M Post-it Sticky Note Cube, 200 Sheets | For notes, reminders, study, school and organizing",
])
def test_no_child_in_an_offer_or_a_list_of_uses(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


def test_a_school_supply_still_names_the_child(classify):
    assert classify("Pencil box for school kids").classes["children_12_under"] is True
