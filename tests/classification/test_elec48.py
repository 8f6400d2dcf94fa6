"""Electrical kinds' radio and mains, stop 48 (elec48, issue 9): infrared Syma helicopters, 2.1-7.1 speaker sets, RF
headphones with their mains base, single-cell LiPo chargers powered over USB, a "Smart" disc player that names no Wi-Fi,
"smart phone" named as a target, a quadcopter's battery, the bare networking shelves and Flipkart's wall-switch shelf.
Each rule with cases that change and look-alikes that must not."""

import pytest

RC_COPTERS = "Hobbies > Remote Controlled Devices > Helicopters & Quadcopters"
RC_PARTS = "Hobbies > Remote Controlled Devices > Parts & Accessories"
NETWORKING = "Electronics > Networking"
WALL_SWITCHES = "Home Improvement >> Electricals >> Switches & Accessories >> Switches & Dimmers"


# --- 1. Syma's S-series helicopters are infrared --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Syma S107C 3 Channel RC Helicopter With Camera & Gyroscope Stability Control", RC_COPTERS),
    ("Syma S107C 3 Channel RC Helicopter With Camera & Gyroscope Stability Control", None),
    ("Syma S102G 3.5-Channel RC Helicopter with Gyro", RC_PARTS),
    ("Syma S111G Marine Cobra RC Helicopter", None),
    ("Tofern Syma 2015 Edition S107E/S107W New Version 3.5 Channel RC Indoor Helicopter with Gyro", None),
    ("SYMA司马 S107G 三通道 遥控直升机", None),
])
def test_a_syma_s_series_helicopter_is_infrared(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["radio"], result.basis["radio"]
    assert result.classes["eee"] and result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Syma X5C Quadcopter with HD Camera",
    "Syma S107H 2.4G RC Helicopter",
    "WLtoys V911 4 Channel RC Helicopter",
    "3.7V Li-po Battery for Syma S107 Replacement Part",
])
def test_syma_quadcopters_and_2_4ghz_models_keep_their_radio_and_parts_have_none(classify, title):
    result = classify(title)
    assert result.classes["radio"] == ("Battery" not in title), result.basis["radio"]


# --- 2. a 2.1 to 7.1 speaker set plugs in ----------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Logitech Z623 2.1 Speaker System",
    "Intex IT-2590 4.1 Multimedia Speaker System",
    "F&D F3000X 5.1 Channel Multimedia Speakers",
    "Creative Inspire T6300 5.1 Ch Computer Speakers",
    "漫步者 R201T 2.1 多媒体音箱",
])
def test_a_subwoofer_speaker_set_is_mains(classify, title):
    result = classify(title)
    assert result.product_type == "speaker", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]
    assert not result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Creative Pebble 2.0 USB Desktop Speakers",
    "Bluetooth 5.1 Speaker with Mic",
    "Pioneer TS-G1620F Coaxial Car Speaker",
    "Logitech Z120 USB Powered Laptop Speakers",
])
def test_a_plain_pair_a_bluetooth_version_or_a_car_speaker_is_not(classify, title):
    assert not classify(title).classes["mains_lv"]


# --- 3. RF headphones come with a mains base -------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Sony - Wireless FM Over-the-Ear Headphones",
    "Sennheiser RS 120 II RF Wireless Headphones",
    "900 MHz Wireless Headphones for TV",
])
def test_rf_headphones_are_radio_and_mains(classify, title):
    result = classify(title)
    assert result.product_type == "headphones", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]
    assert result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Sony WH-1000XM4 Wireless Bluetooth Headphones",
    "Sony MDR-ZX110 Headphones",
    "Bluetooth Headphones with FM Radio",
])
def test_bluetooth_and_wired_headphones_are_not_mains(classify, title):
    assert not classify(title).classes["mains_lv"]


# --- 4. single-cell LiPo chargers run from USB ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("BTG 3.7V 250mAh Battery 6pcs & 6 in 1 X6 Battery Charger for JJRC H22 Syma X11 X11C Hubsan X4", RC_PARTS),
    ("BlueBeach Quadcopter Battery 1 to 5 Charger for (Syma X5 X5C X5C-1 / Hubsan H107 H107L H107C", RC_PARTS),
    ("BlueBeach Quadcopter Battery 1 to 5 Charger for (Syma X5 X5C X5C-1 / Hubsan H107 H107L H107C", None),
    ("GoolRC 3.7V 300mAh Lipo Battery and Charger", None),
])
def test_a_single_cell_lipo_charger_is_not_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type in ("battery_charger", "mains_charger"), result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize("title", [
    "Parrot Bebop Drone and Sky Controller Battery Charger",
    "Nitecore 3.7V 18650 Battery Charger UK Plug",
    "Ryobi 18V One+ Battery Charger",
    "BTG SJ R/C 4in1 X4 JST Charger for 3.7V Lipo Battery of MJX X400",
])
def test_other_battery_chargers_stay_mains(classify, title):
    assert classify(title).classes["mains_lv"]


