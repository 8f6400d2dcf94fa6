"""Stop 88 (issue 9): a power tool's supply reviewed when nothing names it, a bare tool's charger, blades and bits,
furniture's charging stations and dining shelves, and what a description's "smart" and "no WiFi" say; each tested
both ways on titles shaped like the catalogs'."""

from __future__ import annotations

import pytest


def _on(result, *classes: str) -> bool:
    return all(result.classes[name] is True for name in classes)


def _off(result, *classes: str) -> bool:
    return all(result.classes[name] is not True for name in classes)


# --- a power tool that names no supply -------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["1-3/4 in. SDS-MAX Rotary Hammer", "Perforateur MILWAUKEE SDS",
                                   "Kreissäge Fartools RS 800", "1/2 in. Impact Wrench"])
def test_a_power_tool_naming_no_supply_is_reviewed_not_allowed(classify, title):
    """Drills, saws and hammers are sold corded and cordless alike: the supply is open (CLS-OPEN-001), not false."""
    result = classify(title)
    assert result.product_type == "power_tool" and _on(result, "eee")
    assert {"mains_lv", "battery"} <= set(result.open), result.basis


@pytest.mark.parametrize(("title", "mains", "battery"), [
    ("Angle Grinder 850W", True, False),                      # corded by its wattage
    ("Cordless Drill with 2 Batteries and Charger", True, True),      # a kit: the charger is in the box
    ("Impact Driver with 2 Batteries", True, True),                   # review88a: "2 batteries" hid the battery
    ("Perceuse visseuse 2 batteries 2Ah chargeur", True, True),
    ("20-Volt MAX XR Cordless 10 in. Dual Bevel Fixed Miter Saw (Tool Only)", False, True),  # bare: no charger
])
def test_a_power_tool_naming_its_supply_is_decided(classify, title, mains, battery):
    result = classify(title)
    assert result.product_type == "power_tool"
    assert result.classes["mains_lv"] is mains and result.classes["battery"] is battery, result.basis
    assert not {"mains_lv", "battery"} & set(result.open)


def test_an_air_tool_leaves_no_supply_open(classify):
    result = classify("Pneumatic Angle Grinder")
    assert _off(result, "eee", "mains_lv", "battery") and not result.open


@pytest.mark.parametrize("title", ["Oscillating Multi-Tool Blade Set (8-Piece)",
                                   "4-Piece Wood and Metal Oscillating Multi-Tool Blade Set",
                                   "SDS-Max Carbide Rotary Hammer Core Bit for Concrete"])
def test_blades_and_bits_are_hand_tools_not_the_machine(classify, title):
    result = classify(title)
    assert result.product_type == "hand_tool" and _off(result, "eee") and not result.open


def test_the_machine_itself_is_still_a_power_tool(classify):
    assert classify("Oscillating Multi Tool 300W").product_type == "power_tool"


# --- furniture with a charging station; a dining shelf's tables -------------------------------------------------------


def test_furniture_without_one_is_not(classify):
    assert _off(classify("Nightstand with 2 Drawers"), "mains_lv", "eee")


def test_wireless_charging_keeps_another_kinds_radio(classify):
    """Not a charging-station word: the longer phrase would hide the stylus's "wireless"."""
    assert _on(classify("Wireless Charging Pencil (2nd Generation) for iPad"), "radio")


def test_a_dining_shelfs_table_words_stay_tableware(classify):
    """review88c: a dining shelf yielding to a title's furniture made "Table Lazy Susan" furniture (withdrawn)."""
    lazy_susan = classify("Table Lazy Susan Electric Rotating Battery", category="Kitchen & Dining")
    assert lazy_susan.product_type == "tableware"
    assert classify("Dinner Plates Set of 4", category="Home > Kitchen > Dining").product_type == "tableware"


# --- what a description says of a radio -------------------------------------------------------------------------------

LEARNING_TOYS = "Toys & Games > Kids' Electronics > Electronic Learning Toys"


@pytest.mark.parametrize("description", ["A smart way to learn colours and shapes",
                                         "Go! Go! Smart educational toys; included 2 AAA batteries"])
