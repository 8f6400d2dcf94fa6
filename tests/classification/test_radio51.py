"""Radio precision and title-only radio recall, third round (radio51, issue 9): networking shelves that hold each
other's kinds, phone models named "... Plus", drones written in other words, app-driven Bluetooth robots, Nikko's RC
cars, and a bare "RC" on a title that names no kind. Each rule with the cases that change and the look-alikes that
must keep their reading."""

import pytest

from crossguard.engine.classification import DEFAULT_TYPES, VocabularyError
from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources

WIRELESS_ROUTERS = "Wireless Routers"  # Best Buy
SWITCHES = "Ethernet Hubs & Switches"  # Best Buy
FK_ROUTERS = "Computers >> Network Components >> Routers >> Netgear Routers"
RC_PARTS = "Hobbies > Remote Controlled Devices > Parts & Accessories"


# --- 1. a networking shelf yields to a title naming another networking kind ------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind", "radio"), [
    ("Linksys - 5-Port 10/100 Mbps Fast Ethernet Switch", WIRELESS_ROUTERS, "network_switch", False),
    ("TP-LINK 8口千兆交换机", WIRELESS_ROUTERS, "network_switch", False),
    ("Netgear - N900 Dual Band Wireless-N Router with 5-Port Gigabit Ethernet Switch", SWITCHES, "router", True),
    ("TP-LINK RE200 AC750 Wi-Fi Range Extender", FK_ROUTERS, "wifi_extender", True),
    ("Netgear WN3000RP Universal Wi-Fi Range Extender", FK_ROUTERS, "wifi_extender", True),
    ("Zyxel 3D 1440 - 3G Data Card", FK_ROUTERS, "usb_modem", True),
])
def test_a_networking_shelf_yields_to_another_networking_kind(classify, title, category, kind, radio):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is radio, result.basis["radio"]


@pytest.mark.parametrize(("title", "category", "kind", "radio"), [
    # a modem named beside its router word keeps the router shelf: "(N)" is Wireless-N
    ("Belkin Share Modem (N) Router", FK_ROUTERS, "router", True),
    ("Tenda A5", FK_ROUTERS, "router", True),  # a bare model: the shelf
    ("iBall Wireless N Router", FK_ROUTERS, "router", True),
    ("D-Link DIR-600L", FK_ROUTERS, "router", True),
    ("Netgear ProSafe GS108 8-Port Gigabit Switch", SWITCHES, "network_switch", False),
    ("NETGEAR - Nighthawk Dual-Band Wireless-AC Router with 4-Port Ethernet Switch", WIRELESS_ROUTERS, "router", True),
])
def test_a_networking_shelf_keeps_its_own_kind(classify, title, category, kind, radio):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is radio, result.basis["radio"]


def test_a_desktop_switch_is_a_network_switch(classify):
    result = classify("TP-Link TL-SG1008D 8-Port Gigabit Desktop Switch")
    assert result.product_type == "network_switch", result.basis["product_type"]
    assert result.classes["radio"] is False


# --- 2. "Plus" in a phone's model name is no list word -------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Apple iPhone 6 Plus Back Cover", "device_case"),
    ("GANPATI WHOLSALER Apple Iphone 6/6 Plus Apple Iphone 6/6 Plus USB USB Cable", "charging_cable"),
    ("iPhone 6s Plus Screen Guard", "screen_protector"),
    ("Samsung Galaxy J7 Plus Tempered Glass", "screen_protector"),
    ("Samsung Galaxy S8 Plus Back Cover", "device_case"),
    ("Moto G5 Plus Battery", "battery_cell"),
    ("Samsung Galaxy S6 Edge Plus Charger", "mains_charger"),
    ("iPhone 6 Plus 手机壳", "device_case"),
    ("苹果 iPhone 7 Plus 钢化膜", "screen_protector"),
])
def test_an_accessory_named_after_a_plus_phone_is_the_accessory(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Apple iPhone 6 Plus",
    "Apple iPhone 8 Plus (Space Grey, 64 GB)",
    "Moto G5 Plus (Lunar Grey, 32 GB)",
    "Samsung Galaxy S6 Edge Plus",
    "Apple iPhone 6 (Gold, 16 GB)",
])
def test_the_phone_itself_stays_the_phone(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Duracell AA Batteries Pack of 4 Plus Charger", "battery_cell"),  # "plus" after a count is still a list word
    ("AW High Speed Charge and Sync Usb for Iphone 6 Plus Lightning Cable", "charging_cable"),
])
def test_other_plus_titles_keep_their_reading(classify, title, kind):
    assert classify(title).product_type == kind


