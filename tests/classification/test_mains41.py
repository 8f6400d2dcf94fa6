"""Mains and EEE of a Google or Shopify shelf's typical product, read for the whole tree (mains41, issue 9).

A feed files each product under a path of Google's tree, often with a short title. Shelves whose typical product plugs
into the mains (decanter warmers, spas and saunas, chlorinators, distillers, incubators, drives, pedicure chairs,
hospital beds, tills, digital signs, steam inhalers, hair steamers, aquarium heaters) or is electrical (clocks, light
strings, memory, card terminals, motors, vehicle sensors) now read it by the path alone; passive shelves that read a
powered kind through a leaf word (fridge magnets, carpet and dishwasher cleaners, iron rests, fennel bulbs, freeze
sprays, talking drums, manuals) no longer do, and the look-alikes beside each keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

KITCHEN_PARTS = "Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories"
COFFEE_PARTS = f"{KITCHEN_PARTS} > Coffee Maker & Espresso Machine Accessories"
POOL = "Home & Garden > Pool & Spa"
MONEY = "Business & Industrial > Retail > Money Handling"
FISH = "Animals & Pet Supplies > Pet Supplies > Fish Supplies"
SHOP_FISH = "Animals & Pet Supplies > Pet Supplies > Fish & Aquatic Supplies"
CLEANERS = "Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products"
LOCKS = "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Vehicle Alarms & Locks"
ELECTRICAL = "Hardware > Power & Electrical Supplies"
UMBRELLA_LIGHTS = ("Home & Garden > Lawn & Garden > Outdoor Living > Outdoor Umbrella & Sunshade Accessories > "
                   "Outdoor Umbrella Lights")
SHAMPOOERS = "Home & Garden > Household Appliances > Floor & Steam Cleaners > Carpet Shampooers"


# --- shelves whose typical product plugs into the mains -----------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{COFFEE_PARTS} > Coffee Decanter Warmers",
        "Home & Garden > Lawn & Garden > Watering & Irrigation > Sprinkler Accessories > Sprinkler Controls",
        f"{POOL} > Pool & Spa Accessories > Pool & Spa Chlorine Generators",
        f"{POOL} > Saunas",
        f"{POOL} > Spas",
        "Hardware > Plumbing > Water Dispensing & Filtration > Water Distillers",
        "Business & Industrial > Agriculture > Animal Husbandry > Egg Incubators",
        "Business & Industrial > Automation Control Components > Variable Frequency & Adjustable Speed Drives",
        "Business & Industrial > Hairdressing & Cosmetology > Pedicure Chairs",
        "Business & Industrial > Medical > Medical Furniture > Homecare & Hospital Beds",
        f"{MONEY} > Cash Registers & POS Terminals",
        f"{MONEY} > Cash Registers & POS Terminals > POS Terminals",
        "Business & Industrial > Signage > Digital Signs",
        "Health & Beauty > Health Care > Respiratory Care > Steam Inhalers",
        "Health & Beauty > Personal Care > Hair Care > Hair Steamers & Heat Caps",
        "Electronics > Electronics Accessories > Antenna Accessories > Antenna Rotators",
        "Electronics > Video > Video Editing Hardware & Production Equipment",
        f"{FISH} > Aquarium Temperature Controllers",
        f"{SHOP_FISH} > Aquarium Temperature Controllers > Digital Temperature Controllers",
    ],
)
def test_a_mains_shelf_reads_mains_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("Mr. Coffee Carafe Warmer Plate", f"{COFFEE_PARTS} > Coffee Decanter Warmers"),
        ("Intex PureSpa Bubble Massage Inflatable Hot Tub", f"{POOL} > Spas"),
        ("Hygger Aquarium Heater 100W", f"{SHOP_FISH} > Aquarium Temperature Controllers"),
        ("Aquarium Air Pump Quiet 4W", ""),
    ],
)
def test_a_short_title_on_a_mains_shelf_keeps_the_mains(classify, title, path):
    result = classify(title, category=path)
    assert all(classes_of(result, "mains_lv")), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("Glass Coffee Decanter 12 Cup", f"{COFFEE_PARTS} > Coffee Decanters"),
        ("", "Business & Industrial > Hairdressing & Cosmetology > Salon Chairs"),
        ("", f"{MONEY} > Cash Register & POS Terminal Accessories > Cash Drawers & Trays"),
        ("", "Business & Industrial > Signage > Sidewalk & Yard Signs"),
        ("", f"{POOL} > Pool & Spa Accessories > Pool Skimmers"),
        ("Mug Warmer for Desk", ""),
    ],
)
def test_a_passive_neighbour_of_a_mains_shelf_reads_no_mains(classify, title, path):
    result = classify(title, category=path)
    assert not any(classes_of(result, "mains_lv")), result.basis


# --- shelves whose typical product is electrical, supply left open or on cells --------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "Home & Garden > Decor > Clocks > Desk & Shelf Clocks",
        "Home & Garden > Decor > Flag & Windsock Accessories > Flag & Windsock Pole Lights",
        UMBRELLA_LIGHTS,
        "Home & Garden > Lighting > Light Ropes & Strings",
        "Hardware > Locks & Keys > Key Card Entry Systems",
        f"{ELECTRICAL} > Electrical Motors",
        f"{MONEY} > Cash Register & POS Terminal Accessories > Credit Card Terminals",
        f"{MONEY} > Cash Register & POS Terminal Accessories > Signature Capture Pads",
        "Health & Beauty > Personal Care > Oral Care > Toothbrush Accessories > Toothbrush Sanitizers",
        "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > "
        "Music Stand Accessories > Music Stand Lights",
        "Electronics > Electronics Accessories > Memory > RAM",
        "Electronics > Electronics Accessories > Memory > Flash Memory",
        "Electronics > Video > Video Accessories > Computer Monitor Accessories > Color Calibrators",
        "Electronics > Audio > Audio Accessories > Speaker Accessories > Tactile Transducers",
        "Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > "
        "Camera Replacement Screens & Displays",
        f"{FISH} > Fish Feeders",
        f"{SHOP_FISH} > Fish Feeders",
        "Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers > Automatic Feeders",
        "Baby & Toddler > Nursing & Feeding > Baby Care Timers",
        f"{LOCKS} > Vehicle Immobilizers",
        f"{LOCKS} > Vehicle Door Locks & Parts > Vehicle Door Lock Actuators",
        "Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Sensors & Gauges",
        "Business & Industrial > Film & Television",
    ],
)
def test_an_electrical_shelf_reads_eee_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert all(classes_of(result, "eee")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Home & Garden > Lighting > Light Ropes & Strings",
        UMBRELLA_LIGHTS,
        f"{ELECTRICAL} > Electrical Motors",
        f"{MONEY} > Cash Register & POS Terminal Accessories > Credit Card Terminals",
        f"{FISH} > Fish Feeders",
        "Business & Industrial > Film & Television",
    ],
)
def test_a_shelf_sold_both_ways_leaves_the_mains_open(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "mains_lv")), result.basis
    assert "assumed false" in result.basis["mains_lv"] or "USB" in result.basis["mains_lv"], result.basis


def test_a_card_terminal_shelf_reads_its_contactless_radio(classify):
    result = classify("", category=f"{MONEY} > Cash Register & POS Terminal Accessories > Credit Card Terminals")
    assert all(classes_of(result, "radio")), result.basis


def test_a_desk_clock_shelf_reads_the_clock_and_its_cell(classify):
    result = classify("", category="Home & Garden > Decor > Clocks > Desk & Shelf Clocks")
    assert result.product_type == "clock", result.basis
    assert all(classes_of(result, "battery")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{LOCKS} > Vehicle Steering Wheel Locks",
        "Hardware > Locks & Keys > Locks & Latches",
        "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > Music Stands",
        f"{SHOP_FISH} > Aquarium Filters > Sponge Aquarium Filters",
        f"{SHOP_FISH} > Aquarium Filters > Undergravel Aquarium Filters",
        "Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers > Gravity Feeders",
    ],
)
def test_a_passive_neighbour_of_an_electrical_shelf_reads_no_eee(classify, path):
    result = classify("", category=path)
    assert not any(classes_of(result, "eee")), result.basis


def test_a_sponge_filter_shelf_still_reads_a_titled_air_pump(classify):
    result = classify("Aquarium Air Pump with Sponge Filter",
                      category=f"{SHOP_FISH} > Aquarium Filters > Sponge Aquarium Filters")
    assert all(classes_of(result, "mains_lv")), result.basis


# --- passive shelves that read a powered kind through a leaf word -------------------------------------------------


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("", "Home & Garden > Decor > Refrigerator Magnets"),
        ("Fruit Fridge Magnets Set of 6", "Home & Garden > Decor > Refrigerator Magnets"),
        ("", f"{CLEANERS} > Carpet Cleaners"),
        ("Bissell Pet Stain Carpet Cleaner Formula", f"{CLEANERS} > Carpet Cleaners"),
        ("", f"{CLEANERS} > Dishwasher Cleaners"),
        ("", f"{CLEANERS} > Washing Machine Cleaners"),
        ("", "Home & Garden > Household Supplies > Laundry Supplies > Iron Rests"),
        ("", "Hardware > Building Consumables > Chemicals > Electrical Freeze Sprays"),
        ("", "Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Fresh & Frozen Vegetables > Fennel Bulbs"),
        ("", "Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > Percussion > Hand Percussion > "
             "Hand Drums > Talking Drums"),
        ("Yoruba Talking Drum with Stick", ""),
        ("", "Media > Product Manuals > Power Tool & Equipment Manuals"),
        ("", "Cameras & Optics > Photography > Darkroom > Enlarging Equipment > Darkroom Easels"),
        ("", "Hardware > Tools > Hardware Torches"),
    ],
)
def test_a_passive_shelf_no_longer_reads_a_powered_kind(classify, title, path):
    result = classify(title, category=path)
    assert not any(classes_of(result, "mains_lv", "eee", "battery")), result.basis


def test_a_data_jack_is_no_mains_fitting(classify):
    result = classify("", category=f"{ELECTRICAL} > Phone & Data Jacks")
    assert not any(classes_of(result, "mains_lv")), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("", "Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators"),
        ("Bissell ProHeat Carpet Cleaner", SHAMPOOERS),
        ("", "Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems"),
        ("", "Home & Garden > Lighting > Light Bulbs > LED Light Bulbs"),
        ("", "Home & Garden > Household Appliances > Climate Control Appliances > Heating Radiators"),
        ("", f"{ELECTRICAL} > Power Outlets & Sockets"),
        ("Talking Elmo Plush", ""),
    ],
)
def test_the_powered_look_alike_keeps_its_current(classify, title, path):
    result = classify(title, category=path)
    assert all(classes_of(result, "eee")), result.basis


def test_a_torch_shelf_keeps_the_flashlight_under_flashlights(classify):
    result = classify("", category="Hardware > Tools > Flashlights & Headlamps > Flashlights")
    assert all(classes_of(result, "eee", "battery")), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Food, Beverages & Tobacco > Food Items > Dairy Products > Cream",
        "Food, Beverages & Tobacco > Food Items > Bakery > Taco Shells & Tostadas",
        "Hardware > Building Consumables > Chemicals > Septic Tank & Cesspool Treatments",
        f"{CLEANERS} > Glass & Surface Cleaners > Glass Cleaners",
    ],
)
def test_a_consumables_shelf_reads_its_own_kind(classify, path):
    result = classify("", category=path)
    assert result.product_type in {"food", "cleaning_supplies"}, result.basis
    assert not any(classes_of(result, "toy", "eee")), result.basis


# --- Shopify's own shelves below Google's (path alone) and the titles that name the machine -----------------------

SHOP_KITCHEN = "Home & Garden > Kitchen & Dining"
BIT_SHARPENERS = "Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill Bit Sharpeners"


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("", f"{BIT_SHARPENERS} > Power Sharpeners"),
        ("", f"{SHOP_KITCHEN} > Kitchen Appliances > Knife Sharpeners > Electric Knife Sharpeners"),
        ("Chef'sChoice 15 Trizor XV Electric Knife Sharpener",
         f"{SHOP_KITCHEN} > Kitchen Appliances > Knife Sharpeners > Electric Knife Sharpeners"),
        ("Presto EverSharp Electric Knife Sharpener", ""),
        ("", "Home & Garden > Household Appliance Accessories > Fan Accessories > Lighting System Kits"),
    ],
)
def test_a_shopify_machine_shelf_reads_mains(classify, title, path):
    result = classify(title, category=path)
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("", f"{BIT_SHARPENERS} > Manual Sharpeners"),
        ("", f"{SHOP_KITCHEN} > Kitchen Appliances > Knife Sharpeners > Manual Knife Sharpeners"),
        ("Knife Sharpener 3 Stage", ""),
        ("", f"{SHOP_KITCHEN} > Kitchen Tools & Utensils > Cooking Thermometers > Oven Thermometers"),
    ],
)
def test_the_hand_worked_sibling_reads_no_current(classify, title, path):
    result = classify(title, category=path)
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


def test_a_digital_thermometer_titled_on_the_oven_shelf_keeps_its_cell(classify):
    result = classify("ThermoPro TP16 Digital Meat Thermometer",
                      category=f"{SHOP_KITCHEN} > Kitchen Tools & Utensils > Cooking Thermometers > Oven Thermometers")
    assert all(classes_of(result, "eee", "battery")), result.basis
