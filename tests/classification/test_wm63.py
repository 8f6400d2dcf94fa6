"""Walmart's electronics (wm63, read from a helper's audit of 300 Walmart rows; issue 9).

Bags, risers and hoods named after the device they carry or hold; surge strips, car and plane adapters, travel
scanners, 3.5-inch enclosures and projector lamps by their supply; family and marine two-way radios, car CD receivers;
and the shelves that hold other kinds than their name (a garden shelf of security DVRs, a phone shelf of DECT handsets).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("case logic 16 value laptop briefcase black", "backpack"),
    ("magna case travel camera case slr dslr shoulder pack", "backpack"),
    ("fellowes office suites monitor riser 8031101", "phone_holder"),
    ("kensington underdesk comfort keyboard drawer with smartfit system", "phone_holder"),
    ("sony shl2am lcd viewfinder hood", "camera_accessory"),
])
def test_what_carries_or_holds_a_device_is_no_device(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("apc performance surgearrest 11 outlet with phone splitter and coax protection 120v", "power_strip", True),
    ("hp ed493ut smart auto power adapter", "vehicle_charger", False),
    ("xerox travel scanner 100 scanner", "portable_scanner", False),
    ("canon imageformula flatbed scanner", "scanner", True),
    ("vantec nexstar mx dual 3 5 sata hard drive enclosure", "desktop_external_drive", True),
    ("vantec 2.5 sata hard drive enclosure usb", "drive_enclosure", False),
    ("epson 2000 hours uhe replacement projector lamp v13h010l38", "projector_lamp", False),
])
def test_the_supply_by_the_kind(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


def test_a_power_adapters_smart_pin_reaches_no_app(classify):
    result = classify("hp ed493ut smart auto power adapter")
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("midland 2 pack 22 channel camo lxt385vp3 gmrs radio", "walkie_talkie"),
    ("cobra marine handheld dual band transceiver", "walkie_talkie"),
    ("sony xplod cdx gt35uw car cd receiver", "car_stereo"),
])
def test_radios_by_their_trade_names(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize(("title", "shelf", "kind"), [
    ("clover 19 lcd with 8 channel dvr system with h 264 video compression", "garden general", "cctv_recorder"),
    ("xerox 108r00579 transfer roller", "printers", "ink_cartridge"),
    ("at t cl81211 dect 6 0 digital 2 handset cordless telephone", "phones", "cordless_phone"),
    ("sandisk 8gb sdhc card", "usb drives", "memory_card"),
    ("epson 1500 hours 200w uhe projector lamp elplp12", "monitors", "projector_lamp"),
])
def test_a_shelf_yields_to_the_kinds_a_store_files_on_it(classify, title, shelf, kind):
    result = classify(title, category=shelf)
    assert result.product_type == kind, result.basis["product_type"]


def test_the_shelfs_own_kind_stays(classify):
    assert classify("garden hose 50 ft", category="garden general").product_type == "garden_supplies"
    assert classify("samsung 24 inch led monitor", category="monitors").product_type == "monitor"


def test_a_firewall_leaves_its_radio_open(classify):
    result = classify("CISCO ASA 5505 FIREWALL EDITION BUNDLE")
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


# -- wm63b: a second draw of 300 Walmart rows ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("targus 17 platinum blacktop standard laptop computer case black gray", "device_case"),
    ("dicota padguard tablet pc case black", "device_case"),
    ("targus red tgk fr300 digital camera starter kit", "camera_accessory"),
    ("human toolz 3 in 1 netbook pad galaxy black champagne", "phone_holder"),
    ("sumdex neometro route brief for 17 macbook pro", "backpack"),
])
def test_a_case_kit_or_pad_named_after_its_device_is_no_device(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["textile"] is False, result.basis["textile"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("fujifilm instax mini twin pack film", "film cameras", "photo_consumable"),
    ("brother pt 18r p touch label printer", "printers", "office_electronics"),
])
def test_more_shelves_yield(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


def test_a_mouse_named_by_its_receiver_is_wireless(classify):
    result = classify("kensington k72334us slimblade mouse with nano receiver laser")
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize(("title", "cls"), [
    ("creative labs sound blaster tactic3d alpha", "toy"),
    ("kimberly clark professional scott slimroll hand towel system white", "textile"),
    ("tablemate table set plastic banquet table cover roll", "textile"),
    ("olympus telephone conversation recording device", "mains_lv"),
    ("Brother P-Touch 220 - Original Brother TZE-631 tape", "eee"),
])
def test_lookalikes_name_no_class(classify, title, cls):
    result = classify(title)
    assert result.classes[cls] is not True, result.basis[cls]


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("lumiere la 100w 3200k tungsten halogen video light kit", "studio_light_kit", True),
    ("crown cross over indoor outdoor olefin poly wiper scraper mat 36 x 60 brown", "rug", False),
])
def test_a_studio_light_kit_and_an_entrance_mat(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]
