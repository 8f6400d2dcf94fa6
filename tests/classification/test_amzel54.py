"""Electrical toys and goods on an unseen Amazon US catalog (amzel54, stop 54, issue 9).

Amazon US's browse tree names its hobby shelves "Remote & App Controlled Vehicles & Parts" and "Toy Remote Control &
Play Vehicles": the shelf names say neither app nor radio of a gear, a tyre or a die-cast car. Its "Plush Interactive
Toys" leaf holds puppets and plain plush. US titles carry the maker in the title (VTech, LeapFrog, Traxxas...), and
name kinds the vocabulary lacked (a coding robot mouse, a play tape recorder, a 3D pen set, a learning walker). Each
change has its look-alikes: the RC models themselves, the electric plush, a computer mouse, a 3D pen's refill
filament, a VTech game cartridge.
"""

from __future__ import annotations

import pytest

RC_PARTS = ("Toys & Games > Hobbies > Remote & App Controlled Vehicles & Parts > Remote & App Controlled Vehicle Parts")
RC_MODELS = ("Toys & Games > Hobbies > Remote & App Controlled Vehicles & Parts > Remote & App Controlled Vehicles")
PLAY_VEHICLES = "Toys & Games > Toy Remote Control & Play Vehicles"
PLUSH_INTERACTIVE = "Toys & Games > Stuffed Animals & Plush Toys > Plush Interactive Toys"


def _on(result, *classes: str) -> bool:
    return all(result.classes[c] for c in classes)


def _off(result, *classes: str) -> bool:
    return not any(result.classes[c] for c in classes)


# --- the RC hobby shelf: its parts are parts, its models are radio-controlled ----------------------------------------

@pytest.mark.parametrize("title, tail", [
    ("Losi Ride Height Gauge, LOSA99173", ""),
    ("Dynamite Gold Bullet Connector Set, 6.5mm (10), DYNC0092", ""),
    ("RPM 73162 Axle Carriers Black 1/16 Traxxas Black", " > Power Plant & Driveline Systems > Axles"),
    ("Hot Racing YEX1201 Aluminum Front Bulkhead Gearbox - Yeti XL",
     " > Power Plant & Driveline Systems > Transmissions & Differentials > Gear Boxes"),
    ("Proline 1013214 Hyrax 2G8 Rock Terrain Truck Tires (2)", " > Wheels & Tires > Tires"),
    ("Redcat Racing Monster Truck Body, Silver/Black/Red",
     " > Vehicle Bodies & Scale Accessories > Car & Truck Bodies"),
    ("Redcat Racing BS213-017 Blackout Chassis", ""),
])
def test_a_part_on_the_rc_parts_shelf_has_no_radio(classify, title, tail):
    result = classify(title, category=RC_PARTS + tail)
    assert _off(result, "radio", "eee", "battery"), (result.product_type, result.basis["radio"],
                                                    result.basis["eee"])


def test_a_linkage_on_the_rc_linkages_leaf_is_a_part(classify):
    result = classify("Team Associated 9665 Hinge Pin Brace with Hinge Pins B4/T4",
                      category="Toys & Games > Hobbies > Hobby Building Tools & Hardware > RC Linkages")
    assert result.product_type == "rc_airframe_part"
    assert _off(result, "radio", "eee", "battery")


@pytest.mark.parametrize("title, tail, kind", [
    ("Redcat Racing 28003 Ni-Ch 7.2V 1100mAh Battery", " > Remote & App Controlled Vehicle Batteries", "battery_pack"),
    ("Traxxas XL-5 Electronic Speed Control ESC", "", "rc_servo"),
])
def test_an_electrical_part_on_the_rc_parts_shelf_keeps_its_own_classes(classify, title, tail, kind):
    result = classify(title, category=RC_PARTS + tail)
    assert result.product_type == kind
    assert result.classes["battery"] or result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Tamiya TAM58646 1/18 R/C Konghead 6x6 (G6-01) Kit, Brown",
    "Traxxas Slash 2WD Short Course Truck",
])
def test_a_model_on_the_rc_models_shelf_is_radio_controlled(classify, title):
    result = classify(title, category=RC_MODELS + " > Trucks")
    assert result.product_type == "rc_vehicle"
    assert _on(result, "radio", "eee", "battery")


