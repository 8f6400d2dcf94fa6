"""What the stop-35 round's three branches do together (review35, issue 9).

power35's "kit" infers a charger in the box of an electric tool: it cannot refute a category entry's "not
electrical" (an air tool's kit is of bits). Radio-frequency skin heating is no radio link; a cleaner for a range hood
is no hood. Shopify ids below a device entry read as the device (leaf35); where a branch's leaves are its stands,
mounts, hand tools or glassware, a curated entry reads them as what they are.
"""

from __future__ import annotations

import pytest

PNEUMATIC = "Hardware > Tools > Drills > Pneumatic Drills"
GID = "gid://shopify/TaxonomyCategory/"


# --- 1. a bundle word does not outrank an entry's "not electrical" ----------------------------------------------


@pytest.mark.parametrize("title", ["Air Drill Kit 3/8 inch Reversible", "Air Impact Wrench Kit 1/2 inch with Sockets"])
def test_a_kit_of_an_air_tool_keeps_the_pneumatic_entrys_no_power(classify, title):
    result = classify(title, category=PNEUMATIC)
    assert not any(result.classes[name] for name in ("eee", "mains_lv", "battery")), result.basis


def test_a_stated_supply_still_outranks_the_entry_and_its_kit_then_has_a_charger(classify):
    result = classify("18V Cordless Drill Kit with 2 Batteries", category=PNEUMATIC)
    assert result.classes["eee"] and result.classes["battery"] and result.classes["mains_lv"], result.basis


def test_the_vocabulary_marks_the_kit_word_as_inferring_the_supply(classifier):
    modifiers = classifier._modifiers
    assert not modifiers["tool_kit_charger"].states_supply
    assert modifiers["battery_powered"].states_supply


# --- 2. Chinese words: RF skin heating, a hood's cleaner ---------------------------------------------------------


@pytest.mark.parametrize("title", ["射频美容仪 家用", "RF Skin Tightening Device Radio Frequency Facial"])
def test_radio_frequency_skin_heating_is_no_radio(classify, title):
    assert not classify(title).classes["radio"]


@pytest.mark.parametrize("title", ["射频美容仪 蓝牙 app", "433MHz RF Remote Control"])
def test_a_radio_link_beside_it_still_is(classify, title):
    assert classify(title).classes["radio"]


def test_a_range_hood_cleaner_is_no_hood(classify):
    assert classify("油烟机清洗剂 强力去油污").product_type != "home_appliance_misc"
    hood = classify("油烟机 家用 侧吸式")
    assert hood.product_type == "home_appliance_misc" and hood.classes["mains_lv"]


# --- 3. curated entries for the accessory branches of device entries -------------------------------------------


@pytest.mark.parametrize(
    ("gid", "kind", "off"),
    [
        ("co-4-2-8-7", "camera_accessory", "eee"),  # Light Stands under Studio Stands & Mounts
        ("co-4-2-7", "camera_accessory", "eee"),  # Studio Stand & Mount Accessories
        ("vp-1-3-10-2", "tv_mount", "radio"),  # Headrest Mounts under Motor Vehicle Video Monitor Mounts
        ("ha-15-62-3-3", "hand_tool", "mains_lv"),  # Hacksaws under Hand Saws
        ("bi-23-4-7-2", "glassware", "mains_lv"),  # Filter Laboratory Funnels
        ("bi-23-4-13-1", "spare_part", "mains_lv"),  # Cuvettes under Spectrometer Accessories
    ],
)
def test_a_gid_under_an_accessory_branch_reads_no_device(classify, gid, kind, off):
    result = classify("", category=GID + gid)
    assert result.product_type == kind and not result.classes[off], result.basis


def test_a_garage_door_remote_gid_reads_a_radio_remote(classify):
    result = classify("", category=GID + "hg-9-6-2")
    assert result.product_type == "remote_control" and result.classes["radio"] and not result.classes["mains_lv"]


def test_a_gid_under_a_device_entry_still_reads_the_device(classify):
    assert classify("", category=GID + "hg-9-10-2").classes["mains_lv"]  # Upright Vacuums under appliances


# --- 4. a title's power words beside a leaf's -----------------------------------------------------------------

PRESENTERS = "Office Supplies > Presentation Supplies > Wireless Presenters"


@pytest.mark.parametrize(("title", "on"), [("Laser Pointer Presenter Battery Powered", "battery"),
                                           ("Plug-in Wireless Presenter", "mains_lv")])
def test_once_the_leaf_names_a_powered_product_the_titles_power_words_speak(classify, title, on):
    result = classify(title, category=PRESENTERS)
    assert result.classes["radio"] and result.classes[on], result.basis


def test_a_shelf_types_no_battery_stands_without_a_leaf_power_word(classify):
    assert not classify("Laser Pointer Presenter Battery Powered",
                        category="Office Supplies > Presentation Supplies").classes["radio"]
