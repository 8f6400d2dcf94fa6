"""Standard trees read by path alone: entries that forced a class, titles read as the wrong kind, shelves of the tuned
taxonomy misses read as groups (entries41, issue 9).

1. Google entries whose `classes` locked radio or a battery on every title filed there (a case or holder on Speed
   Radars read radio) give them as fills or through a type of their own: a radar gun, a toll tag and a video link keep
   their radio by the path alone; Electronic Tuners and On-Camera Monitors read `electronic_tuner` and `field_monitor`
   (battery, no forced mains).
2. Titles: a number before a singular "cup" is a capacity, a bike's saddle cover is no car seat cover, a clipper's
   guide combs are parts, a broadband, Cable/DSL or VPN router leaves radio to the title's Wi-Fi words.
3. Shelves: accessories named after a powered thing (heating pad, radiator, extension cord, electric razor, kettle,
   knife) are passive parts; iron rests are no iron; powered hammers, electric signs and personnel lifts carry power.
Each rule with cases that change and look-alikes that must not.
"""

from __future__ import annotations

import pytest

SPEED_RADARS = "Electronics > Speed Radars"
TOLL = "Electronics > Toll Collection Devices"
VIDEO_TX = "Electronics > Video > Video Transmitters"
FLOATING = "Home & Garden > Lighting > Floating & Submersible Lights"
TUNERS = ("Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > "
          "Electronic Tuners")
ON_CAMERA = "Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > On-Camera Monitors"
EXERCISE_BIKES = "Sporting Goods > Exercise & Fitness > Cardio > Cardio Machines > Exercise Bikes"
CLIPPERS = "Health & Beauty > Personal Care > Shaving & Grooming > Hair Clippers & Trimmers"
ROUTERS = "Electronics > Networking > Bridges & Routers"
LIFTS = "Business & Industrial > Material Handling > Lifts & Hoists > Personnel Lifts"
SUPPLY = ("radio", "mains_lv", "battery")


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. entries that forced a class -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("category", "on"), [
    (SPEED_RADARS, ("radio", "transmitter", "eee", "battery")),
    (TOLL, ("radio", "transmitter", "eee", "battery")),
    (VIDEO_TX, ("radio", "transmitter", "eee")),
    (FLOATING, ("eee", "battery")),
])
def test_a_radio_or_battery_shelf_keeps_its_class_by_the_path_alone(classify, category, on):
    result = classify("", category=category)
    assert all(result.classes[name] for name in on), result.basis


@pytest.mark.parametrize(("title", "category"), [
    ("Radar Gun Carrying Case", SPEED_RADARS),
    ("Dust Cover Waterproof", SPEED_RADARS),
    ("E-ZPass Transponder Holder", TOLL),
    ("Storage Bag", TOLL),
    ("HDMI Cable 1m", VIDEO_TX),
    ("Wall Mount Bracket", VIDEO_TX),
    ("Dust Cover Waterproof", FLOATING),
    ("Mounting Screws", FLOATING),
    ("Storage Bag", TUNERS),
    ("Dust Cover Waterproof", ON_CAMERA),
])
def test_a_case_holder_or_cable_on_such_a_shelf_takes_no_radio_or_battery(classify, title, category):
    result = classify(title, category=category)
    assert _off(result, "radio", "battery"), (result.product_type, result.basis["radio"], result.basis["battery"])


