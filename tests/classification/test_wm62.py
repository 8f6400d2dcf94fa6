"""An office and electronics store's kinds named its own way (wm62, read from Walmart's catalog; issue 9).

US shops name a cordless set by its radio standard ("DECT 6.0") or its handset, an answering machine a "digital
answering system", memory by the machine it fits ("notebook memory") or as a kit, I/O cards by bus and port, a
powerline adapter by the house wiring it talks over, and printer consumables by colour, yield or wear kit. Each case is
a title written for the tests, beside the lookalike that must not move.
"""

from __future__ import annotations

import pytest

GENERAL = "Electronics General"

# --- phones -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Uniden D1780 DECT 6.0 Phone with Caller ID",
    "Panasonic KX-TGA660B DECT 6.0 Plus Digital Cordless Handset Black",
    "VTech Expandable Cordless Answering System with 3 Handsets",
])
def test_a_dect_set_is_a_cordless_phone_with_its_radio_and_base(classify, title):
    result = classify(title, category=GENERAL)
    assert result.product_type == "cordless_phone", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["connected"] is False, result.basis["connected"]


@pytest.mark.parametrize("title", [
    "AT&T 1740 Digital Answering System Black",
    "Clarity Amplified Phone with Large Buttons",
])
def test_an_answering_machine_or_amplified_phone_is_a_home_phone(classify, title):
    result = classify(title, category=GENERAL)
    assert result.product_type == "landline_phone", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["connected"] is False, result.basis["connected"]


def test_an_earset_is_a_headset(classify):
    result = classify("Plantronics Savi Office Wireless Earset", category=GENERAL)
    assert result.product_type == "headphones", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


# --- computer parts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Kingston 2GB DDR3 1333MHz SODIMM Notebook Memory Module",
    "Corsair XMS2 4GB 240 Pin DDR2 Dual Channel Memory Kit",
    "SIIG 1 Port Serial PC Card",
    "Vantec 2 Port SuperSpeed USB 3.0 ExpressCard",
    "Cooler Master Centurion Mid Tower Chassis Black",
])
def test_memory_cards_and_chassis_are_computer_components(classify, title):
    result = classify(title, category="Memory")
    assert result.product_type == "computer_component", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_paper_notebook_stays_a_notebook(classify):
    result = classify("Spiral Notebook College Ruled 100 Sheets")
    assert result.product_type == "notebook", result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Cables To Go 7 Port USB 2.0 Hub", "usb_hub"),
    ("StarTech Dual Port USB VGA KVM Switch", "usb_hub"),
    ("StarTech 10 ft USB KVM Cable", "cable"),
])
def test_a_hub_and_a_kvm_switch_are_active_and_a_kvm_cable_is_a_cable(classify, title, kind):
    result = classify(title, category=GENERAL)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]


def test_a_print_server_plugs_in(classify):
    result = classify("StarTech Fast Ethernet USB Print Server", category=GENERAL)
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


# --- powerline adapters -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Netgear Powerline AV 500 Adapter Kit",
    "Actiontec 85Mbps Powerline Ethernet Adapter Kit Two Pack",
    "D-Link Powerline AV 4 Port Switch Starter Kit",
])
def test_a_wired_powerline_adapter_plugs_in_and_has_no_radio(classify, title):
    # the adapter's own noun may end the title ("... AV 500 Adapter"): the powerline word still says it plugs in
    result = classify(title, category="Networking")
    assert result.product_type != "wifi_extender", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_powerline_adapter_with_wifi_says_so(classify):
    result = classify("TP-Link Powerline Adapter with WiFi Extender AV600", category="Networking")
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_wifi_repeater_is_still_an_extender(classify):
    result = classify("WiFi Repeater 300Mbps Wall Plug", category="Networking")
    assert result.product_type == "wifi_extender", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


# --- the printers' shelf ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Dell Series 11 Black Ink",
    "HP 44 Ink 1600 Page Yield Cyan",
    "OKI 41945601 Fuser Kit",
])
def test_a_consumable_on_the_printers_shelf_is_no_printer(classify, title):
    result = classify(title, category="Printers")
    assert result.product_type == "ink_cartridge", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_maintenance_kit_is_a_part_not_the_printer(classify):
    result = classify("Xerox Extended Capacity Maintenance Kit for Phaser 8550 Printer", category="Printers")
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_printer_on_its_shelf_stays_a_printer(classify):
    result = classify("HP OfficeJet 7500A Wide Format All-in-One Printer", category="Printers")
    assert result.product_type == "printer", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_pen_in_black_ink_is_no_cartridge(classify):
    result = classify("Gel Pens Black Ink 12 Pack", category="Office Supplies")
    assert result.product_type != "ink_cartridge", result.basis["product_type"]


