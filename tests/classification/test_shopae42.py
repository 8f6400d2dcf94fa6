"""Shopify's English leaves of arts & crafts, collectibles, instrument accessories, mature, media, services, fitness,
indoor games, cosmetics and cameras, read by the path alone and with real-looking titles (shopae42, issue 9).

The electric leaves Shopify splits off a manual shelf (electric spinning wheels, winders and stencil machines) carry
current, a guitar shop's room humidifier is the mains appliance, weapon lights, stun guns, runners' safety lights and
stopwatches run on cells, vibration plates and film drying cabinets on the mains. The other way: a film download, a
gym machine's steel cable, air hockey boards and feet, suspension trainers ("trainers"), yarn swifts and guides,
high-power rockets, solar telescopes and large-format view cameras lose a class they never had. Each has a neighbour
(manual sibling, passive accessory, toy rocket) that must keep its reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

CRAFTS = "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts"
CRAFT_TOOLS = f"{CRAFTS} > Art & Crafting Tools"
SPINNING = f"{CRAFT_TOOLS} > Textile Craft Machines > Spinning Wheels"
WINDERS = f"{CRAFT_TOOLS} > Thread & Yarn Tools > Thread, Yarn & Bobbin Winders"
STENCILS = f"{CRAFT_TOOLS} > Craft Measuring & Marking Tools > Stencil Machines"
THREAD = f"{CRAFTS} > Art & Crafting Materials > Crafting Fibers > Thread & Floss"
FABRIC = f"{CRAFTS} > Art & Crafting Materials > Textiles > Fabric"
SWIFTS = f"{CRAFTS} > Art & Crafting Tool Accessories > Spinning Wheel Accessories"
GUIDES = f"{CRAFT_TOOLS} > Thread & Yarn Tools > Thread & Yarn Guides"
HOOPS = f"{CRAFT_TOOLS} > Frames, Hoops & Stretchers"
GUITAR_HUMIDIFIERS = (
    "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories"
    " > String Instrument Accessories > Guitar Accessories > Guitar Humidifiers"
)
ROCKETRY = "Arts & Entertainment > Hobbies & Creative Arts > Model Making > Model Rocketry"
WEAPONS = "Mature > Weapons & Weapon Accessories"
FITNESS = "Sporting Goods > Fitness & General Exercise Equipment"
SAFETY_LIGHTS = f"{FITNESS} > Sport Safety Lights & Reflectors"
BENCH_PARTS = f"{FITNESS} > Weight Lifting > Weight Lifting Machine & Exercise Bench Accessories"
AIR_HOCKEY = "Sporting Goods > Indoor Games > Air Hockey"
FILM_CAMERAS = "Cameras & Optics > Cameras > Film Cameras"
TELESCOPES = "Cameras & Optics > Optics > Scopes > Telescopes"
DARKROOM = (
    "Cameras & Optics > Photography > Darkroom > Developing & Processing Equipment > Print Trays, Washers & Dryers"
)
COSMETICS = "Health & Beauty > Personal Care > Cosmetics"


@pytest.mark.parametrize(
    "path",
    [
        f"{SPINNING} > Electric Spinning Wheels",
        f"{WINDERS} > Electric Winders",
        f"{STENCILS} > Electric Stencil Machines",
    ],
)
def test_the_electric_leaf_of_a_manual_craft_shelf_carries_current(classify, path):
    result = classify("", category=path)
    assert classes_of(result, "eee") == (True,), result.basis
    assert not any(classes_of(result, "toy", "textile")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{SPINNING} > Single Drive Spinning Wheels",
        f"{WINDERS} > Handheld Winders",
        f"{STENCILS} > Manual Stencil Machines",
    ],
)
def test_the_manual_sibling_stays_passive(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "mains_lv", "eee", "battery")), result.basis


def test_an_e_spinner_titled_on_its_shelf_reads_current(classify):
    title = "Electric Eel Wheel Nano 2.0 Portable Spinning Wheel"
    result = classify(title, category=f"{SPINNING} > Electric Spinning Wheels")
    assert classes_of(result, "eee") == (True,), result.basis


@pytest.mark.parametrize("title", ["", "Levoit Cool Mist Humidifier for Guitar Room 2.5L"])
def test_a_room_humidifier_under_guitar_humidifiers_is_the_mains_appliance(classify, title):
    result = classify(title, category=f"{GUITAR_HUMIDIFIERS} > Room Humidifiers")
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize("leaf", ["Case Humidifiers", "Soundhole Humidifiers"])
def test_case_and_soundhole_humidifiers_stay_passive_packs(classify, leaf):
    result = classify("D'Addario Humidipak Two-Way Humidification System", category=f"{GUITAR_HUMIDIFIERS} > {leaf}")
    assert not any(classes_of(result, "mains_lv", "eee", "battery")), result.basis


@pytest.mark.parametrize("title", ["", "Estes Pro Series II Ventris High Power Rocket Kit"])
def test_a_high_power_rocket_is_no_toy(classify, title):
    result = classify(title, category=f"{ROCKETRY} > High-Power Rockets")
    assert not any(classes_of(result, "toy", "children_12_under")), result.basis


def test_a_water_rocket_stays_a_toy(classify):
    result = classify("", category=f"{ROCKETRY} > Water Rockets")
    assert classes_of(result, "toy") == (True,), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("", f"{WEAPONS} > Weapon Care & Accessories > Weapon Lights"),
        ("Streamlight TLR-1 HL Weapon Light", f"{WEAPONS} > Weapon Care & Accessories > Weapon Lights"),
        ("", f"{WEAPONS} > Weapons > Stun Guns & Tasers"),
        ("", f"{SAFETY_LIGHTS} > Sport Safety Lights"),
        ("Nathan LED Running Light Clip-On", f"{SAFETY_LIGHTS} > Sport Safety Lights"),
        ("", f"{FITNESS} > Stopwatches"),
    ],
)
def test_battery_devices_of_the_weapon_and_fitness_shelves(classify, title, path):
    result = classify(title, category=path)
    assert all(classes_of(result, "eee", "battery")), result.basis
    assert not any(classes_of(result, "mains_lv")), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("", f"{WEAPONS} > Weapon Care & Accessories > Weapon Slings"),
        ("Stun Gun Holster Nylon Belt Clip", f"{WEAPONS} > Weapons > Stun Guns & Tasers"),
        ("", f"{SAFETY_LIGHTS} > Sport Safety Reflectors"),
        ("Reflective Ankle Bands 2-Pack", f"{SAFETY_LIGHTS} > Sport Safety Reflectors"),
    ],
)
def test_their_passive_neighbours_stay_passive(classify, title, path):
    result = classify(title, category=path)
    assert not any(classes_of(result, "eee", "battery")), result.basis


@pytest.mark.parametrize(
    "leaf", ["", " > Lineal Vibration Exercise Machines", " > Pivotal Vibration Exercise Machines"]
)
def test_a_vibration_plate_runs_from_the_mains(classify, leaf):
    result = classify("", category=f"{FITNESS} > Vibration Exercise Machines{leaf}")
    assert all(classes_of(result, "mains_lv", "eee")), result.basis
    assert classes_of(result, "battery") == (False,), result.basis


@pytest.mark.parametrize("title", ["", "Replacement Cable for Home Gym 3/16 inch Steel"])
def test_a_weight_machine_cable_is_no_electric_cable(classify, title):
    result = classify(title, category=f"{BENCH_PARTS} > Cables")
    assert result.product_type != "cable", result.basis
    assert not any(classes_of(result, "eee")), result.basis


@pytest.mark.parametrize("leaf", ["Air Hockey Table Boards", "Air Hockey Table Feet"])
def test_air_hockey_table_parts_are_passive(classify, leaf):
    result = classify("", category=f"{AIR_HOCKEY} > Air Hockey Table Parts > {leaf}")
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


def test_the_air_hockey_table_keeps_its_blower(classify):
    result = classify("", category=f"{AIR_HOCKEY} > Air Hockey Tables")
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize("title", ["", "TRX All-in-One Suspension Trainer"])
def test_suspension_trainers_are_straps_not_shoes(classify, title):
    result = classify(title, category=f"{FITNESS} > Suspension Trainers")
    assert result.product_type != "shoes", result.basis
    assert not any(classes_of(result, "textile", "apparel")), result.basis


def test_a_film_download_is_no_device(classify):
    result = classify("", category="Media > Videos > Digital Downloads")
    assert not any(classes_of(result, "eee", "mains_lv", "battery")), result.basis


@pytest.mark.parametrize(
    "path",
    [f"{THREAD} > Crochet Thread", f"{THREAD} > Upholstery Thread", f"{FABRIC} > Fleece"],
)
def test_thread_and_fleece_fabric_are_textiles_not_garments(classify, path):
    result = classify("", category=path)
    assert classes_of(result, "textile", "apparel") == (True, False), result.basis


@pytest.mark.parametrize(
    "path",
    [f"{SWIFTS} > Yarn Swifts", f"{GUIDES} > Yarn Guides"],
)
def test_yarn_tools_are_no_yarn(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "textile")), result.basis


def test_yarn_itself_stays_a_textile(classify):
    result = classify("", category=f"{CRAFTS} > Art & Crafting Materials > Crafting Fibers > Yarn")
    assert classes_of(result, "textile") == (True,), result.basis


@pytest.mark.parametrize("leaf", ["", " > Canvas Stretchers", " > Quilting Frames"])
def test_craft_frames_are_no_eyewear(classify, leaf):
    result = classify("", category=f"{HOOPS}{leaf}")
    assert result.product_type != "eyewear", result.basis


def test_a_large_format_view_camera_needs_no_current(classify):
    result = classify("", category=f"{FILM_CAMERAS} > Large Format Film Cameras")
    assert not any(classes_of(result, "eee", "battery")), result.basis


def test_an_slr_film_camera_keeps_the_camera_reading(classify):
    result = classify("", category=f"{FILM_CAMERAS} > SLR Film Cameras")
    assert all(classes_of(result, "eee", "battery")), result.basis


def test_a_solar_telescope_is_not_solar_powered(classify):
    result = classify("", category=f"{TELESCOPES} > Solar Telescopes")
    assert not any(classes_of(result, "eee")), result.basis


def test_a_film_drying_cabinet_runs_from_the_mains(classify):
    result = classify("", category=f"{DARKROOM} > Film Dryers")
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


def test_print_tongs_beside_it_stay_passive(classify):
    result = classify("", category=f"{DARKROOM} > Print Tongs")
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize(
    ("path", "wrong"),
    [
        ("Health & Beauty > Personal Care > Cotton Balls", "sports_ball"),
        (f"{COSMETICS} > Makeup > Face Makeup > Highlighters & Luminizers", "pen"),
        (f"{COSMETICS} > Skin Care > Skin Care Masks & Peels", "costume_accessory"),
        ("Health & Beauty > Health Care > Bed Pans", "cookware"),
    ],
)
def test_health_and_beauty_leaves_read_their_own_kind(classify, path, wrong):
    result = classify("", category=path)
    assert result.product_type != wrong, result.basis