def test_a_wireless_video_transmitter_keeps_its_radio(classify):
    result = classify("Hollyland Mars 400S Pro Wireless Video Transmitter", category=VIDEO_TX)
    assert result.classes["radio"] and result.classes["transmitter"], result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("", TUNERS),
    ("Clip-On Chromatic Tuner for Guitar", None),
    ("Boss TU-3 Chromatic Tuner Pedal", None),
    ("Snark Clip-On Tuner", TUNERS),
])
def test_a_chromatic_tuner_is_a_battery_instrument(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "electronic_tuner", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"], result.basis["battery"]


@pytest.mark.parametrize("title", ["Guitar Tuners Tuning Pegs Machine Heads", "Electronic Tuner Carrying Bag"])
def test_tuning_pegs_and_a_tuner_bag_are_no_tuner(classify, title):
    result = classify(title)
    assert result.product_type != "electronic_tuner" and _off(result, "battery"), result.basis["product_type"]


@pytest.mark.parametrize(("title", "category"), [
    ("", ON_CAMERA),
    ("Feelworld F6 Plus 5.5 inch On Camera Field Monitor", None),
    ("Atomos Ninja V 5 inch 4K HDMI Recording Monitor", None),
])
def test_an_on_camera_monitor_runs_on_camera_batteries(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "field_monitor", result.basis["product_type"]
    assert result.classes["battery"] and not result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_desk_monitor_keeps_the_mains_and_a_sunhood_is_passive(classify):
    desk = classify("Dell 27 inch Computer Monitor")
    assert desk.product_type == "monitor" and desk.classes["mains_lv"] and not desk.classes["battery"]
    hood = classify("Monitor Sunhood for 5 inch Field Monitor")
    assert hood.product_type == "camera_accessory" and _off(hood, "eee", *SUPPLY), hood.basis["product_type"]


# --- 2. titles --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Oster Blender Container 6 Cup", "spare_part"),
    ("Aroma Rice Cooker 6 Cup", "cooker"),
    ("Mr. Coffee 12-Cup Coffee Maker", "coffee_maker"),
])
def test_a_number_before_a_singular_cup_is_a_capacity(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", ["Porcelain Tea Set of 6 Cups", "Ceramic Coffee Cup 12 oz"])
def test_cups_counted_or_sized_in_ounces_are_still_cups(classify, title):
    assert classify(title).product_type == "mug"


@pytest.mark.parametrize("category", [None, EXERCISE_BIKES])
def test_an_exercise_bike_seat_cover_is_a_bike_accessory(classify, category):
    result = classify("Exercise Bike Seat Cover", category=category)
    assert result.product_type == "bike_accessory", result.basis["product_type"]
    assert _off(result, "eee", *SUPPLY), result.basis["mains_lv"]


def test_a_car_seat_cover_and_the_bike_itself_keep_their_readings(classify):
    assert classify("Car Seat Cover Set Universal").product_type == "car_interior"
    bike = classify("Exercise Bike Magnetic Resistance", category=EXERCISE_BIKES)
    # s93: an exercise bike is the exercise machine its user drives, a console on cells (no mains: the labels of
    # dev93-1 and dev90-2), a kind of the cardio machines' shelf
    assert bike.product_type == "exercise_machine" and bike.classes["mains_lv"] is False, bike.basis["mains_lv"]
    assert bike.classes["eee"] is True, bike.basis["eee"]


def test_clipper_guide_combs_are_a_part_not_the_clipper(classify):
    result = classify("Hair Clipper Guards Replacement Combs", category=CLIPPERS)
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert _off(result, *SUPPLY), result.basis["battery"]


def test_a_comb_and_the_clipper_keep_their_readings(classify):
    assert classify("Wide Tooth Detangling Comb").product_type == "grooming_tool"
    clipper = classify("Wahl Cordless Hair Clipper", category=CLIPPERS)
    assert clipper.product_type == "shaver" and clipper.classes["battery"], clipper.basis["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("TP-LINK 4-Port Cable/DSL/TL-R460", ROUTERS),
    ("TP-LINK 4-Port Cable/DSL/TL-R460", None),
    ("TP-Link TL-R600VPN Gigabit Broadband VPN Router", None),
    ("Linksys EtherFast Cable/DSL Router with 4-Port Switch", ROUTERS),
])
def test_a_broadband_router_that_names_no_wifi_has_no_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "broadband_router", result.basis["product_type"]
    assert result.classes["radio"] is False and result.classes["mains_lv"], result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Linksys WRT54G Wireless-G Broadband Router", "Huawei B315 4G LTE Broadband Router", "Wireless-N Cable/DSL Router",
])
def test_a_broadband_router_that_names_its_radio_keeps_it(classify, title):
    result = classify(title, category=ROUTERS)
    assert result.classes["radio"] and result.classes["transmitter"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [("Motorola Cable/DSL Modem", "modem"), ("Cable/DSL Splitter", None)])
