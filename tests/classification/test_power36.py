"""Supply classes on powered kinds (power36, issue 9).

The labels count a charger, dock or adapter supplied with a product as mains (labels/README.md). Kinds whose typical
product ships with one read mains by kind (vacuum cleaners, shavers and clippers, humidifiers, robot mowers); one
that says USB or AA cells does not. Air tools are driven by a compressor's hose and are not electrical, while the
compressor is a mains machine. "Wireless" on more cordless kinds (water flossers, wand frothers, heated gloves,
无线胶枪) means the missing cord, not a radio. Category leaves that name a powered kind read its supply.
"""

from __future__ import annotations

import pytest


def _on(result, *names: str) -> bool:
    return all(result.classes[name] for name in names)


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. cordless kinds sold with a charger or dock ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Cordless Stick Vacuum Cleaner 25Kpa, 40 Min Runtime", "vacuum_cleaner"),
        ("Wireless Handheld Vacuum Cleaner Rechargeable", "vacuum_cleaner"),
        ("无线吸尘器 家用 大吸力", "vacuum_cleaner"),
        ("Robot Lawn Mower 600m² with Charging Station", "robot_mower"),
        ("Cordless Hair Clipper for Men, Rechargeable", "shaver"),
        ("Braun Silk-epil 9 Epilator Wireless", "shaver"),
        ("扫地机器人 扫拖一体", "robot_vacuum"),
    ],
)
def test_a_cordless_kind_sold_with_its_charger_reads_battery_and_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _on(result, "eee", "battery", "mains_lv"), result.basis


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Handheld Vacuum Cleaner USB Charging", "vacuum_cleaner"),
        ("Cordless Car Vacuum Cleaner 12V 120W", "car_vacuum"),
        ("USB Rechargeable Beard Trimmer", "shaver"),
        ("Travel Electric Shaver Battery Operated", "shaver"),
        ("Nose Hair Trimmer for Men", "nose_trimmer"),
        ("Lint Remover Electric Fabric Shaver", "lint_remover"),
        ("Sonic Electric Toothbrush Type C Charging", "electric_toothbrush"),
    ],
)
def test_a_usb_or_cell_powered_one_does_not(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _on(result, "eee") and _off(result, "mains_lv"), result.basis


def test_a_corded_clipper_has_no_battery(classify):
    result = classify("Wahl Corded Hair Clipper Kit")
    assert _on(result, "mains_lv") and _off(result, "battery"), result.basis


def test_a_corded_and_cordless_clipper_keeps_both(classify):
    assert _on(classify("Corded/Cordless Hair Clipper"), "mains_lv", "battery")


@pytest.mark.parametrize(
    "title",
    ["Cordless Drill Driver with 2 Batteries", "18V Cordless Impact Wrench, Batteries Included"],
)
def test_a_cordless_tool_sold_with_its_batteries_has_the_charger(classify, title):
    assert _on(classify(title), "battery", "mains_lv")


@pytest.mark.parametrize(
    "title",
    ["Cordless Drill Driver 18V Tool Only", "DeWalt 20V MAX Drill Bare Tool", "Cordless Drill 18V"],
)
def test_a_bare_cordless_tool_does_not_read_mains(classify, title):
    result = classify(title)
    assert _on(result, "battery") and _off(result, "mains_lv"), result.basis


def test_a_plugged_humidifier_reads_mains_and_a_usb_one_does_not(classify):
    assert _on(classify("Cool Mist Humidifier 4L Ultrasonic"), "mains_lv")
    assert _off(classify("USB Humidifier Mini"), "mains_lv")


# --- 2. air tools and compressors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Air Impact Wrench Kit 1/2 inch", "Air Ratchet Wrench 3/8", "Pneumatic Impact Wrench 1/2\"", "气动扳手 套装",
     "Air Die Grinder 1/4"],
)
def test_an_air_tool_is_not_electrical(classify, title):
    result = classify(title)
    assert result.product_type == "air_tool"
    assert _off(result, "eee", "mains_lv", "battery"), result.basis


def test_an_electric_sandblaster_is_a_powered_variant_of_the_air_tool(classify):
    """A title that says "electric" outranks the air tool's "no current" (powered_variant), as on other passive
    tools; a plain sandblaster stays an air tool with none."""
    assert _on(classify("Electric Sandblaster 220V"), "eee")
    assert _off(classify("Sandblaster Gun Kit 90psi"), "eee", "mains_lv", "battery")


@pytest.mark.parametrize("title", ["Brad Nailer Pneumatic 18 Gauge", "Pneumatic Angle Grinder 4 inch"])
def test_pneumatic_on_a_power_tool_kind_unsays_its_current(classify, title):
    assert _off(classify(title), "eee", "mains_lv", "battery")


