"""Mains and EEE of Shopify's own English shelves, read by the path alone (shopify41, issue 9).

Shopify's Standard Product Taxonomy goes deeper than Google's: it names the pen tattoo machine, the soccer ball
launcher, the treadmill's control board and the snack vending machine as leaves of their own. Read by the path alone
(a feed's product category with a bare title), those leaves now carry the class of their typical product; passive
parts under a machine's accessory shelf (mower blades and bags, trimmer spools, tractor wheels) no longer read as the
machine, and the neighbours beside each keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

OPE = "Home & Garden > Lawn & Garden > Outdoor Power Equipment"
MOWER_PARTS = f"{OPE} Accessories > Lawn Mower Accessories"
TREADMILL = ("Sporting Goods > Fitness & General Exercise Equipment > Cardio > Cardio Machine Accessories & Parts > "
             "Treadmill Accessories & Parts")
BIKE_PARTS = ("Sporting Goods > Fitness & General Exercise Equipment > Cardio > Cardio Machine Accessories & Parts > "
              "Exercise Bike Accessories & Parts")
TRACK = "Home & Garden > Lighting > Track Lighting > Track Lighting Accessories"
MUSICAL_TOYS = "Toys & Games > Toys > Musical Toys"
ASTRONOMY = "Toys & Games > Toys > Educational Toys > Astronomy Toys & Models"
WIPES = "Baby & Toddler > Diapering > Baby Wipe Dispensers & Warmers"
VENDING = "Business & Industrial > Food Service > Vending Machines"
TATTOO = "Business & Industrial > Piercing & Tattooing > Tattooing Supplies > Tattooing Machines"


# --- shelves whose typical product plugs into the mains ----------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{VENDING} > Snack Vending Machines",
        f"{WIPES} > Baby Wipe Warmers",
        f"{TRACK} > Heads",
        # the mains siblings keep their reading
        f"{VENDING} > Drink Vending Machines",
        f"{TRACK} > Pendants",
        "Home & Garden > Lighting > Track Lighting > Track Lighting Fixtures",
    ],
)
def test_a_shopify_mains_leaf_reads_mains_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{WIPES} > Baby Wipe Dispensers",
        f"{WIPES} > Portable Wipe Dispensers",
        f"{TRACK} > Suspension Kits",
    ],
)
def test_the_passive_sibling_of_a_mains_leaf_reads_no_mains(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


# --- electrical leaves, supply open or on cells -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{TATTOO} > Pen Tattooing Machines",
        "Sporting Goods > Athletics > Soccer > Soccer Training Aids > Soccer Ball Launchers",
        "Sporting Goods > Athletics > Volleyball > Volleyball Training Aids > Volleyball Ball Machines",
        "Sporting Goods > Athletics > Track & Field > Track & Field Training Aids > Track & Field Stopwatch Systems",
        f"{TREADMILL} > Treadmill Consoles",
        f"{TREADMILL} > Treadmill Lower Control Boards",
        f"{TREADMILL} > Treadmill Upper Control Boards",
        f"{TREADMILL} > Treadmill Motors",
        f"{TREADMILL} > Treadmill Speed Sensors",
        f"{BIKE_PARTS} > Exercise Bike Computers",
        "Business & Industrial > Construction > Surveying > Total Stations",
        f"{MUSICAL_TOYS} > Karaoke Sets",
        f"{MUSICAL_TOYS} > DJ Studio Sets",
        f"{ASTRONOMY} > Planetariums",
    ],
)
def test_an_electrical_shopify_leaf_reads_eee_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "eee")), result.basis


def test_a_pen_tattoo_machine_is_no_writing_pen(classify):
    result = classify("", category=f"{TATTOO} > Pen Tattooing Machines")
    assert result.product_type == "beauty_device", result.basis


def test_a_treadmill_bluetooth_module_reads_its_radio(classify):
    result = classify("", category=f"{TREADMILL} > Treadmill Bluetooth Modules")
    assert all(classes_of(result, "eee", "radio")), result.basis


def test_a_total_station_titled_alone_reads_a_battery_instrument(classify):
    result = classify("Leica TS07 Total Station 5 inch")
    assert all(classes_of(result, "eee", "battery")), result.basis
    assert not any(classes_of(result, "mains_lv")), result.basis


def test_a_ball_launcher_leaves_its_supply_open(classify):
    result = classify("", category="Sporting Goods > Athletics > Soccer > Soccer Training Aids > Soccer Ball Launchers")
    assert not any(classes_of(result, "mains_lv")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{TREADMILL} > Treadmill Belts",
        f"{TREADMILL} > Treadmill Keys",
        f"{BIKE_PARTS} > Exercise Bike Cushions",
        f"{ASTRONOMY} > Astronomy Puzzles",
        f"{MUSICAL_TOYS} > Xylophones",
        "Sporting Goods > Athletics > Tennis > Tennis Ball Hoppers & Carts",
        "Sporting Goods > Athletics > Track & Field > Track Starting Blocks",
        "Business & Industrial > Piercing & Tattooing > Tattooing Supplies > Tattooing Needles",
    ],
)
def test_a_passive_neighbour_of_an_electrical_leaf_reads_no_eee(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "eee")), result.basis


# --- passive parts under a machine's accessory shelf ------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{MOWER_PARTS} > Lawn Mower Blades",
        f"{MOWER_PARTS} > Lawn Mower Bags",
        f"{MOWER_PARTS} > Lawn Mower Wheels",
        f"{MOWER_PARTS} > Lawn Mower Mulch Kits",
        f"{MOWER_PARTS} > Lawn Mower Pulleys & Idlers > Lawn Mower Idles",
        f"{OPE} Accessories > Leaf Blower Accessories > Leaf Blower Tubes",
        f"{OPE} Accessories > Weed Trimmer Accessories > Weed Trimmer Blades & Spools > Weed Trimmer Spools",
        f"{OPE} Accessories > Tractor Parts & Accessories > Tractor Wheels",
    ],
)
def test_a_part_of_a_garden_machine_reads_no_machine(classify, path):
    result = classify("", category=path)
    assert result.product_type == "spare_part", result.basis
    assert not any(classes_of(result, "eee", "toy")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{OPE} > Lawn Mowers > Walk-Behind Mowers",
        f"{OPE} > Hedge Trimmers",
        f"{OPE} > Leaf Blowers",
        f"{OPE} > Weed Trimmers",
    ],
)
def test_the_garden_machine_itself_keeps_its_eee(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "eee")), result.basis


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Greenworks 40V Cordless Lawn Mower", "garden_power_tool"),
        ("EGO 56V 5.0Ah Battery", "battery_cell"),
    ],
)
def test_a_titled_machine_or_battery_on_the_parts_shelf_reads_itself(classify, title, kind):
    result = classify(title, category=MOWER_PARTS)
    assert result.product_type == kind, result.basis
    assert all(classes_of(result, "battery")), result.basis
