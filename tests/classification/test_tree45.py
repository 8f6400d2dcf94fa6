"""The regulated branches of the Google tree read path by path (tree45, issue 9).

Google Shopping feeds and many Shopify stores file products under Google product taxonomy paths, and a path read
wrong misreads every product a store files under it. Every path of the branches where regulated products live was
read alone and judged as the typical product a shop files there. The shelves that read the wrong kind (phone tripods
read a smartphone, tablet stands a tablet, travel plug adapters a signal adapter, CFLs a lamp, data cables a storage
box, tackling dummies a baby's dummy, electric ride-ons a toy model) now read their kind; the shelves whose typical
product plugs in or runs on cells but read the supply "assumed false" now say so (docking stations, drive docks,
arrays and duplicators, racing wheels, boomboxes, home alarm kits, studio lights, tattoo machines, watch winders,
tennis ball machines, electric ride-ons; book, music-stand and umbrella lights, dummy cameras and smart pens on
cells), and barcode scanners, powered over USB, no longer read the document scanner's mains. Their
siblings that differ keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

ACCESSORIES = "Electronics > Electronics Accessories"
COMPUTER_ACCESSORIES = f"{ACCESSORIES} > Computer Accessories"
STORAGE = f"{ACCESSORIES} > Computer Components > Storage Devices"
INPUT = f"{ACCESSORIES} > Computer Components > Input Devices"
SECURITY = "Home & Garden > Business & Home Security"
RIDING = "Toys & Games > Toys > Riding Toys"
STUDIO = "Cameras & Optics > Photography > Lighting & Studio"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{ACCESSORIES} > Mobile Phone & Tablet Tripods & Monopods", "selfie_stick"),
        (f"{COMPUTER_ACCESSORIES} > Tablet Computer Docks & Stands", "phone_holder"),
        (f"{ACCESSORIES} > Cables > Storage & Data Transfer Cables", "cable"),
        (f"{ACCESSORIES} > Cable Management > Cable Trays", "storage_organisation"),
        (f"{ACCESSORIES} > Power > Travel Converters & Adapters", "travel_adapter"),
        ("Home & Garden > Lighting > Light Bulbs > Compact Fluorescent Lamps", "light_bulb"),
        ("Sporting Goods > Athletics > Figure Skating & Hockey > Ice Skate Parts & Accessories > Ice Skate Sharpeners",
         "sports_equipment"),
        ("Sporting Goods > Athletics > American Football > American Football Training Equipment > "
         "American Football Dummies & Sleds", "sports_equipment"),
        ("Home & Garden > Household Supplies > Laundry Supplies > Dry Cleaning Kits", "cleaning_supplies"),
        (f"{RIDING} > Electric Riding Vehicles", "ride_on"),
    ],
)
def test_a_shelf_read_as_another_kind_reads_its_own(classify, path, kind):
    result = classify("", category=path)
    assert result.established and result.product_type == kind, result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{ACCESSORIES} > Mobile Phone & Tablet Tripods & Monopods",
        f"{COMPUTER_ACCESSORIES} > Tablet Computer Docks & Stands",
        "Sporting Goods > Athletics > American Football > American Football Training Equipment > "
        "American Football Dummies & Sleds",
    ],
)
def test_stands_tripods_and_tackling_dummies_carry_no_device_or_childrens_classes(classify, path):
    result = classify("", category=path)
    assert classes_of(result, "radio", "mains_lv", "battery", "children_12_under") == (False, False, False, False)


@pytest.mark.parametrize(
    "path",
    [
        f"{COMPUTER_ACCESSORIES} > Laptop Docking Stations",
        f"{STORAGE} > Hard Drive Accessories > Hard Drive Docks",
        f"{STORAGE} > Hard Drive Arrays",
        f"{STORAGE} > Disk Duplicators",
        f"{STORAGE} > Disk Duplicators > CD/DVD Duplicators",
        f"{STORAGE} > Disk Duplicators > Hard Drive Duplicators",
        f"{INPUT} > Game Controllers > Game Racing Wheels",
        f"{ACCESSORIES} > Power > Travel Converters & Adapters",
        "Electronics > Audio > Audio Players & Recorders > Boomboxes",
        f"{SECURITY} > Home Alarm Systems",
        f"{STUDIO} > Studio Lights & Flashes",
        "Business & Industrial > Piercing & Tattooing > Tattooing Supplies > Tattooing Machines",
        "Apparel & Accessories > Jewelry > Watch Accessories > Watch Winders",
        "Sporting Goods > Athletics > Tennis > Tennis Ball Machines",
        f"{RIDING} > Electric Riding Vehicles",
    ],
)
def test_a_shelf_whose_typical_product_plugs_in_or_ships_with_its_adapter_reads_mains(classify, path):
    result = classify("", category=path)
    assert classes_of(result, "mains_lv", "eee") == (True, True), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Office Supplies > Book Accessories > Book Lights",
        "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > "
        "Music Stand Accessories > Music Stand Lights",
        "Home & Garden > Lawn & Garden > Outdoor Living > Outdoor Umbrella & Sunshade Accessories > "
        "Outdoor Umbrella Lights",
        f"{SECURITY} > Dummy Surveillance Cameras",
        f"{INPUT} > Digital Note Taking Pens",
        f"{RIDING} > Electric Riding Vehicles",
    ],
)
def test_a_shelf_whose_typical_product_runs_on_cells_reads_battery(classify, path):
    result = classify("", category=path)
    assert classes_of(result, "battery", "eee") == (True, True), result.basis


def test_a_bare_id_reads_through_the_entry(classify):
    # 4941 is Book Lights; its entry named a path the taxonomy does not have, so the path read no battery
    result = classify("", category="4941")
    assert classes_of(result, "battery") == (True,), result.basis
    assert classes_of(classify("", category="2753"), "mains_lv", "battery") == (True, True)


def test_barcode_scanners_are_powered_over_usb_not_from_the_mains(classify):
    path = f"{INPUT} > Barcode Scanners"
    assert classes_of(classify("", category=path), "mains_lv", "eee") == (False, True)
    result = classify("Zebra Symbol LS2208 Handheld Barcode Scanner with USB Cable", category=path)
    assert classes_of(result, "mains_lv") == (False,), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("Logitech G29 Driving Force Racing Wheel and Floor Pedals for PS5, PS4 and PC",
         f"{INPUT} > Game Controllers > Game Racing Wheels"),
        ("Thrustmaster T248 Racing Wheel and Magnetic Pedals", f"{INPUT} > Game Controllers > Game Racing Wheels"),
        ("罗技 G29 力反馈游戏方向盘", f"{INPUT} > Game Controllers > Game Racing Wheels"),
        ("Anker 563 USB-C Docking Station (10-in-1, Dual 4K HDMI)",
         f"{COMPUTER_ACCESSORIES} > Laptop Docking Stations"),
        ("Sabrent Dual Bay Hard Drive Dock with Offline Clone",
         f"{STORAGE} > Hard Drive Accessories > Hard Drive Docks"),
        ("Sony CFD-S70 CD Radio Cassette Boombox", "Electronics > Audio > Audio Players & Recorders > Boomboxes"),
        ("Ring Alarm 5-piece kit (2nd Gen) home security system", f"{SECURITY} > Home Alarm Systems"),
        ("Neewer 2-Pack 660 LED Video Light and Stand Lighting Kit", f"{STUDIO} > Studio Lights & Flashes"),
        ("Godox SL60W LED Video Light 5600K", f"{STUDIO} > Studio Lights & Flashes"),
        ("Wolf Heritage Single Watch Winder with Cover",
         "Apparel & Accessories > Jewelry > Watch Accessories > Watch Winders"),
        ("Lobster Sports Elite Two Tennis Ball Machine", "Sporting Goods > Athletics > Tennis > Tennis Ball Machines"),
        ("Costzon 12V Kids Ride On Car with Parent Remote Control", f"{RIDING} > Electric Riding Vehicles"),
        ("儿童电动车 四轮 可坐人", f"{RIDING} > Electric Riding Vehicles"),
        ("Ceptics Universal Travel Adapter Plug Type G", f"{ACCESSORIES} > Power > Travel Converters & Adapters"),
    ],
)
def test_a_title_on_the_shelf_keeps_the_shelfs_mains(classify, title, path):
    result = classify(title, category=path)
    assert classes_of(result, "mains_lv") == (True,), (result.product_type, result.basis)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # siblings that plug in stay mains, those that do not stay without it
        (f"{INPUT} > Game Controllers > Gaming Pads", (False,)),
        (f"{INPUT} > Game Controllers > Joystick Controllers", (False,)),
        (f"{STORAGE} > Hard Drives", (False,)),
        (f"{STORAGE} > USB Flash Drives", (False,)),
        (f"{STORAGE} > Network Storage Systems", (True,)),
        (f"{ACCESSORIES} > Adapters > USB Adapters", (False,)),
        (f"{ACCESSORIES} > Adapters > Audio & Video Cable Adapters & Couplers", (False,)),
        ("Electronics > Print, Copy, Scan & Fax > Scanners", (True,)),
        ("Electronics > Audio > Audio Players & Recorders > Radios", (False,)),
        (f"{SECURITY} > Security System Sensors", (False,)),
        (f"{SECURITY} > Dummy Surveillance Cameras", (False,)),
        ("Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Flashes", (False,)),
        (f"{RIDING} > Push & Pedal Riding Vehicles", (False,)),
        ("Sporting Goods > Athletics > Baseball & Softball > Pitching Machines", (False,)),
        ("Home & Garden > Lighting > Light Bulbs > LED Light Bulbs", (True,)),
    ],
)
def test_the_look_alike_shelves_keep_their_mains(classify, path, expected):
    result = classify("", category=path)
    assert classes_of(result, "mains_lv") == expected, result.basis


@pytest.mark.parametrize(
    ("title", "path", "kind"),
    [
        # a product the title names that is not the shelf's kind still reads as itself
        ("Ride On Car Replacement Battery 12V 7Ah", f"{RIDING} > Electric Riding Vehicles", "battery_pack"),
        ("Epson WorkForce ES-400 II Color Duplex Desktop Document Scanner", "", "scanner"),
        ("Fisher-Price Little People Push & Pedal Ride-On", f"{RIDING} > Push & Pedal Riding Vehicles", None),
    ],
)
def test_titles_beside_the_changed_shelves(classify, title, path, kind):
    result = classify(title, category=path)
    if kind is not None:
        assert result.product_type == kind
    if kind == "scanner":
        assert classes_of(result, "mains_lv") == (True,)
    else:
        assert classes_of(result, "mains_lv") == (False,), result.basis


def test_push_ride_ons_stay_without_a_motor(classify):
    result = classify("", category=f"{RIDING} > Push & Pedal Riding Vehicles")
    assert classes_of(result, "eee", "battery") == (False, False)


OUTDOOR_POWER = "Home & Garden > Lawn & Garden > Outdoor Power Equipment"


@pytest.mark.parametrize(
    "path",
    [
        OUTDOOR_POWER,
        f"{OUTDOOR_POWER} > Hedge Trimmers",
        f"{OUTDOOR_POWER} > Leaf Blowers",
        f"{OUTDOOR_POWER} > Weed Trimmers",
        f"{OUTDOOR_POWER} > Lawn Mowers > Walk-Behind Mowers",
    ],
)
def test_a_garden_power_tool_shelf_leaves_its_supply_open(classify, path):
    # petrol, corded and cordless models share every shelf: the supply is reviewed, not assumed absent
    result = classify("", category=path)
    assert {"mains_lv", "battery"} <= set(result.open), result.basis


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Greenworks 40V Cordless Hedge Trimmer", (False, True)),
        ("Black+Decker 20V MAX Cordless String Trimmer, Tool Only", (False, True)),
        ("Honda HRN216 Petrol Lawn Mower", (False, False)),
        ("Husqvarna 125B Gas Leaf Blower", (False, False)),
        ("Bosch ART 24 Corded Electric Grass Trimmer", (True, False)),
    ],
)
def test_a_garden_power_tool_title_that_names_its_supply_decides_it(classify, title, expected):
    result = classify(title)
    assert result.product_type == "garden_power_tool"
    assert classes_of(result, "mains_lv", "battery") == expected, result.basis
    assert "mains_lv" not in result.open


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("Animals & Pet Supplies > Live Animals", "pet_supplies"),
        ("Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Diapers", "pet_supplies"),
        ("Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Diaper Pads & Liners", "pet_supplies"),
        ("Animals & Pet Supplies > Pet Supplies > Pet Playpens", "pet_supplies"),
        ("Animals & Pet Supplies > Pet Supplies > Pet Strollers", "pet_supplies"),
        ("Business & Industrial > Medical > Medical Supplies > Finger Cots", "health_care"),
        ("Hardware > Building Consumables > Masonry Consumables > Bricks & Concrete Blocks", "hardware"),
        ("Hardware > Hardware Accessories > Wall Jacks & Braces", "hardware"),
        ("Hardware > Hardware Accessories > Chain, Wire & Rope > Tie Down Straps", "hardware"),
        ("Media > Product Manuals > Vehicle Service Manuals", "book"),
        ("Media > Product Manuals > Exercise & Fitness Equipment Manuals", "book"),
        ("Mature > Erotic > Erotic Games", "game"),
    ],
)
def test_a_shelf_outside_the_toy_and_baby_branches_is_no_toy_or_childrens_product(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind, result.basis
    assert classes_of(result, "toy", "children_12_under") == (False, False), result.basis


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # the toy and baby shelves beside them keep their reading
        ("Toys & Games > Toys > Building Toys > Construction Set Toys", (True, True)),
        ("Baby & Toddler > Baby Transport > Baby Strollers", (False, True)),
        ("Baby & Toddler > Diapering > Diapers", (False, True)),
        ("Arts & Entertainment > Party & Celebration > Party Supplies > Party Games", (True, False)),
    ],
)
def test_the_toy_and_baby_shelves_keep_their_classes(classify, path, expected):
    result = classify("", category=path)
    assert classes_of(result, "toy", "children_12_under") == expected, result.basis
