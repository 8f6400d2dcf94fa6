"""Shopify's own leaves in the regulated branches, read path by path (shop46, issue 9).

Shopify's Standard Product Taxonomy names leaves Google's does not: welders, MIG torches, screw guns, aneroid
barometers, EV battery packs, a car's tail lights, bicycle cadence sensors, aquarium air diffusers, pet clipper
blades. Read alone, several read another kind (a MIG torch a flashlight, a tail light a bicycle's battery lamp, a
car battery an electrical part with no battery, a Smart Switch on the networking shelf a Wi-Fi plug) or miss the supply
their typical product has (welders the mains). `rules/shopify_product_categories.yaml` now lists them; where a leaf word
names another kind, the entry's domain vetoes it, so a title repeating that word keeps the shelf's kind. The siblings
beside each keep their reading. The Chinese path of each entry (Shopify's zh-CN tree) reads the same way.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import assert_reads as _reads
from tests.classification.shelves import classes_of

TOOLS = "Hardware > Tools"
MEASURING = f"{TOOLS} > Measuring Tools & Sensors"
DRIVERS = f"{TOOLS} > Impact Wrenches & Drivers"
WELDING = f"{TOOLS} > Welding Guns & Plasma Cutters"
SWITCHES = "Electronics > Networking > Hubs & Switches"
EV = "Vehicles & Parts > Vehicle Parts & Accessories > Electric Vehicle (EV) Parts & Accessories"
CAR_PARTS = "Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts"
BIKE_COMPUTER = ("Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories > "
                 "Bicycle Computer Accessories")
FISH = "Animals & Pet Supplies > Pet Supplies > Fish & Aquatic Supplies"
LEASHES = "Baby & Toddler > Baby Safety > Baby Safety Harnesses & Leashes"
CARRIER = "Baby & Toddler > Baby Transport Accessories > Baby Carrier Accessories"
CLIPPERS = "Animals & Pet Supplies > Pet Supplies > Pet Grooming Supplies > Pet Hair Clippers & Trimmers"


# --- each new entry, by the path alone, with the leaf as title and with a real title ------------------------------


@pytest.mark.parametrize(
    "title, path, product_type, classes",
    [
        # hardware: a torch of a welder, the welders themselves, power drivers, mixers and cutters, a hand auger,
        # drill guides and jigs with no motor, a mixer shower with no heater
        ("", f"{WELDING} > MIG Torches", "spare_part", ""),
        ("TIG Torches", f"{WELDING} > TIG Torches", "spare_part", ""),
        ("Binzel MB15 MIG Torch 3m Euro Connector", f"{WELDING} > MIG Torches", "spare_part", ""),
        ("", f"{TOOLS} > Welders > MIG Welders", "welding_machine", "mains_lv,eee"),
        ("Lincoln Electric 140A TIG Welder", f"{TOOLS} > Welders > TIG Welders", "welding_machine", "mains_lv,eee"),
        ("", f"{DRIVERS} > Power Screwdrivers", "power_tool", "mains_lv,eee"),
        ("Bosch GO Cordless Power Screwdriver 3.6V", f"{DRIVERS} > Power Screwdrivers", "power_tool",
         "mains_lv,eee,battery"),
        ("DeWalt Drywall Screw Gun 540W", f"{DRIVERS} > Screw Guns", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Masonry Tools > Cement Mixers > Handheld Cement Mixers", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Cutters > Rebar Cutters > Power Rebar Cutters", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Cutters > Tile & Shingle Cutters > Power Cutters", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Deburrers > Power Deburrers", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Pipe & Tube Cleaners > Power Cleaners", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Paint Tools > Paint Shakers > Power Shakers", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Drills > Augers > Hand Augers", "hand_tool", ""),
        ("Wolfcraft Drill Guide Attachment", "Hardware > Tool Accessories > Drill & Screwdriver Accessories > "
         "Drill Stands & Guides > Drill Guides", "spare_part", ""),
        ("Kreg Pocket Hole Jig 720", "Hardware > Tool Accessories > Jigs > Drill Jigs", "hardware", ""),
        ("Mira Agile EV Thermostatic Mixer Shower", "Hardware > Plumbing > Plumbing Fixture Hardware & Parts > "
         "Shower Parts > Electric & Power Showers > Mixer Showers", "plumbing_fixture", ""),
        # measuring: mechanical barometers and scales, pH strips; digital barometers and breaker finders on cells
        ("", f"{MEASURING} > Barometers > Aneroid Barometers", "hardware", ""),
        ("Mercury Barometers", f"{MEASURING} > Barometers > Mercury Barometers", "hardware", ""),
        ("", f"{MEASURING} > Barometers > Digital Barometers", "multimeter", "eee,battery"),
        ("", f"{MEASURING} > Measuring Scales > Mechanical Scales", "hardware", ""),
        ("", f"{MEASURING} > PH Meters > Test Strips", "hardware", ""),
        ("", f"{MEASURING} > Probes & Finders > Circuit Finders", "multimeter", "eee,battery"),
        # electronics: a board's case, a FireWire cable, network switches named modular and smart
        ("", "Electronics > Circuit Boards & Components > Circuit Board Accessories > Circuit Board Protective Cases",
         "case_generic", ""),
        ("", "Electronics > Electronics Accessories > Cables > Storage & Data Transfer Cables > FireWire Cables",
         "cable", "eee"),
        ("", f"{SWITCHES} > Smart Switches", "network_switch", "mains_lv,eee"),
        ("TP-Link TL-SG108E 8-Port Gigabit Easy Smart Switch", f"{SWITCHES} > Smart Switches", "network_switch",
         "mains_lv,eee"),
        ("Cisco Catalyst 9400 Modular Switch", f"{SWITCHES} > Modular Switches", "network_switch", "mains_lv,eee"),
        # vehicles: batteries are batteries, a car's tail light is wired, an EV cable bag is a bag
        ("", f"{CAR_PARTS} > Motor Vehicle Power & Electrical Systems > Batteries", "vehicle_battery", "battery"),
        ("Optima RedTop 34 Car Battery 12V", f"{CAR_PARTS} > Motor Vehicle Power & Electrical Systems > Batteries",
         "vehicle_battery", "battery"),
        ("", f"{EV} > Electric Vehicle Batteries", "vehicle_battery", "battery"),
        ("", f"{CAR_PARTS} > Motor Vehicle Lighting > Tail Lights", "vehicle_lighting", "eee"),
        ("LED Tail Light Assembly for Ford F-150 2015-2017", f"{CAR_PARTS} > Motor Vehicle Lighting > Tail Lights",
         "vehicle_lighting", "eee"),
        ("", f"{EV} > Protective Cases > Charging Cable Cases", "case_generic", ""),
        # home and garden: compactor bags, the passive accessories of an electric skillet
        ("", "Home & Garden > Household Supplies > Trash Compactor Accessories > Trash Compactor Bags",
         "storage_organisation", ""),
        ("", "Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Electric Skillet & Wok Accessories > "
             "Glass Lids", "cookware", ""),
        # sporting goods
        ("", "Sporting Goods > Athletics > Coaching & Officiating > Scoreboards > Electronic Scoreboards",
         "game_accessory", "eee"),
        ("", "Sporting Goods > Athletics > Cricket > Cricket Training Aids > Cricket Bowling Machines",
         "sports_equipment", "eee"),
        ("Soccer Ball Launchers", "Sporting Goods > Athletics > Soccer > Soccer Training Aids > Soccer Ball Launchers",
         "sports_equipment", "eee"),
        ("", "Sporting Goods > Fitness & General Exercise Equipment > Cardio > Cardio Machine Accessories & Parts > "
             "Treadmill Accessories & Parts > Treadmill Wifi Modules", "spare_part", "radio,eee"),
        ("", "Sporting Goods > Indoor Games > Air Hockey > Air Hockey Table Parts > Air Hockey Table Cables",
         "cable", "eee"),
        ("Bicycle Computer Batteries", f"{BIKE_COMPUTER} > Bicycle Computer Batteries", "battery_cell", "battery"),
        ("Wahoo RPM Cadence Sensor", f"{BIKE_COMPUTER} > Bicycle Computer Cadence Sensors", "smart_sensor",
         "radio,eee,battery"),
        ("", f"{BIKE_COMPUTER} > Bicycle Computer Transmitters", "smart_sensor", "radio,eee,battery"),
        # baby: a child's leash, a carrier's belt extension
        ("", f"{LEASHES} > Leashes", "child_harness", "children_12_under"),
        ("Toddler Anti-Lost Wrist Leash 1.5m", f"{LEASHES} > Leashes", "child_harness", "children_12_under"),
        ("", f"{CARRIER} > Baby Carrier Waistband Extenders", "baby_gear", "children_12_under"),
        # pets: an aquarium air diffuser and gravel siphon, a gravity waterer, clipper blades
        ("", f"{FISH} > Aquarium Air Stones & Diffusers > Air Diffusers", "pet_supplies", ""),
        ("", f"{FISH} > Aquarium Cleaning Supplies > Gravel Vacuums", "cleaning_supplies", ""),
        ("", "Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers > Water Dispensers",
         "pet_supplies", ""),
        ("Andis UltraEdge Detachable Clipper Blade Size 10", f"{CLIPPERS} > Clipper Blades", "spare_part", ""),
        ("Shears & Scissors", f"{CLIPPERS} > Shears & Scissors", "grooming_tool", ""),
        ("", f"{CLIPPERS} > Blade Sharpeners", "hand_tool", ""),
    ],
)
def test_a_shopify_leaf_reads_its_typical_product(classify, title, path, product_type, classes):
    _reads(classify(title, category=path), product_type, classes)


# --- the neighbours keep their reading -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, path, product_type, classes",
    [
        ("", f"{WELDING} > Plasma Cutters", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Drills > Augers > Power Augers", "power_tool", "mains_lv,eee"),
        ("", "Hardware > Tool Accessories > Jigs > Router Jigs", "hardware", ""),
        ("", "Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Shower Parts > Electric & Power Showers > "
             "Power Showers", "heater", "mains_lv,eee"),
        ("", f"{DRIVERS} > Impact Drivers", "power_tool", "mains_lv,eee"),
        ("", f"{TOOLS} > Cutters > Rebar Cutters > Manual Rebar Cutters", "tool", ""),
        ("", f"{MEASURING} > Measuring Scales > Digital Scales", "health_monitor", "eee,battery"),
        ("", f"{MEASURING} > PH Meters > Digital pH Meters", "multimeter", "eee,battery"),
        # gtax47: a stud finder is mostly the electronic kind (the magnetic one says so)
        ("", f"{MEASURING} > Probes & Finders > Stud Finders", "multimeter", "eee,battery"),
        ("", f"{SWITCHES} > Managed Switches", "network_switch", "mains_lv,eee"),
        ("", "Electronics > Electronics Accessories > Cables > Storage & Data Transfer Cables > USB Cables",
         "charging_cable", "eee"),
        # s84: the vehicle's current-using parts have a kind of their own (vehicle_electrical_part, same classes)
        ("", f"{CAR_PARTS} > Motor Vehicle Power & Electrical Systems > Alternators", "vehicle_electrical_part", "eee"),
        ("", f"{CAR_PARTS} > Motor Vehicle Lighting > Headlights", "vehicle_lighting", "eee"),
        ("", f"{EV} > Charging Cables", "vehicle_part", "eee"),
        ("", f"{BIKE_COMPUTER} > Bicycle Computer Mounts", "bike_accessory", ""),
        ("", "Sporting Goods > Athletics > Coaching & Officiating > Scoreboards > Manual Scoreboards",
         "game_accessory", ""),
        ("", "Sporting Goods > Fitness & General Exercise Equipment > Cardio > Cardio Machine Accessories & Parts > "
             "Treadmill Accessories & Parts > Treadmill Bluetooth Modules", "spare_part", "radio,eee"),
        ("", f"{FISH} > Aquarium Filters > Internal Aquarium Filters", "garden_pump", "mains_lv,eee"),
        ("", f"{FISH} > Aquarium Air Stones & Diffusers > Disc Air Stones", "pet_supplies", ""),
        ("", "Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers > Water Fountains",
         "water_fountain", "mains_lv,eee"),
        ("", f"{CLIPPERS} > Clippers", "shaver", "mains_lv,eee,battery"),
        ("", f"{LEASHES} > Harnesses", "child_harness", "children_12_under"),
        ("", "Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Skillets & Woks > Electric Woks",
         "cooker", "mains_lv,eee"),
    ],
)
def test_the_neighbours_keep_their_reading(classify, title, path, product_type, classes):
    _reads(classify(title, category=path), product_type, classes)


# --- an electrical word in the title still speaks on a passive shelf --------------------------------------------


def test_an_electric_gravel_cleaner_keeps_its_eee(classify):
    result = classify("Electric Aquarium Gravel Cleaner 6-in-1 Automatic",
                      category=f"{FISH} > Aquarium Cleaning Supplies > Gravel Vacuums")
    assert classes_of(result, "eee", "mains_lv") == (True, False), result.basis


# --- the Chinese paths (Shopify's zh-CN tree) read through the same entries -----------------------------------------


@pytest.mark.parametrize(
    "path, product_type, classes",
    [
        ("五金/硬件 > 工具 > 焊枪/等离子切割机 > MIG 焊枪", "spare_part", ""),
        ("五金/硬件 > 工具 > 焊接机", "power_tool", "mains_lv,eee"),
        ("五金/硬件 > 工具 > 钻机 > 螺旋钻 > 手提螺旋钻", "hand_tool", ""),
        ("五金/硬件 > 工具 > 冲击扳手/起子 > 螺丝枪", "power_tool", "mains_lv,eee"),
        ("五金/硬件 > 工具 > 测量工具与传感器 > 气压表 > 数字气压表", "multimeter", "eee,battery"),
        ("五金/硬件 > 工具 > 测量工具与传感器 > 秤 > 机械秤", "hardware", ""),
        ("交通工具/汽车/飞机/船舶 > 交通工具零配件 > 电动汽车 (EV) 零件和配件 > 电动车电池", "vehicle_battery",
         "battery"),
        ("交通工具/汽车/飞机/船舶 > 交通工具零配件 > 机动车零部件 > 汽车照明系统 > 尾灯", "vehicle_lighting", "eee"),
        ("体育用品 > 户外休闲 > 自行车用品 > 自行车配件 > 自行车码表配件 > 自行车码表踏频传感器", "smart_sensor",
         "radio,eee,battery"),
        ("动物/宠物用品 > 宠物用品 > 宠物碗/喂食机/饮水器 > 饮水机", "pet_supplies", ""),
        ("动物/宠物用品 > 宠物用品 > 宠物美容用品 > 宠物理毛器/剪毛器 > 理毛器刀片", "spare_part", ""),
    ],
)
def test_the_chinese_path_reads_the_same(classify, path, product_type, classes):
    _reads(classify("", category=path), product_type, classes)
