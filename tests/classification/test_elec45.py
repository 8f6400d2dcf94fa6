"""Electrical kinds read by title and brand alone (elec45, issue 9).

Products that a catalog with no category tree left untyped or misread, grouped over the tuned label sets and the
30,408 real catalog products: networking equipment named only by its maker and model number, Wi-Fi base stations and
streaming players, the Surface 2 and 3, GoPro's accessories (the maker's name outvoted the accessory's own noun),
model-railway electrics (colour-light signals, point motors, decoders) and powered multiple units, radio-control
handsets and glow starters, and a few appliance and software names (electrotherapy units, multigroom kits, voltage
stabilisers, electric tandoors, vehicle trackers, Office 365).
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText


def read(classifier: Classifier, title: str, brand: str | None = None):
    return classifier.classify(ProductText(title=title, brand=brand))


# -- a networking maker names its kind when the title names none ---------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Tenda TE-A302", "Tenda"),
    # (lines50: Tenda's W, F and N series right after the maker's name say their Wi-Fi: test_lines50.py)
    # (elec46: D-Link's DIR, Ubiquiti's UAP and TP-Link's TL-WR series say their Wi-Fi: test_elec46.py)
    ("Netgear D1500", "NETGEAR"),
    ("Edimax BR-6428NC", "Edimax"),
    ("Zyxel PLA-4205", "ZyXEL"),
])
def test_a_networking_makers_model_number_is_network_equipment(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["mains_lv"] and not result.classes["battery"]
    assert result.open == ("radio",)  # routers are Wi-Fi, switches and powerline adapters are not: reviewed


def test_a_wireless_word_still_decides_radio(classifier):
    result = read(classifier, "TP-LINK N600 Wireless Dual Band", "TP-LINK")
    assert result.product_type == "network_equipment" and result.classes["radio"] and result.open == ()


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Linksys - 5-Port 10/100 Mbps Fast Ethernet Switch", "Linksys", "network_switch"),  # the title's own noun
    ("Netgear AC 750 Wi-Fi Range Extender", "Netgear", "wifi_extender"),
    ("TP-LINK TL-WR841N 300Mbps Wireless N Router", "TP-LINK", "router"),
])
def test_the_titles_own_noun_beats_the_maker(classifier, title, brand, kind):
    assert read(classifier, title, brand).product_type == kind


@pytest.mark.parametrize(("title", "brand"), [
    ("Asus DSL-N10_C1", "Asus"),  # Asus, Huawei and Apple sell far more (elec46: a router by its model prefix)
    ("Huawei HG532D", "Huawei"),
    ("Tenda Da Sole 3x2 Verde", None),  # Italian for an awning: the maker is read in the brand field only
])
def test_other_makers_and_the_word_in_a_title_name_no_network_kind(classifier, title, brand):
    assert read(classifier, title, brand).product_type != "network_equipment"


def test_a_poe_injector_is_a_mains_power_supply_without_radio(classifier):
    result = read(classifier, "Tenda 10/100/1000 Mbps Gigabit PoE Injector TE-POE30G-AT", "Tenda")
    assert result.product_type == "power_adapter"
    assert result.classes["mains_lv"] and not result.classes["radio"]


# -- base stations, streaming players, tablets ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Apple® - AirPort Express Base Station", "Apple®", "router"),
    ("Apple® - AirPort Extreme® Wireless Base Station", "Apple®", "router"),
    ("Roku - 3 Streaming Player", "Roku", "streaming_device"),
    ("4K HDR Streaming Box with Voice Remote", None, "streaming_device"),
    ("Microsoft - Surface 2 - 32GB - Magnesium", "Microsoft", "tablet"),
    ("Microsoft Surface 3 10.8 inch 64GB", None, "tablet"),
])
def test_radio_devices_named_by_their_kind(classifier, title, brand, kind):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] and result.classes["mains_lv"] and result.classes["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Surface 180 Wooden Elephant Shape Stool Showpiece", "furniture"),  # a maker named Surface 180
    ("Cordless Phone Base Station Charger", None),  # "base station" alone names no access point
])
def test_lookalikes_of_the_new_words(classifier, title, kind):
    assert read(classifier, title).product_type not in ("tablet", "router")


# -- GoPro: a line that names the camera only when nothing else does ----------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("GoPro - 3-Way Mount", "camera_mount"),
    ("GoPro - Chest Mount Harness - Black", "camera_mount"),
    ("GoPro - Rechargeable Lithium-Ion Battery", "battery_cell"),
])
def test_gopro_accessories_are_their_own_kind(classifier, title, kind):
    result = read(classifier, title, "GoPro")
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["eee"]


@pytest.mark.parametrize(("title", "brand"), [
    ("GoPro HERO4 Silver", "GoPro"),
    ("GoPro HERO4 Silver", None),
    ("GoPro HERO Session", None),
])
def test_gopro_alone_still_names_the_action_camera(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "action_camera", result.basis["product_type"]
    assert result.classes["battery"] and result.classes["radio"]  # HERO3 and later have Wi-Fi


def test_a_gopro_hero_camera_keeps_its_wifi(classifier):
    result = read(classifier, "GoPro - Hero3+ Black Edition Camera", "GoPro")
    assert result.product_type in ("camera", "action_camera") and result.classes["radio"], result.basis["radio"]


# -- model railway electrics and powered units --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Kato 20-605 Automated 3 Aspect Colour Light Signal on 124mm Straight", "Kato"),
    ("Gaugemaster HBYS Hornby Type Colour Light Signal for 12v DC", "Gaugemaster"),
    ("Gaugemaster Seep Point Motor with Built-In Polarity Switch", "Gaugemaster"),
    ("Kato Left Hand Electric Point Radius 718mm 15 Deg.", "Kato"),
    ("Gaugemaster 6 Pin Plug-in Decoder N Gauge", "Gaugemaster"),
    ("Lenz DCC Decoder 8 Pin", None),
])
def test_layout_electrics_are_eee_on_the_layouts_low_voltage(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "model_railway_electrics", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["mains_lv"] and not result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Hornby R3162A BR 2-BIL 2 Car EMU Pack",
    "Hornby 00 Gauge 510mm BR 2-BIL 2 Car Electric Multiple Unit Train Model",
    "Subway train 500 form three-car basic set red gauge N 10-1134 Marunouchi Line",
    "Series E233-1000 Keihin-Tohoku Line (Basic 3-Car Set) (Model Train)",
    "Kato 10-847 E259 Narita Express 3 Car Powered Set",
])
def test_a_multiple_unit_or_basic_set_is_powered(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Alps Glacier Express (Add-On 4-Car Set) (Model Train)",  # an add-on set has no motor
    "The Puppet Company - Giant Birds - Emu Hand Puppet",  # the bird
    "Gundam Marker Seed Basic Set (6pcs)",
])
def test_unpowered_sets_and_the_bird_are_no_locomotive(classifier, title):
    assert read(classifier, title).product_type != "model_locomotive"


# -- radio-control handsets and glow starters ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Spektrum DX6 6-Channel DSMX Transmitter Only Mode 2 SPMR6700EU", "Spektrum"),
    ("DX6i 6CH DSMX Radio System with AR610 Receiver", "Spektrum"),
    ("Graupner Hott 6-Channel Radio System", "Graupner"),
    ("2.4G 4CH Radio Model RC Transmitter & Receiver", None),
])
def test_an_rc_handset_is_a_battery_radio(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "rc_transmitter", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Pioneer Car Radio System with Bluetooth",  # a car's radio system is its stereo
    "Walkera QR Y100 2.4G 4CH RTF Hexacopter Drone with DEVO 4 Transmitter",  # the drone, with its handset
])
def test_radio_systems_that_are_no_rc_handset(classifier, title):
    assert read(classifier, title).product_type != "rc_transmitter"


@pytest.mark.parametrize("title", [
    "BSD 3000mAh 3000 ma Glow Starter Start RC Nitro Engine 1.2v",
    "BSD AA Glow Starter Blue fits 8mm M8 Socket Glow Plugs Nitro Engine",
    "Glow Plug Igniter with Charger",
])
def test_a_glow_starter_is_a_battery_tool_not_a_model(classifier, title):
    result = read(classifier, title, "BSD")
    assert result.product_type == "glow_igniter", result.basis["product_type"]
    assert result.classes["battery"] and result.classes["eee"]
    assert not result.classes["radio"] and not result.classes["toy"]


# -- appliances and software by name ------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind", "mains"), [
    ("SOS Muscle Spasm Electrotherapy Device", "SOS", "massager", None),
    ("Philips QG3383 7-in-1 Multigrooming Pro", "Philips", "shaver", True),
    ("SS 0SS4075AWM Voltage Stabilizer", "SS", "voltage_converter", True),
    ("Maharaja Timer Electric Tandoor", "Maharaja", "oven", True),
    ("Trak N Tell INTELLI7 For Mahindra Bolero Car Tracking System", "Trak N Tell", "gps_tracker", False),
])
def test_electrical_appliances_by_name(classifier, title, brand, kind, mains):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"]
    if mains is not None:
        assert bool(result.classes["mains_lv"]) == mains
    assert not result.classes["textile"]  # the Bolero is a Mahindra, not a shrug


@pytest.mark.parametrize("title", [
    "Microsoft Office 365 Personal (1 Mac or PC + 1 Tablet) (1-Year Subscription) - Mac/Windows",
    "Microsoft Office 365 Home (5-User + 5-Tablet) (1-Year Subscription) - Mac/Windows",
    "Office Home & Student 2013 - Windows",
])
def test_an_office_subscription_is_software_not_a_tablet(classifier, title):
    result = read(classifier, title, "Microsoft")
    assert result.product_type == "software", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Clay Tandoor Oven Charcoal", None),  # a clay tandoor burns charcoal
    ("Microsoft Office Keyboard", "computer_keyboard"),
    ("Gimbal Stabilizer for Smartphone", None),
])
def test_lookalikes_of_the_appliance_words(classifier, title, kind):
    result = read(classifier, title)
    if kind:
        assert result.product_type == kind
    assert result.product_type not in ("software", "voltage_converter")


# -- the iPod touch has Wi-Fi --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Apple® - iPod touch® 32GB MP3 Player (5th Generation - Latest Model) - Blue",
    "Apple iPod touch 6th Generation 32GB",
])
def test_an_ipod_touch_is_a_wifi_media_player(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "wifi_media_player", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"] and not result.classes["mains_lv"]


def test_other_ipods_leave_radio_open_and_a_case_is_a_case(classifier):
    nano = read(classifier, "Apple iPod nano 16GB")
    assert nano.product_type == "media_player" and nano.open == ("radio",)
    assert read(classifier, "Case for iPod touch 5th Generation").product_type == "case_generic"


def test_a_multiple_unit_on_a_model_railway_shelf_is_eee_without_mains(classifier):
    result = classifier.classify(ProductText(
        title="Hornby 00 Gauge BR 2-BIL 2 Car Electric Multiple Unit Train Model",
        category="Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains"))
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["mains_lv"] and not result.classes["battery"]


# -- USB modems, keyboard covers, cymbals --------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Zyxel 3D 1440 - 3G Data Card", "Zyxel"),  # a networking maker's data card has no mains
    ("Huawei E3372 4G LTE USB Dongle Modem", None),
    ("华为 4G 上网卡 USB", None),
])
def test_a_usb_modem_is_a_radio_without_battery_or_mains(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "usb_modem", result.basis["product_type"]
    assert result.classes["radio"] and not result.classes["battery"] and not result.classes["mains_lv"]


def test_a_pocket_hotspot_keeps_its_battery_and_a_memory_card_is_no_modem(classifier):
    hotspot = read(classifier, "4G LTE Mobile Hotspot MiFi")
    assert hotspot.product_type == "mobile_hotspot" and hotspot.classes["battery"]
    assert read(classifier, "SD Memory Data Card 32GB").product_type != "usb_modem"


def test_a_surface_type_cover_is_a_tablet_keyboard(classifier):
    result = read(classifier, "Microsoft - Surface Pro 3 Type Cover - Black", "Microsoft")
    assert result.product_type == "tablet_keyboard", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "SODIAL(R) Musical Double Half Moon Tambourine Drum Kit Hi Hat Percussion Gift KTV Party",
    "Zildjian 14 inch A Custom Hi Hat Cymbals",
])
def test_a_hi_hat_is_a_cymbal_not_a_hat(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "musical_instrument", result.basis["product_type"]
    assert not result.classes["textile"] and not result.classes["battery"]


# -- cables, boards and RC electronics named by what they are ------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("Dynex™ - 6' AC Power Replacement Cable", "power_cord", True),
    ("XT-XINTE CNC Engraving Machine V3 3D Printer Expansion Board", "electronics_kit", False),
    ("Explore Embedded Tit, a supercharged Arduino Pro Mini with Atmega328pb", "electronics_kit", False),
    ("Raspberry Pi 4 Model B 4GB", "electronics_kit", False),
    ("RCECHO AEO RC Model U3 Pro Input 6-23V Output 5V/3.5A R/C Hobby UBEC BEC", "rc_servo", False),
])
def test_cables_boards_and_rc_electronics(classifier, title, kind, mains):
    result = read(classifier, title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] and bool(result.classes["mains_lv"]) == mains


@pytest.mark.parametrize(("title", "kind"), [
    ("Raspberry Pi 4 Case with Fan", "case_generic"),  # the case for the board
    ("Replacement Cable for Home Gym 3/16 inch Steel", "spare_part"),  # a replacement cable is not always electrical
    ("Uno Card Game", "card_game"),
    ("GoPro - Head Strap and QuickClip", "camera_mount"),
])
def test_what_the_board_and_strap_words_leave_alone(classifier, title, kind):
    assert read(classifier, title).product_type == kind
