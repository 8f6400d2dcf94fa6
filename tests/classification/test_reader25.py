"""Precision by signal (reader25, issue 9): the weak sources `bench/signal_audit.py` found over the catalogs, each rule
tested both ways (fires / does not fire) on real-looking titles.

1. A showpiece or figurine is an ornament: the appliance its title names ("Iron Musician Showpiece") is what it
   depicts, so none of the appliance's electrical classes follow; a lit one says so, and a clock stays a clock.
2. A lamp, fan or warmer named with "USB" is powered over USB, not from the mains its kind otherwise plugs into.
3. On a parts shelf, a title that names a machine beside a part word ("Motors Set Spare Parts RC Quadcopter") is the
   part: the machine's radio and battery do not follow, while it still fills what the part leaves open.
4. "Manual" names the variant of an appliance kind worked by hand (sewing machine, breast pump, treadmill): no mains,
   battery or EEE; the document ("user manual"), camera settings and an electric word keep the kind's classes.
"""

from __future__ import annotations

import pytest

from .shelves import RC_PARTS, classes_of

SHOWPIECES = "Home Decor & Festive Needs >> Showpieces >> Ethnic"
USB_GADGETS = "Computers >> Laptop Accessories >> USB Gadgets"
ELECTRICAL = ("eee", "mains_lv", "battery", "radio")


# -- 1. ornaments depicting an appliance ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Handmade Rajasthani Iron Musician Set Of 5 Pcs Showpiece - 20 cm", SHOWPIECES),
        ("Brass Fan With Adapter Showpiece - 15 cm", SHOWPIECES),
        ("Antique Graham Bell Telephone with Dial Showpiece - 30 cm", SHOWPIECES),
        ("Dokra Lamp Showpiece - 18 cm", ""),
        ("Vintage Gramophone Figurine", ""),
    ],
)
def test_an_appliance_named_as_a_showpiece_is_an_ornament(classify, title, category):
    result = classify(title, category=category or None)
    assert classes_of(result, *ELECTRICAL) == (False,) * 4, result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Steam Iron 1600W Non-Stick Soleplate",  # the appliance itself
        "Brass Lamp Showpiece with LED Lights",  # a lit ornament says so
    ],
)
def test_an_appliance_or_a_lit_ornament_keeps_its_classes(classify, title):
    result = classify(title)
    assert result.classes["eee"] is True, result.basis["eee"]


def test_a_clock_sold_as_a_showpiece_stays_a_clock(classify):
    result = classify("Marble Table Clock Showpiece - 7 cm", category=SHOWPIECES)
    assert result.classes["eee"] is True, result.basis["eee"]


# -- 2. USB-powered lamps, fans and warmers ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title",
    [
        "Flexible USB LED Light Lamp For Computer Reading Notebook Laptop",
        "Fan With Lamp White HY-8738 USB Fan",
        "Heater Plus Funky USB Cup Warmer",
    ],
)
def test_a_usb_lamp_or_fan_is_not_mains_equipment(classify, title):
    result = classify(title, category=USB_GADGETS)
    assert classes_of(result, "eee", "mains_lv") == (True, False), result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Table Lamp with USB Charging Port, Bedside Lamp",
        "Bedside Lamp with USB Port and Dimmer",
        "Brahmz Glass Mosaic Table Lamp",
        "Oil Filled Radiator Heater 2000W",
    ],
)
def test_a_lamp_or_heater_without_usb_power_plugs_into_the_mains(classify, title):
    result = classify(title)
    assert classes_of(result, "eee", "mains_lv") == (True, True), result.basis


# -- 3. a machine named beside a part word, on a parts shelf --------------------------------------------------------

@pytest.mark.parametrize(
    "title",
    [
        "UUMART Hubsan H107L Motors Set Spare Parts RC Quadcopter 2x Clockwise 2x Counter",
        "Spare Part WLtoys V911 2.4GHz RC Helicopter Connect Buckle Ball Link Set V911-04",
        "RC Part H12C-26 5.0MP HD Camera for JJRC H12C RC Quadcopter",
    ],
)
def test_a_machine_beside_a_part_word_on_a_parts_shelf_is_the_part(classify, title):
    result = classify(title, category=RC_PARTS)
    # elec52: a ball-link set is an RC airframe part (a spare part's kind of its own)
    assert result.product_type in ("spare_part", "rc_airframe_part"), result.basis["product_type"]
    assert classes_of(result, "radio", "battery") == (False, False), result.basis


def test_the_machine_still_fills_what_the_part_leaves_open(classify):
    result = classify("UUMART Hubsan H107L Motors Set Spare Parts RC Quadcopter", category=RC_PARTS)
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "category", "expected_type"),
    [
        ("Syma X5C 2.4GHz RC Quadcopter Drone with HD Camera", RC_PARTS, "drone"),  # no part word: the machine
        ("RC Quadcopter with Spare Parts Kit and 2 Batteries", RC_PARTS, "drone"),  # parts come with it
        ("Spare Parts RC Quadcopter Motors", "Hobbies > Remote Controlled Devices > Helicopters & Quadcopters", None),
    ],
)
def test_a_machine_without_a_part_word_or_off_a_parts_shelf_is_not_made_a_part(classify, title, category,
                                                                                expected_type):
    result = classify(title, category=category)
    assert result.product_type != "spare_part", result.basis["product_type"]
    if expected_type is not None:
        assert result.product_type == expected_type, result.basis["product_type"]
        assert result.classes["radio"] is True, result.basis["radio"]


# -- 4. manual variants of appliance kinds --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title",
    [
        "Gold Dust Automatic Sun Hand Green Manual Sewing Machine",
        "Manual Breast Pump with Bottle",
        "Manual Treadmill Folding Walking Machine",
        "手动吸奶器",
    ],
)
def test_a_manual_variant_of_an_appliance_is_not_electrical(classify, title):
    result = classify(title)
    assert classes_of(result, "eee", "mains_lv", "battery") == (False, False, False), result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Sewing Machine 12 Stitches with User Manual",
        "Blender with Manual Pulse Function 600W",
        "Electric Breast Pump, Manual and Automatic Modes",
        "Hand Crank Emergency Radio Flashlight",  # a crank makes its own current: still EEE
    ],
)
def test_a_manual_document_setting_or_crank_keeps_the_appliance_electrical(classify, title):
    result = classify(title)
    assert result.classes["eee"] is True, result.basis["eee"]
