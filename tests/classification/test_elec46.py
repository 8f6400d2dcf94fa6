"""Electrical classes by title and brand alone, and known faults (elec46, issue 9).

Smart-home ranges read as networking gear (TP-Link's Tapo and Kasa, Arlo) and mobile routers as home routers (Netgear's
Nighthawk M1, "Mobile Wi-Fi"); a DECT phone's "wireless base station" read a Wi-Fi router; a bare "head strap" read a
camera mount where it is a headlamp's or a VR headset's; the features after an audience ("Car Toy for Kids with Lights
and Sounds") went unread inside the "for" target; a game titled with its platform and no dash ("Cars 3 Driven to Win
PS4") read its subject; "Welly Quick Fix Kit" read a Welly die-cast; Asus routers by their model prefixes, Wi-Fi N
repeaters, a wooden farm tractor, and plush birds "with Real Bird Calls".
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText


def read(classifier: Classifier, title: str, brand: str | None = None, category: str | None = None):
    return classifier.classify(ProductText(title=title, brand=brand, category=category))


# -- smart-home ranges are no networking gear ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("TP-Link Tapo P100", "TP-Link"),
    ("TP-Link Tapo C100", "TP-Link"),
    ("Tapo C200", "TP-Link"),
    ("TP-Link Kasa KC110", "TP-Link"),
    ("Kasa KL130", "TP-Link"),
])
def test_a_tapo_or_kasa_model_number_is_a_smart_home_device(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "smart_home_device", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["connected"] and result.classes["eee"]
    # plugs and bulbs plug in, battery cameras do not: both supply classes are reviewed, not said
    assert set(result.open) == {"mains_lv", "battery"}


@pytest.mark.parametrize(("title", "brand", "kind", "mains"), [
    ("TP-Link Tapo P100 Mini Smart Wi-Fi Plug", "TP-Link", "smart_plug", True),
    ("TP-Link Kasa Smart Wi-Fi Plug Mini", None, "smart_plug", True),
    ("Smart Wi-Fi Socket UK Plug Alexa Compatible", None, "smart_plug", True),
    # wm66: a plug-in camera runs from the adapter in its box (the Tapo C200's USB adapter)
    ("TP-Link Tapo C200 Pan/Tilt Home Security Wi-Fi Camera", "TP-Link", "security_camera", True),
])
def test_the_titles_own_kind_wins_and_wi_fi_is_read_as_two_words(classifier, title, brand, kind, mains):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] and not result.classes["battery"]
    assert bool(result.classes["mains_lv"]) == mains


@pytest.mark.parametrize(("title", "brand", "battery"), [
    ("NETGEAR Arlo Pro 2 VMS4230P", "NETGEAR", True),
    ("Arlo Ultra 4K", "Arlo", True),
    ("Arlo Go 2", "Arlo", True),
    ("Netgear Arlo VMC3030", "Netgear", False),  # which Arlo it is the title does not say
    ("Arlo Pro 3 Wire-Free Security Camera", "Arlo", True),
    ("Tapo C420 Wire-Free Battery Camera", "TP-Link", True),
    ("Wireless Security Camera Outdoor Wire-Free 1080p", None, True),
])
def test_arlo_and_wire_free_cameras(classifier, title, brand, battery):
    result = read(classifier, title, brand)
    assert result.product_type in ("security_camera", "camera"), result.basis["product_type"]
    assert result.classes["radio"], result.basis["radio"]
    assert bool(result.classes["battery"]) == battery, result.basis["battery"]


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Pop! Movies: The Good Dinosaur - Arlo", "Disney", "dinosaur_toy"),   # Disney's dinosaur is called Arlo
    ("Disney The Good Dinosaur Arlo Action Figures", "Disney", "action_figure"),
    ("Kasa Kasa Tie Dye Cotton Kurta", None, "ethnic_wear"),               # a clothing maker's name
    ("Clovia Cotton Rich Non Padded Wirefree Women's Full Coverage Bra", None, "underwear"),  # a bra's "wire free"
])
def test_the_line_words_elsewhere_set_nothing_electrical(classifier, title, brand, kind):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["radio"] and not result.classes["battery"] and not result.classes["eee"]


@pytest.mark.parametrize(("title", "brand"), [
    ("D-Link DIR-810L", "D-Link"),
    ("D-Link DAP1320", "D-Link"),
    ("Tp-Link TL-WR740N", "TP-Link"),
    ("TP-LINK TL-WA750RE", "TP-LINK"),
    ("TP-Link tdw8968", "TP-Link"),
    ("TRENDnet TEW-721BRM", "TRENDnet"),
    ("Ubiquiti UAP-AC", "Ubiquiti"),
    ("Netis WF2419", "Netis"),
    ("Linksys RE6500HG", "Linksys"),
])
def test_a_networking_makers_wireless_series_is_radio(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["mains_lv"] and result.open == ()


@pytest.mark.parametrize(("title", "brand"), [
    ("D-Link DSL-2520U", "D-Link"),   # a wired ADSL modem router
    ("TP-Link TL-SG108", "TP-Link"),  # a switch
    ("Netis PA109", "Netis"),         # a powerline adapter
])
def test_wired_series_leave_radio_reviewed(classifier, title, brand):
    result = read(classifier, title, brand)
    assert not result.classes["radio"] and result.open == ("radio",)


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("TP-Link TL-SG108", "TP-Link", "network_equipment"),  # a switch by model number stays networking gear
    ("TP-Link Archer C6", "TP-Link", "network_equipment"),
    ("NETGEAR Nighthawk X4 Smart WiFi Router R7500", "NETGEAR", "router"),
])
def test_the_networking_makers_own_gear_stays(classifier, title, brand, kind):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] and not result.classes["battery"]


# -- mobile routers carry a battery ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Netgear Nighthawk M1 Mobile Router MR1100", "Netgear"),
    ("NETGEAR Nighthawk M1", "NETGEAR"),
    ("NETGEAR Nighthawk M5 5G WiFi 6 Mobile Hotspot Router", "NETGEAR"),
    ("TP-Link M7350 4G LTE Mobile Wi-Fi", "TP-Link"),
    ("Huawei E5576 Mobile WiFi Unlocked", None),
    ("4G LTE Pocket Wi-Fi Portable Hotspot", None),
])
def test_a_mobile_router_is_a_battery_hotspot(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "mobile_hotspot", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "TP-Link TL-MR3020 3G/4G Portable Router",  # a travel router runs from USB with no battery
    "Netgear Nighthawk R7000 AC1900 Router",
])
def test_home_and_travel_routers_stay_routers(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "router", result.basis["product_type"]
    assert not result.classes["battery"]


# -- a cordless phone's base station ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "VTech DECT Cordless Phone Wireless Base Station Answering Machine",
    "Panasonic DECT Phone Wireless Base Station",
    "Gigaset Cordless Telephone Wireless Base Station Black",
])
def test_a_dect_phones_base_station_is_the_phone(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "cordless_phone", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Apple AirPort Extreme Wireless Base Station",
    "Ubiquiti UniFi Wireless Base Station",
])
def test_a_wifi_base_station_is_still_a_router(classifier, title):
    assert read(classifier, title).product_type == "router"


# -- head straps ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "battery"), [
    ("Replacement Head Strap for Oculus Quest 2 VR Headset", False),
    ("Elite Head Strap for Meta Quest 3", False),
    ("Headlamp Head Strap Replacement Elastic Band", False),
    ("Adjustable Head Strap for Action Camera", False),
    ("Head Strap with Battery for Meta Quest 3 5000mAh", True),
])
def test_a_head_strap_is_a_strap(classifier, title, battery):
    result = read(classifier, title)
    assert result.product_type == "head_strap", result.basis["product_type"]
    assert not result.classes["radio"] and not result.classes["mains_lv"]
    assert bool(result.classes["battery"]) == battery


@pytest.mark.parametrize(("title", "kind"), [
    ("GoPro Head Strap Mount", "camera_mount"),
    ("Head Strap Mount for GoPro Hero 9", "camera_mount"),
    ("GoPro - Head Strap and QuickClip", "camera_mount"),
    ("LED Headlamp Rechargeable with Head Strap", "flashlight"),
])
def test_a_camera_mount_and_a_headlamp_keep_their_kind(classifier, title, kind):
    assert read(classifier, title).product_type == kind


# -- an audience target does not hide the features after it -----------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Car Toy for Kids with Lights and Sounds",
    "Fire Truck Toy for Kids with Lights and Sounds",
    "Dinosaur Toy for Boys with Lights and Music",
    "Fire Truck for Kids, with Lights and Sounds",
    "Bath Toy for Toddlers with Music",
])
def test_features_after_an_audience_are_the_products(classifier, title):
    result = read(classifier, title)
    assert result.classes["eee"] and result.classes["battery"], result.basis["eee"]
    assert result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Phone Case for iPhone with Card Holder", "device_case"),
    ("Stand for Speaker with Bluetooth", "stand"),               # the target names a kind: its words are its own
    ("Case for Bluetooth Speaker with Lights", "case_generic"),
    ("Storage Box for Toys with Lid", "storage_organisation"),
])
def test_a_target_that_names_a_kind_keeps_its_words(classifier, title, kind):
    result = read(classifier, title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["radio"] and not result.classes["battery"]


# -- a game titled with its platform and no dash ------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Cars 3 Driven to Win PS4",
    "Minecraft Nintendo Switch",
    "Paw Patrol On a Roll PS4",
    "Spider-Man PS4",
])
def test_a_platform_ending_the_title_makes_a_game(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "video_game", result.basis["product_type"]
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sony PlayStation 4", "game_console"),
    ("Microsoft Xbox One", "game_console"),
    # mr64b: the console's own pad by its name is the wireless kind of controller
    ("PS4 Controller", "wireless_game_controller"),
    ("Wireless Controller for PS4", "game_controller"),
    ("Charging Dock PS4", "charging_station"),
    # mr63: a platform named with its maker and nothing else is the console (a reseller's title), no game
    ("Nintendo Switch", "game_console"),
])
def test_consoles_and_accessories_before_a_platform_stay(classifier, title, kind):
    assert read(classifier, title).product_type == kind


# -- Asus routers, Wi-Fi N repeaters -------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Asus RT-N12 D1 Wireless-n300", "Asus", "router"),
    ("Asus DSL-N10_C1", "Asus", "router"),
    ("ASUS RT-AC68U AC1900 Dual Band", None, "router"),
    ("Merlin WiFi N Repeater", "Merlin", "wifi_extender"),
    ("Wi-Fi Repeater 300Mbps", None, "wifi_extender"),
])
def test_routers_and_repeaters_by_their_names(classifier, title, brand, kind):
    result = read(classifier, title, brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] and result.classes["mains_lv"]


@pytest.mark.parametrize("title", ["Asus ROG Strix G15 Gaming Laptop", "Asus Zenfone 8 Smartphone"])
def test_other_asus_products_keep_their_kind(classifier, title):
    assert read(classifier, title).product_type in ("laptop", "smartphone")


# -- Welly's first aid, a wooden tractor, bird calls ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Welly Quick Fix Kit", "Welly"),
    ("Welly Quick Fix Kit", None),
    ("Welly Bravery Badges Bandages 48 Pack", "Welly"),
])
def test_welly_first_aid_is_health_care(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "health_care", result.basis["product_type"]
    assert not result.classes["toy"]


def test_a_welly_die_cast_is_still_a_toy_model(classifier):
    result = read(classifier, "Welly Range Rover Silver", "Welly")
    assert result.product_type == "scale_model" and result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Traditional Painted Wooden Farm Tractor 22cm X 12cm - Red", None),
    ("Toy Farm Tractor with Trailer", None),
])
def test_a_wooden_or_toy_tractor_is_no_motor_vehicle(classifier, title, kind):
    result = read(classifier, title)
    assert result.product_type != "off_road_vehicle", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["battery"]


def test_a_compact_tractor_is_still_the_vehicle(classifier):
    result = read(classifier, "John Deere Compact Utility Tractor")
    assert result.product_type == "off_road_vehicle" and result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Wild Republic Birds 13-16cm RSPB Shelduck with Real Bird Calls Plush",
    "Plush Robin with Real Bird Song",
])
def test_a_plush_bird_with_real_calls_has_a_sound_chip(classifier, title):
    result = read(classifier, title)
    assert result.classes["eee"] and result.classes["battery"] and result.classes["toy"]


def test_a_hunters_bird_call_is_a_whistle(classifier):
    result = read(classifier, "Wooden Bird Call Whistle")
    assert not result.classes["eee"] and not result.classes["battery"]


# -- kinds by title alone: a toy's electronic guitar, the Kindle Fire, die-cast with sounds, a track cleaner --------

@pytest.mark.parametrize("title", [
    "Doc Mcstuffins Electronic Guitar",
    "Bontempi IGirl 20 x 56 x 4cm Electronic Rock Guitar Dim",
])
def test_an_electronic_guitar_is_a_battery_toy(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "toy_instrument", result.basis["product_type"]
    assert result.classes["battery"] and result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Fender Stratocaster Electric Guitar",  # a player's guitar has no battery
    "Electronic Guitar Tuner Clip-On",      # a tuner's own word is last
])
def test_a_players_guitar_and_a_tuner_stay(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "musical_instrument", result.basis["product_type"]
    assert not result.classes["toy"]


@pytest.mark.parametrize("title", ["Amazon - Kindle Fire HD - 8GB - Black", "Amazon Fire HD 10 Tablet 32GB"])
def test_a_kindle_fire_is_a_tablet(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "tablet", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"] and result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Kindle Paperwhite E-reader", "e_reader"),
    ("Jojo Book Cover for Amazon Kindle Fire", "device_case"),
])
def test_an_e_reader_and_a_fire_cover_stay(classifier, title, kind):
    assert read(classifier, title).product_type == kind


@pytest.mark.parametrize("title", [
    "Super Truck model sound + light 1:24 scale included 4 small F1 cars",
    "John Deere Monster Treads Shake and Sounds Tractor",
    "Formula 1 Racing Cars 24cm With Sounds (1:18) - Set of 2 Racing Cars",
])
def test_a_vehicle_with_sounds_and_lights_has_a_battery(classifier, title):
    result = read(classifier, title)
    assert result.classes["eee"] and result.classes["battery"], result.basis["battery"]


@pytest.mark.parametrize("category", [None, "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains"])
def test_a_motorised_track_cleaning_wagon_runs_on_the_track(classifier, category):
    result = read(classifier, "Dapol B800 Motorised Track Cleaning Wagon", "Dapol", category)
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["battery"] and not result.classes["mains_lv"]


# -- modem routers and mobile broadband --------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Huawei HG532D: ADSL2+ 300 Mbps Modem With Router", "Huawei"),
    ("Beetel 450TC1 ADSL2+ Modem cum Router", "Beetel"),
    ("Netgear N300 Wireless ADSL2+ Modem Router Mobile Broadband Edition (DGN2200M)", "Netgear"),
])
def test_a_modem_with_a_router_is_a_router(classifier, title, brand):
    result = read(classifier, title, brand)
    assert result.product_type == "router", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["mains_lv"] and not result.classes["battery"]


@pytest.mark.parametrize("title", ["Huawei E3372 Mobile Broadband USB Dongle", "Vodafone Mobile Broadband Stick K5150"])
def test_a_mobile_broadband_dongle_is_a_usb_modem(classifier, title):
    result = read(classifier, title)
    assert result.product_type == "usb_modem", result.basis["product_type"]
    assert result.classes["radio"] and not result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("NETGEAR - Cable Modem", "modem"),
    ("Samsung Galaxy S21 Mobile", "smartphone"),
])
def test_a_plain_modem_and_a_mobile_stay(classifier, title, kind):
    assert read(classifier, title).product_type == kind


def test_a_smart_home_device_in_chinese(classifier):
    result = read(classifier, "小米 智能家居设备 套装")
    assert result.product_type == "smart_home_device", result.basis["product_type"]
    assert result.classes["radio"] and set(result.open) == {"mains_lv", "battery"}


# -- words of another sense: a game's "3G", clothes' "smart" -------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Monster Hunter 3G: Male Hunter Swordsman Lagia X Edition Nendoroid Action Figure", None),
    ("Monster Hunter 3G: Male Hunter Swordsman Lagia X Edition Nendoroid Action Figure", "Figures & Playsets > Anime"),
    ("New 12th Scale Miniature Smart Dressed Couple Nan & Granddad", None),
])
def test_a_game_title_and_smart_clothes_are_no_radio(classifier, title, category):
    result = read(classifier, title, None, category)
    assert not result.classes["radio"] and not result.classes["eee"], result.basis["radio"]


@pytest.mark.parametrize("title", ["Lava W200 3G Router", "Huawei 4G LTE Router B310"])
def test_a_3g_router_keeps_its_radio(classifier, title):
    assert read(classifier, title).classes["radio"]


@pytest.mark.parametrize("title", [
    "Robocar Poli -Korean Made TV Animation Toy-Helocopter- Helli/Helly (Transformer)",
    'Walking Dead TV "Series 8 Rick" Action Figure',
    "TV Character Plush Toy",
])
def test_a_tv_shows_toy_is_no_television(classifier, title):
    result = read(classifier, title)
    assert result.product_type != "television", result.basis["product_type"]
    assert not result.classes["radio"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", ["Samsung 32 Inch Smart TV", "LG TV 43 inch 4K"])
def test_a_tv_is_still_a_television(classifier, title):
    assert read(classifier, title).product_type == "television"