@pytest.mark.parametrize("title, tail", [
    ("Hot Wheels 5-Car Gift Pack", " > Play Vehicles > Die-Cast Vehicles"),
    ("Green Toys Dump Truck", " > Play Vehicles"),
    ("Kid Trax Toddler Ride On Fire Truck", " > Ride-On Toys"),
])
def test_a_play_vehicle_on_the_toy_rc_and_play_shelf_has_no_radio(classify, title, tail):
    result = classify(title, category=PLAY_VEHICLES + tail)
    assert _off(result, "radio", "eee", "battery"), (result.product_type, result.basis["radio"])


def test_a_remote_control_car_on_the_toy_rc_and_play_shelf_keeps_its_radio(classify):
    result = classify("Remote Control Car for Kids 2.4GHz High Speed", category=PLAY_VEHICLES + " > Play Vehicles")
    assert _on(result, "radio", "eee", "battery")


# --- the plush shelf of interactive toys ------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Folkmanis Mini Goldfish",
    "Adventure Planet Plush - MAKO Shark ( 20 inch )",
])
def test_plain_plush_on_the_interactive_plush_shelf_is_not_electric(classify, title):
    result = classify(title, category=PLUSH_INTERACTIVE)
    assert result.product_type == "plush"
    assert _off(result, "eee", "battery")


@pytest.mark.parametrize("title", [
    "Interactive Talking Plush Hamster, Repeats What You Say",
    "FurReal Friends Cuddles My Giggly Monkey",
])
def test_electric_plush_on_the_interactive_plush_shelf_says_so(classify, title):
    result = classify(title, category=PLUSH_INTERACTIVE)
    assert _on(result, "eee", "battery")


# --- the maker in a US title ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "VTech Scoop & Play Digger",
    "VTech Baby Lil' Critters Shake and Wobble Busy Ball Amazon Exclusive, Purple",
    "VTech Twist and Hug Koala Rattle",
    "LeapFrog Scout's Learning Lights Remote",
])
def test_a_vtech_or_leapfrog_toy_is_electronic(classify, title):
    result = classify(title)
    assert _on(result, "eee", "battery"), (result.product_type, result.basis["eee"])


@pytest.mark.parametrize("title", [
    "VTech InnoTab Software: Toy Story",
    "LeapFrog Explorer Game: Bubble Guppies (for LeapPad and Leapster)",
    "LeapFrog LeapStart Preschool 4-in-1 Activity Book Bundle with ABC, Shapes & Colors",
    "Traxxas 5161 Suspension Screw Pin Set",
])
def test_a_makers_software_book_or_part_is_not_electronic(classify, title):
    result = classify(title)
    assert _off(result, "battery"), (result.product_type, result.basis["battery"])


def test_a_toy_line_called_smart_reaches_no_app(classify):
    for title in ("VTech Go! Go! Smart Wheels Spinning Spiral Tower Playset",
                  "Learning Resources Base Ten Blocks Smart Pack, Early Childhood Math Skills, Ages 5+"):
        result = classify(title)
        assert not result.classes["radio"], (title, result.basis["radio"])
    result = classify("Sphero Mini App-Enabled Robot Ball")
    assert result.classes["radio"]


# --- kinds US titles name ---------------------------------------------------------------------------------------------

def test_a_coding_robot_mouse_is_a_robot_toy(classify):
    result = classify("hand2mind STEM in Action, Coding Robot Mouse Classroom Set, Learning Activities")
    assert result.product_type == "robot_toy"
    assert _on(result, "eee", "battery")
    mouse = classify("Logitech M185 Wireless Mouse")
    assert mouse.product_type == "computer_mouse"