def test_a_descriptions_smart_is_praise_not_a_link(classify, description):
    result = classify("Light-Up Learning Cube", category=LEARNING_TOYS, description=description)
    assert _on(result, "eee") and _off(result, "radio", "connected"), result.basis


def test_a_titles_smart_still_names_the_connected_model(classify):
    assert _on(classify("Smart Speaker with Alexa"), "radio", "connected")


@pytest.mark.parametrize("description", ["Play offline: no WiFi needed",
                                         "Game pieces interact with an iPad (No WiFi necessary for game play)",
                                         "Works without Wi-Fi", "WiFi not required"])
def test_a_link_the_description_says_it_does_without_is_no_radio(classify, description):
    result = classify("Interactive Learning Robot Toy", description=description)
    assert _on(result, "eee") and _off(result, "radio", "connected"), result.basis


def test_a_link_the_description_names_is_a_radio(classify):
    result = classify("Interactive Learning Robot Toy", description="Connects to the free app over WiFi")
    assert _on(result, "radio", "connected")


# --- string lights, LED strips and massagers that name no supply -----------------------------------------------------


@pytest.mark.parametrize("title", ["LED-Lichterkette Lumi Garden", "Guirlande lumineuse 100 LED 10 m",
                                   "LED-Leisten Grundig RGB 180", "bande de led 5m multicolore",
                                   "Human touch foot massager brand new", "Massage Nackenkissen Oromed"])
def test_lights_and_massagers_naming_no_supply_are_reviewed(classify, title):
    result = classify(title)
    assert result.product_type in {"string_lights", "led_strip", "massager"}
    assert {"mains_lv", "battery"} <= set(result.open), result.basis


@pytest.mark.parametrize(("title", "mains", "battery"), [
    ("Battery Operated Fairy Lights 50 LED", False, True),
    ("Wiederaufladbares Kopfmassagegerät", None, True),  # rechargeable: whether its charger is in the box stays open
])
def test_a_named_supply_decides_it(classify, title, mains, battery):
    result = classify(title)
    assert result.classes["battery"] is battery, result.basis
    if mains is None:
        assert "mains_lv" in result.open
    else:
        assert result.classes["mains_lv"] is mains and "mains_lv" not in result.open


@pytest.mark.parametrize(("title", "battery"), [("USB LED Strip Lights 5m for TV", False),
                                                ("USB Rechargeable Fairy Lights", True)])
def test_a_usb_light_set_has_no_mains_part(classify, title, battery):
    result = classify(title)
    assert result.classes["mains_lv"] is False and result.classes["battery"] is battery and not result.open


def test_a_plug_in_light_set_is_on_the_mains_without_a_battery(classify):
    result = classify("Fairy Lights Plug In 10m")
    assert _on(result, "mains_lv") and _off(result, "battery") and not result.open



@pytest.mark.parametrize("title", ["Sander Black & Decker KA191EK-QS 230 V 125 mm", "Drill 230V", "电钻 220V"])
def test_a_tool_rated_at_the_mains_voltage_is_corded(classify, title):
    result = classify(title)
    assert _on(result, "mains_lv") and _off(result, "battery") and not result.open, result.basis


def test_a_charger_for_the_tools_pack_beside_the_mains_voltage_keeps_the_pack(classify):
    assert _on(classify("Cordless Drill 18V with 230V Charger"), "mains_lv", "battery")


def test_a_kit_says_its_charger_not_whether_it_is_cordless(classify):
    result = classify("3100 1.2 Amp Variable Speed Rotary Tool Kit")
    assert _on(result, "mains_lv") and "battery" in result.open


@pytest.mark.parametrize("title", ["Impact Driver, Batteries and Charger Purchased Separately",
                                   "Perceuse sans batterie ni chargeur"])
def test_a_tool_whose_charger_is_not_in_the_box_has_no_mains(classify, title):
    """review88c: the charger word inside "charger purchased separately" read a kit with its charger and pack."""
    result = classify(title)
    assert _off(result, "mains_lv") and "mains_lv" not in result.open, result.basis


# --- review88a: what the first read of this stop found ---------------------------------------------------------------