def test_a_quadcopter_battery_is_no_drone(classify):
    result = classify("Quadcopter Battery 3.7V 500mAh for Syma X5C (4 pack)")
    assert result.product_type != "drone", result.basis["product_type"]
    assert not result.classes["radio"]


# --- 5. "smart" on a disc player, "smart phone" as a target ---------------------------------------------------------

def test_a_smart_blu_ray_player_without_wifi_is_connected_not_radio(classify):
    result = classify("Samsung - Smart Blu-ray Player", category="Blu-ray Players")
    assert not result.classes["radio"], result.basis["radio"]
    assert result.classes["connected"] and result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Samsung - Smart Wi-Fi Built-In Blu-ray Player",
    "Sony - Smart 3D Wi-Fi Built-In Blu-ray Player",
    "Samsung 43 inch Smart TV",
    "Smart Plug WiFi Socket",
    "Samsung Galaxy J7 Smart Phone 4G",
])
def test_wifi_players_smart_tvs_plugs_and_phones_keep_their_radio(classify, title):
    assert classify(title).classes["radio"]


def test_the_smart_phone_a_usb_fan_plugs_into_is_no_radio(classify):
    result = classify("JRB 1019 Smallest Mobile Powered By OTG Enabled Android Smart Phone Portable 1019 USB Fan")
    assert result.product_type == "portable_fan"
    assert not result.classes["radio"], result.basis["radio"]


# --- 6. the bare networking shelves ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "product_type"), [
    ("Netgear GS308 8-Port Gigabit Ethernet Switch", NETWORKING, "network_switch"),
    ("Netgear CM500 Cable Modem", NETWORKING, "modem"),
    ("TP-Link TL-PS110U Print Server", NETWORKING + " > Print Servers", "network_equipment"),
    ("TP-Link MC220L", NETWORKING + " > Repeaters & Transceivers", "network_equipment"),
    ("Fortinet FortiGate 40F", NETWORKING + " > Network Security & Firewall Devices", "network_equipment"),
])
def test_a_bare_networking_shelf_is_no_router(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("TP-Link Archer AX55 Wi-Fi 6 Router", NETWORKING),
    ("Linksys Smart Wi-Fi Router", "Computers >> Network Components >> Routers >> Linksys Routers"),
    ("Tenda N6", "Computers >> Network Components >> Routers >> Tenda Routers"),
    ("Ubiquiti UAP-AC", NETWORKING + " > Bridges & Routers > Wireless Access Points"),
])
def test_routers_on_router_shelves_keep_their_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "router", result.basis["product_type"]
    assert result.classes["radio"]


# --- 7. Flipkart's wall-switch shelf ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Schneider Classy White 10 One Way Electrical Switch",
    "Havells Crabtree - Murano 10",
])
def test_a_wall_switch_shelf_is_no_network_switch(classify, title):
    result = classify(title, category=WALL_SWITCHES)
    assert result.product_type == "electrical_fitting", result.basis["product_type"]
    assert result.classes["mains_lv"] and not result.classes["radio"]


def test_an_ethernet_switch_shelf_is_still_a_network_switch(classify):
    assert classify("Netgear GS308", category="Ethernet Hubs & Switches").product_type == "network_switch"


# --- 8. DJI's Phantom and Inspire ------------------------------------------------------------------------------------

@pytest.mark.parametrize("category", [None, RC_COPTERS])
def test_a_dji_phantom_is_a_hobby_drone_with_a_mains_charger(classify, category):
    result = classify("DJI Phantom 2 with H3-3D Gimbal", category=category)
    assert result.product_type in ("drone", "rc_vehicle"), result.basis["product_type"]
    assert result.classes["radio"] and result.classes["mains_lv"], result.basis["mains_lv"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(("title", "product_type"), [
    ("DJI Mavic Mini Drone", "drone"),
    ("Prop Guards for DJI Phantom 3 Standard", "rc_airframe_part"),
    ("Rolls Royce Phantom 2 1:18 Diecast Model Car", None),
    ("Inspire Kids Drone with Camera", "drone"),
])
def test_a_mavic_a_phantom_accessory_or_another_phantom_has_no_mains_charger(classify, title, product_type):
    result = classify(title)
    assert product_type is None or result.product_type == product_type, result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


# --- 9. "smart" in praise and in names --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Bigkik Smart SMART USB USB Fan", None),
    ("QP360 Smart LT-01-Brown USB Led Light", None),
    ("Learning Resources Smart Snacks Stack 'em Up Doughnuts",
     "Baby & Toddler Toys > Sorting, Stacking & Plugging Toys"),
    ("Burago 1/18 Moto Kit Ducati Paul smart 1000LE", None),
])
def test_smart_as_praise_or_in_a_name_is_no_radio(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Smart WiFi USB Desk Fan", "Smart Bulb WiFi LED", "Smart Door Lock with App Control",
])
def test_a_smart_device_that_names_its_link_keeps_its_radio(classify, title):
    assert classify(title).classes["radio"]