def test_a_play_tape_recorder_is_a_recorder(classify):
    result = classify("Basic Fun Fisher-Price Play Tape Recorder")
    assert _on(result, "eee", "battery")
    tape = classify("Scotch Magic Tape, 6 Rolls")
    assert _off(tape, "eee", "battery")


def test_a_helmet_with_its_own_light_has_a_battery(classify):
    result = classify("Hornit Mini Lids Multi-Sport Helmet with Rear Light | CPSC Certified for Biking")
    assert _on(result, "eee", "battery")
    plain = classify("Schwinn Kids Bike Helmet, Toddler, Blue")
    assert _off(plain, "eee", "battery")


def test_a_play_doh_set_with_an_electric_buzzer_is_electric_on_the_clay_shelf(classify):
    shelf = "Toys & Games > Arts & Crafts > Clay & Dough"
    result = classify("Play-Doh Buzz 'n Cut Fuzzy Pumper Barber Shop Toy with Electric Buzzer and 5 Colors",
                      category=shelf)
    assert result.classes["eee"], result.basis["eee"]
    plain = classify("Play-Doh Modeling Compound 10-Pack Case of Colors", category=shelf)
    assert _off(plain, "eee", "battery")


@pytest.mark.parametrize("title, kind", [
    ("3Doodler Start Essentials 3D Pen Set for Kids", "three_d_pen"),
    ("LeapFrog My Own Leaptop, Purple", "electronic_toy"),
    ("VTech Sit-to-Stand Learning Walker", "electronic_toy"),
    ("Snap Circuits Jr. SC-100 Electronics Exploration Kit", "electronics_kit"),
])
def test_kinds_named_the_us_way_are_electric(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize("title", [
    "3Doodler Start 3D Pen Refill Filament 75 Strands",
    "Fisher-Price Learn with Me Zebra Walker",
])
def test_their_look_alikes_are_not(classify, title):
    result = classify(title)
    assert not result.classes["eee"], (result.product_type, result.basis["eee"])


# --- words that named a device and did not ----------------------------------------------------------------------------

@pytest.mark.parametrize("title, category", [
    ("HydroTools by Swimline Clear Weighted Triangle Pool Vacuum Head",
     "Patio, Lawn & Garden > Pools, Hot Tubs & Supplies > Cleaning Tools & Chemicals > Pool Vacuum Heads"),
    ("HydroTools by Swimline Clear Weighted Triangle Pool Vacuum Head", None),
    ("Performance Tool W5220 200 pc Hex Washer Self Drilling Assortment", None),
    ("Carrera Race Spectators - Set of 15 Detailed Fans - 1:32 Scale Figures", None),
    ("Jada Venia 9.75\"x7.75\" Sherri Ohler Sleigh Light Box Insert", None),
    ("Osmo - Super Studio Disney Mickey Mouse & Friends Game - Learn to Draw & Watch them Come to Life",
     None),
])
def test_a_word_that_is_not_the_device(classify, title, category):
    result = classify(title, category=category)
    assert _off(result, "mains_lv", "eee", "battery"), (result.product_type, result.basis["eee"])


@pytest.mark.parametrize("title, kind", [
    ("Hayward W3RC9990 Robotic Pool Cleaner", "pool_robot"),
    ("Bissell CleanView Upright Vacuum Cleaner", "vacuum_cleaner"),
    ("Samsung 4.5 cu. ft. Front Load Washer", "washing_machine"),
    ("Honeywell HT-900 TurboForce Air Circulator Fan", "fan"),
    ("Casio Men's Classic Sport Watch", "watch"),
])
def test_the_devices_those_words_name_stay_devices(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Sphero RVR Remote & App Controlled Programmable Robot",
    "Remote & App Controlled Stunt Car for Kids",
])
def test_a_title_that_says_remote_and_app_controlled_keeps_its_radio(classify, title):
    result = classify(title)
    assert _on(result, "radio", "eee", "battery"), result.basis["radio"]


def test_a_watch_given_as_a_gift_stays_a_watch(classify):
    result = classify("Casio Men's Classic Resin Strap Watch as a Gift")
    assert result.product_type == "watch"
