"""Battery recall: kinds that always carry a cell, counted cells, products that need none (battery44, issue 9).

`battery` still had the lowest recall of the electrical classes. Read as patterns over the tuned misses, the catalogs
and the Google tree, the general causes a fact can fix were: handheld kinds lumped with mains ones (calculators,
electronic dictionaries and voice recorders under office electronics, massage guns under massagers, electric swatters
under bug zappers, electric wine openers and pepper mills under kitchen tools, touchless soap dispensers and sensor
bins), wireless presenters and AirTags read as nothing; cells named by count ("3 x AAA", "2AA") or said to be bought
separately ("batteries not included": the product still runs on them, labels README); a cordless appliance whose
battery is "included"; and, the other way, a product that says it needs no battery ("battery-free", "no batteries
needed"). Each rule is tested with a look-alike that must keep its reading.
"""

from __future__ import annotations

import pytest

# --- kinds that always carry a cell ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Casio FX-83GTX Scientific Calculator", "calculator"),
        ("Texas Instruments TI-84 Plus CE Graphing Calculator", "calculator"),
        ("Solar Calculator 12 Digit Large Display", "calculator"),
        ("计算器 学生 科学函数", "calculator"),
        ("Pocket Electronic Dictionary English Spanish", "electronic_translator"),
        ("Language Translator Device Two Way Voice 138 Languages", "electronic_translator"),
        ("Digital Voice Recorder 32GB Voice Activated", "voice_recorder"),
        ("Olympus Dictaphone for Lectures", "voice_recorder"),
        ("Logitech R400 Wireless Presenter with Laser Pointer", "wireless_presenter"),
        ("PowerPoint Clicker Presentation Remote USB", "wireless_presenter"),
        ("Percussion Massage Gun Deep Tissue 30 Speeds", "massage_gun"),
        ("筋膜枪 肌肉按摩", "massage_gun"),
        ("Electric Fly Swatter Racket USB Rechargeable", "electric_swatter"),
        ("Mosquito Bat with LED Torch", "electric_swatter"),
        ("Electric Wine Opener Set with Foil Cutter", "cell_kitchen_gadget"),
        ("Electric Salt and Pepper Grinder Set Adjustable", "cell_kitchen_gadget"),
        ("Automatic Soap Dispenser Touchless 400ml", "touchless_dispenser"),
        ("Motion Sensor Trash Can 13 Gallon Stainless", "sensor_bin"),
        ("Apple AirTag 4 Pack", "gps_tracker"),
    ],
)
def test_a_kind_that_always_carries_a_cell_reads_a_battery(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, (title, result.product_type)
    assert result.classes["battery"], (title, result.basis["battery"])
    assert result.classes["eee"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # the lumped kinds keep their mains models and their manual tools
        ("Brother P-touch Label Maker", "office_electronics"),
        # (wm62: a shredder is a kind of its own now, on the mains)
        ("Fellowes Paper Shredder 12 Sheet", "paper_shredder"),
        # (s70e: a shiatsu foot massager is the massager's child foot_spa now, on the mains)
        ("Shiatsu Foot Massager with Heat", "foot_spa"),
        ("Bug Zapper Outdoor 4200V Mosquito Lamp", "pest_control"),
        ("Waiters Corkscrew Stainless Steel", "kitchen_tool"),
        ("Wooden Pepper Grinder Manual", "kitchen_tool"),
        ("Glass Soap Dispenser with Pump", "kitchen_tool"),
    ],
)
def test_the_lumped_and_manual_kinds_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, (title, result.product_type)
    assert not result.classes["battery"], (title, result.basis["battery"])


def test_a_pencil_box_with_a_calculator_or_a_calculator_case_is_not_the_kind(classify):
    assert classify("Karta Frozen With Calculator & Dual Sharpner Art Plastic Pencil Box").product_type == "pencil_box"
    case = classify("Calculator Case for TI-84 Plus")
    assert case.product_type != "calculator"
    assert not case.classes["battery"]


# --- cells named by count, or bought separately --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Warm White String Lights 3xAA 2m",
        "LED Desk Lamp Foldable 3 AAA",
        "Toy Fire Engine with Siren 2 x AA",
        "Star Projector Night Light 3 x AAA",
        "Light Up Toy Car (Batteries Not Included)",
        "Light Up Unicorn Night Light, Battery Not Included",
        "Plush Puppy Requires 3 AAA Batteries (Not Included)",
    ],
)
def test_cells_counted_or_bought_separately_power_the_product(classify, title):
    result = classify(title)
    assert result.classes["battery"], (title, result.product_type, result.basis["battery"])