def test_pneumatic_tyres_are_no_air_drive(classify):
    assert _on(classify("Electric Lawn Mower with Pneumatic Tyres"), "eee")


@pytest.mark.parametrize("title", ["Air Compressor 50L 2HP Oil Free", "空气压缩机 静音"])
def test_a_workshop_compressor_is_mains(classify, title):
    result = classify(title)
    assert result.product_type == "air_compressor"
    assert _on(result, "eee", "mains_lv"), result.basis


@pytest.mark.parametrize("title", ["Portable Air Compressor 12V for Car Tyres", "Gas Air Compressor 8HP"])
def test_a_car_or_petrol_compressor_is_not(classify, title):
    assert _off(classify(title), "mains_lv")


# --- 3. "wireless" means cordless on more kinds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("无线胶枪 充电式", "power_tool"),
        ("无线冲牙器 便携", "electric_toothbrush"),
        ("Wireless Milk Frother Rechargeable", "handheld_frother"),
        ("Wireless Heated Gloves for Men", "heated_clothing"),
    ],
)
def test_wireless_on_a_cordless_kind_is_no_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _on(result, "battery") and _off(result, "radio"), result.basis


def test_bluetooth_on_a_toothbrush_is_still_radio(classify):
    assert _on(classify("Smart Electric Toothbrush with Bluetooth App"), "radio")


def test_a_wand_frother_is_not_the_mains_jug(classify):
    assert _off(classify("Milk Frother Handheld Battery Operated"), "mains_lv")
    assert _on(classify("Nespresso Aeroccino Milk Frother"), "mains_lv")


# --- 4. leaves that name a powered kind -----------------------------------------------------------------------------

GOOGLE = "Health & Beauty > Personal Care"


@pytest.mark.parametrize(
    ("category", "on"),
    [
        ("Home & Garden > Household Appliances > Vacuums", ("eee", "mains_lv")),
        ("Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers > Robotic Mowers",
         ("eee", "battery", "mains_lv")),
        (f"{GOOGLE} > Oral Care > Power Flossers", ("eee", "battery", "mains_lv")),
        (f"{GOOGLE} > Shaving & Grooming > Hair Clippers & Trimmers", ("eee", "battery", "mains_lv")),
        (f"{GOOGLE} > Massage & Relaxation > Massage Chairs", ("eee", "mains_lv")),
        ("Health & Beauty > Health Care > Respiratory Care > PAP Machines", ("eee", "mains_lv")),
        ("Health & Beauty > Health Care > Occupational & Physical Therapy Equipment > Electrical Muscle Stimulators",
         ("eee", "battery")),
        ("Business & Industrial > Medical > Medical Equipment > Automated External Defibrillators", ("eee", "battery")),
        ("Office Supplies > Office Equipment > Office Shredders", ("eee", "mains_lv")),
        ("Office Supplies > Office Equipment > Calculators", ("eee", "battery")),
        ("Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Shower Parts > Electric & Power Showers",
         ("eee", "mains_lv")),
        ("Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Electric Knives", ("eee", "mains_lv")),
    ],
)
def test_a_leaf_naming_a_powered_kind_reads_its_supply(classify, category, on):
    result = classify("", category=category)
    assert _on(result, *on), (result.product_type, result.basis)


@pytest.mark.parametrize(
    "category",
    [
        "Hardware > Tools > Abrasive Blasters",
        "Home & Garden > Household Supplies > Laundry Supplies > Fabric Shavers",
        "Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Weed Trimmer Accessories",
    ],
)
def test_a_look_alike_leaf_does_not_read_mains(classify, category):
    assert _off(classify("", category=category), "mains_lv")


@pytest.mark.parametrize(
    ("category", "on", "off"),
    [
        ("Home & Garden > Household Appliance Accessories > Vacuum Accessories > Charging Bases", ("mains_lv",), ()),
        ("Home & Garden > Household Appliance Accessories > Vacuum Accessories > Filters", (), ("mains_lv", "eee")),
        ("Home & Garden > Kitchen & Dining > Barware > Corkscrews > Electric Corkscrews", ("eee", "battery"), ()),
        ("Home & Garden > Kitchen & Dining > Barware > Corkscrews > Lever Corkscrews", (), ("eee", "battery")),
        ("Home & Garden > Household Appliances > Floor & Steam Cleaners > Floor Scrubbers > Cordless Floor Scrubbers",
         ("mains_lv", "battery"), ()),
        ("gid://shopify/TaxonomyCategory/hb-3-12-13", ("eee", "battery", "mains_lv"), ()),
    ],
)
def test_shopify_leaves_naming_a_powered_kind(classify, category, on, off):
    result = classify("", category=category)
    assert _on(result, *on) and _off(result, *off), (result.product_type, result.basis)
