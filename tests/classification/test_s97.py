"""Stop 97 (issue 9): what a Walmart.com catalog of 2019 and Amazon US 2023 showed. A toothbrush that runs on an AA
cell has no charging base; the phone makers of South and South-East Asia name their phones by maker and range alone
("OPPO A60", "Infinix Hot 40i"); Walmart's "Medicine Cabinet > Braces & Supports" shelf is health care, no furniture;
an RC car's "hop-ups" are no UPS; a pet shop's food and small animals' shelves are pet supplies; a chemical insect
killer has no current; a wireless microphone's bodypack transmitter is radio equipment on cells. Both ways each time:
the rechargeable toothbrush, the accessories and parts named after the new phone ranges, a bathroom's medicine
cabinet, a real UPS, a toy shop's small animals, a bug zapper and a wired microphone keep theirs."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", [
    "Oral-B Kids Battery Toothbrush featuring Disney Frozen, Soft Bristles",
    "Colgate 360 Sonic Battery Powered Toothbrush",
    "Spinbrush Pro Clean, Battery Toothbrush for Adults, Soft Bristles, Batteries Included",
    "Brosse à dents à piles Oral-B Kids",
    # the maker's name first is no hammer
    "Arm & Hammer - Spinbrush Pro Clean Soft Battery-Powered Toothbrush - Purple",
])
def test_a_toothbrush_on_an_aa_cell_has_no_charging_base(classify, title):
    result = classify(title)
    assert result.product_type == "battery_toothbrush"
    assert result.classes["mains_lv"] is False
    assert result.classes["battery"] is True
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", [
    "Oral-B Vitality Rechargeable Battery Toothbrush",
    "Oral-B Pro 1000 Rechargeable Electric Toothbrush",
    "Arm & Hammer - Spinbrush Pro Clean Sonic Rechargeable Toothbrush - Red",
])
def test_a_rechargeable_toothbrush_keeps_its_mains_base(classify, title):
    result = classify(title)
    assert result.product_type == "electric_toothbrush"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "OPPO A60 - Original OPPO Malaysia",
    "realme C67 (8+128GB)",
    "Infinix Hot 40i 8GB+256GB",
    "Tecno Spark 20 Pro",
    "VIVO Y100 5G - Original VIVO Malaysia",
    "nokia c2 05 sim free pink",
    "HONOR X9b 5G - Original HONOR Malaysia",
    "Xiaomi 13T Pro 12GB 512GB",
])
def test_a_phone_named_by_its_maker_and_range_alone_is_a_phone(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone"
    assert result.classes["radio"] is True
    assert result.classes["battery"] is True


@pytest.mark.parametrize("title", [
    "OPPO A60 Case Shockproof",
    "Realme C67 Tempered Glass",
    "Oppo F11 Pro LCD Combo",
    "Tecno Spark 7 Panel",
    "OPPO A5s Charging Jack Board",
    "Softcase Infinix Hot 40i",
    "Funda vivo Y28 Silicona",
    "Xiaomi 14 Ultra Photography Kit",
    "realme Buds T300",
    "OPPO A60 Battery BLP 123",
])
def test_what_is_named_after_those_phones_is_no_phone(classify, title):
    assert classify(title).product_type != "smartphone"


@pytest.mark.parametrize("title", ["realme Pad 2 Wi-Fi 8GB 256GB", "OPPO Pad Air 128GB"])
def test_those_makers_tablets_are_tablets(classify, title):
    assert classify(title).product_type == "tablet"


@pytest.mark.parametrize(("title", "kind", "textile"), [
    ("comfortable Flex-Knee Support Brace for Maximum Pain Relief and Stability", "health_care", False),
    ("Drive Medical VerteWrap LSO Back Brace, Extra Small", "health_care", False),
    ("Access Womens 15-20 mmHg Open Toe Knee High Compression Stockings, Crispa - Large Long", "socks", True),
])
def test_a_braces_and_supports_shelf_is_health_care_not_furniture(classify, title, kind, textile):
    result = classify(title, category="Health > Medicine Cabinet > Braces & Supports")
    assert result.product_type == kind
    assert result.classes["textile"] is textile


def test_a_medicine_cabinet_on_a_bathroom_shelf_stays_furniture(classify):
    result = classify("Kleankin Wall Mounted Medicine Cabinet with Mirror",
                      category="Home > Bath > Bathroom Furniture > Medicine Cabinets")
    assert result.product_type == "furniture"


@pytest.mark.parametrize("title", [
    "Integy RC Toy Model Hop-ups C23494BLACK Complete Billet Type II Rear Axle for AX10",
    "Traxxas Slash Hop-Ups Aluminum Caster Blocks",
])
def test_an_rc_car_s_hop_ups_are_no_ups(classify, title):
    result = classify(title)
    assert result.product_type != "ups"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", ["APC Back-UPS 600VA UPS Battery Backup", "CyberPower CP1500 UPS"])
def test_a_real_ups_is_still_one(classify, title):
    result = classify(title)
    assert result.product_type == "ups"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize(("title", "category"), [
    ("Vitakraft Menu Care Complex Rabbit Food 5 lbs - Pack of 3", "Pets > Small Animals > Rabbit Supplies"),
    ("Habitrail Playground Loft", "Pets > Small Animals > Hamster"),
    ("Kaytee Forti-Diet Pro Health Seed-Based Blend Parakeet Bird Food, 5 lb", ""),
    ("Tetra Pro Fish Food, Tropical Color Crisps With Color Enhancers", ""),
    ("JW Pet Company Activitoys Hol-ee Roller Parrot Toy, 4 Inch Diameter", "Pet Bird Supplies"),
])
def test_a_pet_shop_s_food_and_small_animals_are_pet_supplies(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "pet_supplies"
    assert result.classes["toy"] is False


def test_a_toy_shop_s_small_animals_are_still_toys(classify):
    result = classify("Safari Ltd Toob Small Animals", category="Toys & Games > Action Figures > Small Animals")
    assert result.product_type == "animal_figure"
    assert result.classes["toy"] is True


@pytest.mark.parametrize(("title", "category", "textile"), [
    ("Birthday Girl Rhinestone Shirt Red XS (8)", "Pets > Dogs > Dog Apparel & Dog Shoes", False),
    ("Birthday Girl Rhinestone Shirt Red XS (8)", "Clothing > Girls > Tops & T-Shirts", True),
])
def test_a_dog_s_shirt_is_a_pet_article_and_a_girl_s_a_garment(classify, title, category, textile):
    result = classify(title, category=category)
    assert result.classes["textile"] is textile
    assert result.classes["children_12_under"] is textile


@pytest.mark.parametrize("title", [
    "Ortho Flower, Fruit & Vegetable Insect Killer Ready-To-Use, 32 oz",
    "Shieldtox Multi-Insect Killer Spray Aerosol (525ml) Twinpack",
    "300ML Mite killer Spray Green Prickly Ash bed bugs killer spray",
])
def test_a_chemical_insect_killer_has_no_current(classify, title):
    result = classify(title)
    assert result.product_type == "pest_control_manual"
    assert result.classes["eee"] is False


@pytest.mark.parametrize("title", ["Bug Zapper Insect Killer 20W", "Indoor Insect Killer, Plug in Mosquito Trap"])
def test_an_electric_insect_killer_keeps_its_current(classify, title):
    result = classify(title)
    assert result.product_type == "pest_control"
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", [
    "Sony - UTXB03/30 - Sony UTXB03/30 UWP-D Series Bodypack Transmitter w/Omni Lavalier Mic",
    "Shure BLX14 Bodypack Transmitter",
    "Shure Taschensender BLX1",
])
def test_a_bodypack_transmitter_is_radio_equipment_on_cells(classify, title):
    result = classify(title)
    assert result.product_type == "bodypack_transmitter"
    assert result.classes["radio"] is True
    assert result.classes["battery"] is True
    assert result.classes["mains_lv"] is False


def test_a_wired_lavalier_microphone_is_no_radio(classify):
    result = classify("Rode Lavalier GO Wired Lavalier Microphone")
    assert result.product_type == "microphone"
    assert result.classes["radio"] is False


@pytest.mark.parametrize("title", [
    "Google Pixel 7 Pro 128GB with charger",
    "Samsung Galaxy Z Flip5 256GB with 25W Charger",
])
def test_a_cable_only_phone_sold_with_a_charger_is_mains_equipment(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Google Pixel 8 Pro 128GB (no charger)",
    "Google Pixel 8 Pro 128GB without charger",
    "Samsung Galaxy Z Fold5 Fast Charging 25W",
])
def test_a_cable_only_phone_that_names_no_charger_in_the_box_stays_without(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", [
    "vivo Y36 8GB + 8GB Extended RAM + 256GB ROM",
    "Infinix Hot 40i 8GB+8GB Virtual RAM 256GB ROM",
    "New Arrival | vivo Y03t 4GB + 4GB EXTENDED RAM + 128GB ROM | 5000mAh Big Battery | 3 Years Battery Health",
    "realme narzo 50A Prime (Flash Black, 4GB RAM+64GB Storage)",
    "realme narzo 50A Prime (Flash Blue, 4GB RAM+128GB Storage) FHD+ Display | 50MP AI Triple Camera| Charger Included",
])
def test_a_phone_s_lent_ram_its_battery_and_its_storage_joined_by_a_plus_still_name_the_phone(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone"
    assert result.classes["radio"] is True


@pytest.mark.parametrize("title", [
    "Kingston 8GB Extended RAM module",
    "8GB + 8GB Extended RAM + 256GB ROM eMCP Memory Chip",
    "Kingston 8GB RAM + 256GB Storage Upgrade Kit",
    "Crucial (4 GB RAM) DDR3 Laptop Memory",
    "Kingston 8GB RAM, 256GB Storage Upgrade with USB Charger",
])
def test_memory_sold_as_such_stays_memory(classify, title):
    assert classify(title).product_type == "computer_component"


@pytest.mark.parametrize(("title", "category"), [
    ("Composite 1/2\" Reversible Drill", "Home > Tools > Drills > Other"),
    ("1 in. Super Duty Composite Pistol Grip Impact Wrench", "Home > Tools > Impact Wrenches"),
    ("4 in. Wet Air Stone/Granite Polisher with Rear Exhaust", ""),
])
def test_an_air_tool_named_by_its_housing_or_exhaust_has_no_current(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "power_tool"
    assert result.classes["eee"] is False
    assert result.classes["battery"] is False


@pytest.mark.parametrize(("title", "mains", "battery"), [
    ("Bosch 6 Amp Composite Angle Grinder", True, False),
    ("12 Amp 7 in./9 in. Variable Speed Polisher", True, False),
    ("DEWALT 20V MAX Composite Impact Wrench (Tool Only)", False, True),
])
def test_a_corded_or_cordless_tool_s_own_words_beat_the_housing(classify, title, mains, battery):
    result = classify(title)
    assert result.product_type == "power_tool"
    assert result.classes["eee"] is True
    assert result.classes["mains_lv"] is mains
    assert result.classes["battery"] is battery


@pytest.mark.parametrize(("title", "kind"), [
    ("Kobalt 24V Max Brushless Composite Impact Wrench", "power_tool"),
    ("Craftsman V20 Composite Impact Wrench", "power_tool"),
    ("DEWALT 7-1/4 in. Circular Saw with Composite Shoe", "power_tool"),
    ("Rear Exhaust Tip Chrome", "vehicle_part"),
    ("Front Exhaust Pipe for Honda Civic", "vehicle_part"),
])
def test_review97b_cordless_lines_electric_parts_and_car_exhausts_are_no_air_tools(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    if kind == "power_tool":
        assert result.classes["eee"] is True


def test_review97b_a_cordless_line_s_amp_rating_is_no_cord(classify):
    result = classify("Kobalt 24V Max 4 Amp Brushless Drill")
    assert result.classes["battery"] is True
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", ["Vivo Y20 Combo Original LCD", "Oppo A5s Combo LCD Touchscreen",
                                   "Realme C11 LCD Touchscreen Fullset"])
def test_review97b_a_phone_s_screen_assembly_is_no_phone(classify, title):
    assert classify(title).product_type != "smartphone"


def test_review97b_a_cable_only_phone_without_its_charger_in_german_is_the_phone(classify):
    result = classify("Google Pixel 8 Pro 128GB ohne Ladegerät")
    assert result.product_type == "smartphone"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", ["Powered USB 3.2 Hub Gen 2, 7-Port USB C/USB 3.0 to USB A Hub Adapter",
                                   "Anker 7-Port Powered USB 3.0 Hub with 36W Power Adapter"])
def test_a_powered_usb_hub_plugs_into_the_mains(classify, title):
    result = classify(title)
    assert result.product_type == "powered_usb_hub"
    assert result.classes["mains_lv"] is True


def test_a_bus_powered_usb_hub_does_not(classify):
    result = classify("Sabrent 4-Port USB 3.0 Hub with Individual Power Switches")
    assert result.product_type == "usb_hub"
    assert result.classes["mains_lv"] is False


def test_a_voice_remote_with_tv_controls_is_the_remote(classify):
    result = classify("Amazon Alexa Voice Remote (3rd Gen) with TV controls")
    assert result.product_type == "remote_control"
    assert result.classes["radio"] is True
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize(("title", "kind"), [("Samsung 55 inch QLED 4K Smart TV with voice controls", "television"),
                                             ("Fire TV Stick 4K with Alexa Voice Remote", "streaming_device")])
def test_a_tv_or_a_stick_sold_with_a_voice_remote_keeps_its_kind(classify, title, kind):
    assert classify(title).product_type == kind