@pytest.mark.parametrize(
    "title",
    [
        # the bare size is a gun, a grade or a pack of the cells themselves
        "Italeri 6602 8.8 cm FLAK 37 AA Gun 1:48 Plastic Kit",
        "Mini LED Lights AA",
        # an accessory that holds or charges the cells is not powered by them
        "Battery Charger for 4 AA AAA NiMH",
        "Battery Case for 8 AA Batteries",
    ],
)
def test_a_bare_cell_size_or_a_cell_accessory_names_no_battery(classify, title):
    result = classify(title)
    assert not result.classes["battery"], (title, result.product_type, result.basis["battery"])


def test_a_walkie_talkie_on_counted_cells_still_takes_no_mains(classify):
    result = classify("Two Way Radio 3 x AAA")
    assert result.product_type == "walkie_talkie"
    assert result.classes["battery"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_cordless_appliance_with_its_battery_included(classify):
    assert classify("Desk Fan, Battery Included, 3 Speeds").classes["battery"]
    assert not classify("Desk Fan 3 Speeds").classes["battery"]


# --- a product that says it needs no battery ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Battery-Free Wireless Doorbell Kinetic Self Powered",
        "Kinetic Wireless Doorbell, No Batteries Needed",
        "Solar Dancing Flower Car Dashboard, No Batteries Required",
        "Pull Back Toy Car Set, No Battery Needed",
        "免电池 无线门铃",
    ],
)
def test_a_product_that_needs_no_battery_has_none(classify, title):
    result = classify(title)
    assert not result.classes["battery"], (title, result.product_type, result.basis["battery"])


@pytest.mark.parametrize(
    "title",
    [
        # a crank or the sun charges a cell of its own: the kind still carries one
        "Wind Up Torch, No Batteries Required",
        "Emergency Crank Radio No Batteries Needed",
        "Solar Garden Lights, No Batteries Needed",
        "Solar Watch Never Needs a Battery Change, Battery Free",
        # "no batteries" alone is sold without its cells
        "Wireless Doorbell (No Batteries)",
        "Toy Robot (Batteries Not Included)",
    ],
)
def test_a_kind_with_a_cell_of_its_own_or_cells_not_supplied_keeps_its_battery(classify, title):
    result = classify(title)
    assert result.classes["battery"], (title, result.product_type, result.basis["battery"])


def test_solar_names_a_battery_only_on_a_kind_that_stores_it(classify):
    assert classify("Solar Fairy Lights 200 LED Outdoor").classes["battery"]
    assert not classify("Solar Panel 100W Monocrystalline").classes["battery"]
    assert not classify("Solar Fountain Pump for Bird Bath").classes["battery"]


# --- a line that names a battery kind, and a Bluetooth shutter -----------------------------------------------------


@pytest.mark.parametrize("title", ["Microsoft Surface Pro 9 13 inch 256GB", "Microsoft Surface Go 3 10.5 inch"])
def test_microsofts_tablet_lines_name_a_tablet(classify, title):
    result = classify(title)
    assert result.product_type == "tablet", (title, result.product_type)
    assert result.classes["battery"]


@pytest.mark.parametrize("title", ["Microsoft Surface Pro 3 Type Cover - Black", "Case for Surface Pro 9"])
def test_an_accessory_for_the_line_is_not_the_tablet(classify, title):
    result = classify(title)
    assert result.product_type != "tablet", (title, result.product_type)
    assert not result.classes["battery"]


def test_a_bluetooth_selfie_stick_carries_its_shutters_cell(classify):
    assert classify("Bluetooth Selfie Stick Tripod with Wireless Remote").classes["battery"]
    assert not classify("Selfie Stick Tripod Extendable Aluminium").classes["battery"]


def test_googles_wireless_presenters_shelf_reads_the_kind(classify):
    result = classify("", category="Office Supplies > Presentation Supplies > Wireless Presenters")
    assert result.product_type == "wireless_presenter"
    assert result.classes["radio"] and result.classes["battery"], result.basis