# --- 3. drones written in other words ----------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Top Race® 4 Channel Micro Quad Copter TR-MQ1 (Smallest Quad Copter in the world) Colors Vary",
    "JJRC H18 Nano Hexacopter 2.4G",
    "Tarot X8 Octocopter",
])
def test_a_multirotor_by_its_rotor_count_is_a_drone(classify, title):
    result = classify(title)
    assert result.product_type == "drone", result.basis["product_type"]
    assert result.classes["radio"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Quad Copter Battery 3.7V 500mAh", "battery_cell"),
    ("Hexacopter Frame Kit", "rc_airframe_part"),
])
def test_a_multirotor_part_stays_the_part(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is False


# --- 4. app-driven Bluetooth robots; Nikko's RC cars --------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Sphero Ollie for Android and iOS by Orbotix", "Orbotix"),
    ("Sphero SPRK+ Robot", "Sphero"),
    ("Anki Overdrive Race Car", "Anki"),
    ("Makeblock mBot Robot Kit", "Makeblock"),
    ("UBTECH Jimu Robot Builderbots Kit", "UBTECH"),
])
def test_an_app_driven_robot_is_radio(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize(("title", "brand"), [
    ("WowWee MiP Robot", "WowWee"),  # left open as before: no app maker named
    ("Ozobot Bit Coding Robot", "Ozobot"),  # reads colour codes, no radio in the Bit
])
def test_other_robots_are_left_to_their_words(classify, title, brand):
    assert classify(title, brand=brand).classes["radio"] is False


def test_a_nikko_title_naming_no_kind_is_its_rc_car(classify):
    result = classify("Nikko VaporizR")
    assert result.product_type == "rc_vehicle", result.basis["product_type"]
    assert result.classes["radio"] is True


def test_a_nikko_product_naming_its_kind_keeps_it(classify):
    result = classify("Nikko Christmastime Dinner Plate", brand="Nikko")  # Nikko Ceramics
    assert result.product_type == "tableware"
    assert result.classes["radio"] is False


# --- 5. a bare "RC" on a title that names no kind ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("GoTeck 8143 RC Electric Large On Off Switch w LED 3 Pin Futaba", "GoTeck"),
    ("8204 RC EC3 Female Connector to 7.2v Tamiya Male 14AWG", None),
    ("Pokemon Black and White Legendary Treasures RC - Radiant Collection complete set of 25 cards RC01 to RC25",
     "Pokemon"),
    ("LUCINA rC-S-33-A-33", "LUCINA"),
])
def test_a_bare_rc_on_a_title_naming_no_kind_is_no_radio(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Heng Long 1/16th German Tiger I RC Tank",
    "Miles RC Rover Vehicle",
    "RC Car",
    "CARRERA RC 370162052 Turnator 2.4GHz (RTR)",  # its 2.4 GHz says radio
    "Remote Control Lamborghini Aventador",  # the long words still speak for an untyped title
    "遥控 汽车",
])
def test_rc_on_a_named_kind_and_the_long_words_stay_radio(classify, title):
    result = classify(title)
    assert result.classes["radio"] is True, result.basis["radio"]


def test_a_part_on_the_rc_parts_shelf_stays_no_radio(classify):
    result = classify("8204 RC EC3 Female Connector to 7.2v Tamiya Male 14AWG", category=RC_PARTS)
    assert result.classes["radio"] is False


# --- 6. radio-control link protocols name the radio ----------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Graupner Hott 12-Channel Receiver", "Graupner"),
    ("Spektrum DSMX Remote Receiver", "Spektrum"),
])
def test_a_radio_control_protocol_names_the_radio(classify, title, brand):
    assert classify(title, brand=brand).classes["radio"] is True


def test_a_protocol_word_on_a_passive_product_says_nothing(classify):
    assert classify("Hott Pink Cotton T-Shirt").classes["radio"] is False


def test_untyped_is_reserved_and_no_type_may_take_its_name(tmp_path):
    """`untyped` in skip_types means a product with no type: a type of that id would be skipped with it, silently."""
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    assert text.count("  - id: laptop\n") == 1
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace("  - id: laptop\n", "  - id: untyped\n"), encoding="utf-8")
    with pytest.raises(VocabularyError, match="'untyped' is reserved"):
        load_vocabulary_from_sources(path)