def test_a_cable_dsl_modem_or_splitter_is_no_router(classify, title, kind):
    result = classify(title)
    assert (result.product_type if result.established else None) == kind, result.basis["product_type"]


# --- 3. shelves of the taxonomy misses --------------------------------------------------------------------------------

@pytest.mark.parametrize("category", [
    "Animals & Pet Supplies > Pet Supplies > Pet Heating Pad Accessories",
    "Home & Garden > Household Appliance Accessories > Heating Radiator Accessories > Heating Radiator Reflectors",
    "Hardware > Power & Electrical Supplies > Extension Cord Accessories",
    "Hardware > Building Consumables > Chemicals > Electrical Freeze Sprays",
    "Health & Beauty > Personal Care > Shaving & Grooming > Electric Razor Accessories",
    "Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Electric Kettle Accessories",
    ("Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Electric Knife Accessories > "
     "Electric Knife Replacement Blades"),
    "Home & Garden > Household Supplies > Laundry Supplies > Iron Rests",
])
def test_an_accessory_shelf_named_after_a_powered_thing_is_passive(classify, category):
    result = classify("", category=category)
    assert _off(result, "eee", *SUPPLY), (result.product_type, result.basis["eee"])


@pytest.mark.parametrize(("category", "on"), [
    ("Animals & Pet Supplies > Pet Supplies > Pet Heating Pads", "eee"),
    ("Home & Garden > Household Appliances > Climate Control Appliances > Heating Radiators", "mains_lv"),
    ("Hardware > Power & Electrical Supplies > Extension Cords", "mains_lv"),
])
def test_the_powered_thing_itself_keeps_its_power(classify, category, on):
    result = classify("", category=category)
    assert result.classes[on], result.basis[on]


def test_an_iron_rest_is_no_iron_and_an_iron_is(classify):
    rest = classify("Silicone Iron Rest Pad")
    assert rest.product_type != "iron" and _off(rest, "eee", *SUPPLY), rest.basis["product_type"]
    iron = classify("Philips Steam Iron 2400W")
    assert iron.product_type == "iron" and iron.classes["mains_lv"]


@pytest.mark.parametrize(("category", "on"), [
    ("Hardware > Tools > Hammers > Powered Hammers", ("eee", "mains_lv")),
    ("Business & Industrial > Signage > Electric Signs > Neon Signs", ("eee", "mains_lv")),
    ("Business & Industrial > Signage > Electric Signs > LED Signs", ("eee", "mains_lv")),
    (LIFTS, ("eee", "battery", "mains_lv")),
    ("Office Supplies > Office Equipment", ("eee",)),
    ("Office Supplies > Office Equipment > Postage Meters", ("eee",)),
])
def test_a_powered_machines_shelf_carries_its_power(classify, category, on):
    result = classify("", category=category)
    assert all(result.classes[name] for name in on), result.basis


@pytest.mark.parametrize("category", ["Hardware > Tools > Hammers", "Office Supplies > Office Equipment > Typewriters"])
def test_plain_hammers_and_typewriters_keep_their_plain_reading(classify, category):
    assert _off(classify("", category=category), "eee", *SUPPLY)


def test_a_scissor_lift_is_a_powered_platform_and_a_lift_table_is_not(classify):
    lift = classify("Genie GS-1930 Electric Scissor Lift")
    assert lift.product_type == "aerial_work_platform" and lift.classes["battery"], lift.basis["product_type"]
    table = classify("Hydraulic Scissor Lift Table 500kg")
    assert table.product_type != "aerial_work_platform" and _off(table, "eee", *SUPPLY), table.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [("Dust Cover Waterproof", "case_generic"),
                                             ("Scissor Lift Battery Charger 24V", "battery_charger")])
def test_a_cover_or_charger_on_the_lifts_shelf_reads_itself(classify, title, kind):
    result = classify(title, category=LIFTS)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["battery"], result.basis["battery"]