@pytest.mark.parametrize("title", ["3 in 1 Charging Station Stand for Apple Devices, 15W Fast",
                                   "Charging Station Organizer with 5 Port USB Charger", "USB Charging Station Stand"])
def test_a_charging_station_is_still_one(classify, title):
    """Only "with (a) charging station" names a furniture's strip: the bare phrase is the charging station's name."""
    result = classify(title)
    assert result.product_type == "charging_station" and _on(result, "mains_lv"), result.basis


@pytest.mark.parametrize(("title", "kind"), [("Play Kitchen Island for Kids with Realistic Sounds", "playset"),
                                             ("Doll Kitchen Island for 18 inch Dolls", "doll"),
                                             ("Kitchen Island Pendant Light", "light_fixture"),
                                             ("Computer Desk with Charging Station and Monitor Shelf", "furniture"),
                                             ("Massage Chair Full Body Zero Gravity Shiatsu", "massage_chair")])
def test_words_tried_and_withdrawn_leave_these_kinds(classify, title, kind):
    """review88a/b: "kitchen island" as furniture took toys, "with charging station" ended a desk's noun phrase, and a
    massage chair's supply words, the same phrases as the type's, lost the type: all withdrawn."""
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", ["Lift Top Coffee Table with USB Port (battery powered)",
                                   "Vanity Desk with Mirror and Lights, USB Port, Battery Operated"])
def test_a_battery_furnitures_port_is_not_on_the_mains(classify, title):
    assert _off(classify(title), "mains_lv")


@pytest.mark.parametrize(("title", "description"), [
    ("RGB Light Bulb E26", "Smart bulb, control by voice assistant and phone"),
    ("Humidifier 4L", "Smart humidifier, control from your phone"),
    ("Treadmill Foldable", "Smart treadmill, compatible with Kinomap and Zwift app"),
])
def test_a_descriptions_smart_names_the_app_model_of_a_kind_sold_both_ways(classify, title, description):
    assert _on(classify(title, description=description), "radio", "connected")


def test_a_descriptions_smart_names_no_link_on_a_passive_kind(classify):
    assert _off(classify("Backpack", description="smart storage pockets"), "radio", "connected")


def test_what_fails_without_wifi_still_has_it(classify):
    result = classify("Pet Feeder Automatic 6L", description="The feeder will not work without WiFi")
    assert _on(result, "radio")



@pytest.mark.parametrize(("title", "description"), [("Power Strip Master Slave 6 Outlets", "Energy saving smart strip"),
                                                    ("Table Lamp Modern", "Smart casual decor."),
                                                    ("Night Light Rechargeable", "Smart charger included.")])
def test_a_descriptions_marketing_smart_names_no_link_on_a_listed_kind(classify, title, description):
    assert _off(classify(title, description=description), "radio", "connected")


@pytest.mark.parametrize("title", ["GPS Tracker 4G No WiFi Needed", "LTE Dash Cam No WiFi Required, Remote Live View",
                                   "4G LTE Trail Camera"])
def test_a_cellular_device_is_connected(classify, title):
    """review88c: "no wifi needed" hid the Wi-Fi word that had made these connected; the cellular link says it."""
    assert _on(classify(title), "radio", "connected")


def test_a_bare_generation_word_elsewhere_is_no_connection(classify):
    """"3G"/"4G" is as often a model code or a weight; only on trackers, cameras, alarms and routers is it a modem."""
    assert _off(classify("Injecteur gaz butane 70 KN3G212S"), "connected")


@pytest.mark.parametrize("title", ["Thermal Label Printer 4x6 with 80gsm Labels", "LTE Filter 790MHz",
                                   "4G LTE Signal Booster Repeater for Home"])
def test_a_paper_weight_a_filter_or_a_booster_is_no_connection(classify, title):
    """review88d: "GSM" is a paper's weight, "LTE" a band; a tracker's, camera's, alarm's or router's is a modem."""
    assert _off(classify(title), "connected")


@pytest.mark.parametrize("title", ["Perceuse sans fil 230V", "Kettensäge kabellos 230V"])
def test_a_cordless_word_beside_the_mains_voltage_keeps_the_pack(classify, title):
    assert _on(classify(title), "battery")
