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


# (title, path, the classes it must hold): each kind that changes beside the neighbour that must not
CASES = [
    # electric leaves of manual craft shelves, and their manual siblings
    ("", f"{SPINNING} > Electric Spinning Wheels", {"eee": True, "toy": False, "textile": False}),
    ("Electric Eel Wheel Nano 2.0 Portable Spinning Wheel", f"{SPINNING} > Electric Spinning Wheels", {"eee": True}),
    ("", f"{WINDERS} > Electric Winders", {"eee": True, "textile": False}),
    ("", f"{STENCILS} > Electric Stencil Machines", {"eee": True}),
    ("", f"{SPINNING} > Single Drive Spinning Wheels", {"mains_lv": False, "eee": False, "battery": False}),
    ("", f"{WINDERS} > Handheld Winders", {"mains_lv": False, "eee": False, "battery": False}),
    ("", f"{STENCILS} > Manual Stencil Machines", {"mains_lv": False, "eee": False, "battery": False}),
    # a guitar shop's room humidifier is the mains appliance; case and soundhole packs are passive
    ("", f"{GUITAR_HUMIDIFIERS} > Room Humidifiers", {"mains_lv": True, "eee": True}),
    (
        "Levoit Cool Mist Humidifier for Guitar Room 2.5L",
        f"{GUITAR_HUMIDIFIERS} > Room Humidifiers",
        {"mains_lv": True},
    ),
    ("D'Addario Humidipak Two-Way Humidification System", f"{GUITAR_HUMIDIFIERS} > Case Humidifiers", {"eee": False}),
    ("", f"{GUITAR_HUMIDIFIERS} > Soundhole Humidifiers", {"mains_lv": False, "eee": False}),
    # high-power rockets are for certified adults; a water rocket stays a toy
    ("", f"{ROCKETRY} > High-Power Rockets", {"toy": False, "children_12_under": False}),
    ("Estes Pro Series II Ventris High Power Rocket Kit", f"{ROCKETRY} > High-Power Rockets", {"toy": False}),
    ("", f"{ROCKETRY} > Water Rockets", {"toy": True}),
    # battery devices of the weapon and fitness shelves, and their passive neighbours
    ("", f"{WEAPONS} > Weapon Care & Accessories > Weapon Lights", {"eee": True, "battery": True, "mains_lv": False}),
    ("Streamlight TLR-1 HL Weapon Light", f"{WEAPONS} > Weapon Care & Accessories > Weapon Lights", {"battery": True}),
    ("", f"{WEAPONS} > Weapon Care & Accessories > Weapon Slings", {"eee": False, "battery": False}),
    ("", f"{WEAPONS} > Weapons > Stun Guns & Tasers", {"eee": True, "battery": True, "mains_lv": False}),
    ("Stun Gun Holster Nylon Belt Clip", f"{WEAPONS} > Weapons > Stun Guns & Tasers", {"eee": False, "battery": False}),
    ("", f"{SAFETY_LIGHTS} > Sport Safety Lights", {"eee": True, "battery": True}),
    ("Nathan LED Running Light Clip-On", f"{SAFETY_LIGHTS} > Sport Safety Lights", {"eee": True, "battery": True}),
    ("", f"{SAFETY_LIGHTS} > Sport Safety Reflectors", {"eee": False, "battery": False}),
    ("Reflective Ankle Bands 2-Pack", f"{SAFETY_LIGHTS} > Sport Safety Reflectors", {"eee": False}),
    ("", f"{FITNESS} > Stopwatches", {"eee": True, "battery": True, "mains_lv": False}),
    # vibration plates plug in; gym cables, air hockey boards and feet are passive; the table keeps its blower
    ("", f"{FITNESS} > Vibration Exercise Machines", {"mains_lv": True, "eee": True, "battery": False}),
    ("", f"{FITNESS} > Vibration Exercise Machines > Lineal Vibration Exercise Machines", {"mains_lv": True}),
    ("", f"{FITNESS} > Vibration Exercise Machines > Pivotal Vibration Exercise Machines", {"battery": False}),
    ("", f"{BENCH_PARTS} > Cables", {"eee": False}),
    ("Replacement Cable for Home Gym 3/16 inch Steel", f"{BENCH_PARTS} > Cables", {"eee": False}),
    ("", f"{AIR_HOCKEY} > Air Hockey Table Parts > Air Hockey Table Boards", {"mains_lv": False, "eee": False}),
    ("", f"{AIR_HOCKEY} > Air Hockey Table Parts > Air Hockey Table Feet", {"mains_lv": False, "eee": False}),
    ("", f"{AIR_HOCKEY} > Air Hockey Tables", {"mains_lv": True, "eee": True}),
    # suspension "trainers" are straps, not shoes
    ("", f"{FITNESS} > Suspension Trainers", {"textile": False, "apparel": False}),
    ("TRX All-in-One Suspension Trainer", f"{FITNESS} > Suspension Trainers", {"textile": False}),
    ("", "Media > Videos > Digital Downloads", {"eee": False, "mains_lv": False, "battery": False}),
    # thread and fleece cloth are textiles, not garments; the tools that handle yarn are not yarn
    ("", f"{THREAD} > Crochet Thread", {"textile": True, "apparel": False}),
    ("", f"{THREAD} > Upholstery Thread", {"textile": True}),
    ("", f"{FABRIC} > Fleece", {"textile": True, "apparel": False}),
    ("", f"{SWIFTS} > Yarn Swifts", {"textile": False}),
    ("", f"{GUIDES} > Yarn Guides", {"textile": False}),
    ("", f"{CRAFTS} > Art & Crafting Materials > Crafting Fibers > Yarn", {"textile": True}),
    # a view camera and a solar telescope need no current; an SLR keeps the camera's reading
    ("", f"{FILM_CAMERAS} > Large Format Film Cameras", {"eee": False, "battery": False}),
    ("", f"{FILM_CAMERAS} > SLR Film Cameras", {"eee": True, "battery": True}),
    ("", f"{TELESCOPES} > Solar Telescopes", {"eee": False}),
    # a film drying cabinet plugs in; the print tongs beside it do not
    ("", f"{DARKROOM} > Film Dryers", {"mains_lv": True, "eee": True}),
    ("", f"{DARKROOM} > Print Tongs", {"mains_lv": False, "eee": False}),
]


@pytest.mark.parametrize(("title", "path", "expected"), CASES, ids=[c[1].rsplit(" > ", 1)[-1] for c in CASES])
def test_shelf_reads_its_typical_product(classify, title, path, expected):
    result = classify(title, category=path)
    names = tuple(expected)
    assert classes_of(result, *names) == tuple(expected.values()), result.basis


# (path, the type a leaf word gave it before): type only, no class at stake
WRONG_TYPES = [
    (f"{HOOPS}", "eyewear"),
    (f"{HOOPS} > Canvas Stretchers", "eyewear"),
    (f"{HOOPS} > Quilting Frames", "eyewear"),
    (f"{BENCH_PARTS} > Cables", "cable"),
    (f"{FITNESS} > Suspension Trainers", "shoes"),
    ("Health & Beauty > Personal Care > Cotton Balls", "sports_ball"),
    (f"{COSMETICS} > Makeup > Face Makeup > Highlighters & Luminizers", "pen"),
    (f"{COSMETICS} > Skin Care > Skin Care Masks & Peels", "costume_accessory"),
    ("Health & Beauty > Health Care > Bed Pans", "cookware"),
]


@pytest.mark.parametrize(("path", "wrong"), WRONG_TYPES)
def test_leaf_reads_its_own_kind(classify, path, wrong):
    assert classify("", category=path).product_type != wrong