# --- other kinds --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Nugiant Galaxy Surge Suppressor 6 Outlet", "power_strip", "mains_lv", True),
    ("Cobra 15 Band Detector Full Color Touch Screen", "radar_detector", "radio", True),
    ("Swann 4 Channel Security Camera DVR", "cctv_recorder", "mains_lv", True),
    ("Belkin Sport Armband for iPod Nano", "device_case", "eee", False),
    ("Da-Lite Advantage Manual with CSR 84 diagonal", "projector_screen", "eee", False),
    ("Draper Acoustically Transparent Screen 106 diagonal", "projector_screen", "eee", False),
])
def test_the_stores_other_kinds(classify, title, kind, cls, value):
    result = classify(title, category=GENERAL)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_silver_armband_is_still_jewellery(classify):
    result = classify("Sterling Silver Armband Bangle", category="Jewelry")
    assert result.product_type == "jewellery", result.basis["product_type"]


# --- machines that plug in ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Fellowes B-121C Shredder", "Stationery & Office Machinery", "paper_shredder"),
    ("Inland Pro 6 Sheet Paper Shredder", None, "paper_shredder"),
    ("Aktenvernichter Activejet ASH-1201D", None, "paper_shredder"),
    ("Plastifieuse de Documents LEITZ Ilam Turbo", None, "laminator"),
    ("Buffalo DriveStation 1.5 TB USB 2.0 Desktop External Hard Drive", "Hard Drives", "desktop_external_drive"),
    ("Iomega Home Media Network Hard Drive 1TB", "Hard Drives", "desktop_external_drive"),
    ("DJ Tech 15 600W 2-Way Active Loudspeaker", "Stereos Audio", "pa_speaker"),
])
def test_office_machines_desktop_drives_and_powered_speakers_plug_in(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Brother P-Touch Label Maker", "Stationery & Office Machinery"),           # a label maker runs on cells
    ("Seagate 1TB Portable External Hard Drive USB 3.0", "Hard Drives"),       # a portable drive runs on USB
    ("Western Digital 320GB SATA Desktop Internal Hard Drive", "Hard Drives"),  # an internal one on the computer
    ("Laminator Pouches A4 100 Pack", "Office Supplies"),                      # what a laminator takes
])
def test_their_lookalikes_do_not(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


# --- radio read from another kind's word ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Draper M1300 Premier Electric Screen HDTV 119 diagonal",
    "Draper M2500 Access Multiview Series V Electric Screen HDTV to NTSC 133 diagonal",
])
def test_a_motorised_screen_in_hdtv_format_has_no_tuner(classify, title):
    result = classify(title, category=GENERAL)
    assert result.product_type == "motorised_projector_screen", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_flat_screen_hdtv_is_still_a_television(classify):
    result = classify("Samsung 40 Class Flat Screen HDTV 1080p", category="Television")
    assert result.product_type == "television", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Microsoft Wireless Desktop 800 for Business", "keyboard_mouse_combo"),
    ("Logitech MK100 Classic Desktop USB PS/2", "keyboard_mouse_combo"),
    ("HP Pavilion Slimline Desktop PC with Intel Pentium Processor", "desktop_computer"),
])
def test_a_keyboard_set_named_desktop_is_no_computer(classify, title, kind):
    result = classify(title, category=GENERAL)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["connected"] is (kind == "desktop_computer"), result.basis["connected"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Scosche Dash Install Kit for 1995 and newer Ford", "car_accessory"),
    ("Scosche 2005 Kia Sportage ISO Kit", "car_accessory"),
    ("Clarion Half DIN Graphic Equalizer with Built-in Crossover", "car_amplifier"),
])
def test_fittings_on_the_car_stereos_shelf_have_no_tuner(classify, title, kind):
    result = classify(title, category="Car Stereos")
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_laptops_wifi_card_is_radio_not_a_power_adapter(classify):
    result = classify("Netgear WN511 RangeMax Next Wireless-N PC Card Notebook Adapter", category="Networking")
    assert result.product_type == "wifi_adapter", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert classify("Dell 90W Notebook Adapter").product_type == "power_adapter"


@pytest.mark.parametrize("title", [
    "RF Link 5.8GHz Audio Video Transmission System",
    "rf link 5 8ghz audio video sender",
])
def test_a_5_8_ghz_sender_is_radio(classify, title):
    result = classify(title, category=GENERAL)
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("iLive iPhone App Enhanced Speaker Dock", "speaker_dock"),
    ("iLive iPhone Alarm Clock Speaker", "speaker_dock"),
    ("i-Tec iStereo Round Sound Docking Station for iPod iPhone", "speaker_dock"),
    ("Canon MP41DHII Printing Calculator", "printing_calculator"),
])
def test_docks_and_printing_calculators_plug_in(classify, title, kind):
    result = classify(title, category=GENERAL)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sharp EL-334MB Basic Calculator", "calculator"),
    ("USB-C Docking Station for Laptops 10 in 1", "usb_hub"),
])
def test_a_pocket_calculator_and_a_laptop_dock_do_not(classify, title, kind):
    result = classify(title, category=GENERAL)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
