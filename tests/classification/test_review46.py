"""Review of stop 46's vocabulary rounds (review46, issue 9): the readings they gave products the catalogs do not hold.

Each round's words were probed with realistic titles outside the catalogs: a baby size written "12-18M" is as often a
cable's or a hose's length, a "pad" beside a sticker is a brake pad or a mouse pad as often as a sticker pad, a Google
leaf noun ("preamp", "breathalyser", "POS system", "ultrasonic cleaner") also names the consumables and parts sold for
the device, zh46's power word 可录音 hid the 录音 a recordable card was read by, and a few toy words are everyday
phrases ("foam face mask", a Kniffel score block, a paper megaphone, a mosasaur's fossil tooth). Both
sides of each change are tested: what now reads right, and the product the round meant, which must keep its reading.
"""

from __future__ import annotations

import pytest


def _children(result) -> bool:
    return bool(result.classes.get("children_12_under"))


# --- kids46: baby sizes with a bare "m" are read on clothes only -----------------------------------------------------

@pytest.mark.parametrize("title", [
    "HDMI Cable 12-18M Long Run 4K",
    "Expandable Garden Hose 12-18 m with Spray Gun",
    "Laser Rangefinder 6-9 m Digital",
    "Cat6 Ethernet Cable 9-12 m Outdoor",
    "Ultrasonic Distance Sensor Module Range 6-12 m",
])
def test_a_length_or_range_in_metres_is_no_baby_size(classify, title):
    result = classify(title)
    assert not _children(result), result.basis


@pytest.mark.parametrize("title", [
    "Cotton Pyjamas 12-18M",
    "Striped Romper 6-9m Cotton",
    "Knitted Cotton Cardigan 12-18m",
    "Floral Summer Dress 18-24M",
    "Fleece Jacket 12-24M Navy",
])
def test_a_baby_size_with_a_bare_m_on_clothes_is_still_childrens(classify, title):
    result = classify(title)
    assert _children(result), result.basis


# --- kids46: the pads that are not sticker pads -----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Brake Pad Wear Sensor Warning Sticker",
    "Mouse Pad Stickers Anime 10 pcs",
    "Number Pad Stickers for Keyboard",
])
def test_a_pad_that_is_no_sticker_pad_says_no_child(classify, title):
    result = classify(title)
    assert not _children(result), result.basis


@pytest.mark.parametrize("title", [
    "Playbox Christmas Sticker Pad (1000 Pieces)",
    "Kids Create: Reward Stickers Pad (10 Sheets)",
    "Hot Wheels: Padded Puffy Stickers Sheet",
])
def test_sticker_pads_and_puffy_stickers_stay_childrens(classify, title):
    result = classify(title)
    assert result.product_type == "sticker"
    assert _children(result), result.basis


# --- leaf46: consumables and parts sold for the Google leaf devices ---------------------------------------------------

@pytest.mark.parametrize("title", [
    "Valve Preamp Tube ECC83 Matched",
    "JJ Preamp Valve 12AX7 Matched Pair",
])
def test_a_preamp_valve_is_no_amplifier(classify, title):
    result = classify(title)
    assert result.product_type != "amplifier", result.basis["product_type"]
    assert not result.classes["mains_lv"]


def test_a_phono_preamp_is_still_an_amplifier(classify):
    result = classify("Pro-Ject Phono Box MM Phono Preamp")
    assert result.product_type == "amplifier"
    assert result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Breathalyser Mouthpieces 50 pack Individually Wrapped",
    "Cholesterol Meter Test Strips 10 pcs",
    "Fertility Monitor Test Sticks 20 pack",
])
def test_the_consumables_of_a_health_meter_are_no_device(classify, title):
    result = classify(title)
    assert result.product_type != "health_monitor", result.basis["product_type"]
    assert not result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Digital Breathalyser Alcohol Tester with 5 Mouthpieces",
    "Home Cholesterol Meter Kit",
])
def test_the_health_meters_stay_devices(classify, title):
    result = classify(title)
    assert result.product_type == "health_monitor"
    assert result.classes["eee"]


@pytest.mark.parametrize("title", [
    "POS System Receipt Paper Rolls 80x80mm 20 pack",
    "Credit Card Terminal Paper Rolls 57x40 20 pack",
    "Thermal Till Rolls 57mm x 40mm Box of 20",
])
def test_till_and_receipt_rolls_are_no_terminal(classify, title):
    result = classify(title)
    assert result.product_type != "office_electronics", result.basis["product_type"]
    assert not result.classes["eee"]


@pytest.mark.parametrize("title", [
    "POS System Receipt Paper Rolls 80x80mm 20 pack",
    "Thermal Till Rolls 57mm x 40mm Box of 20",
])
def test_till_and_receipt_rolls_are_office_supplies(classify, title):
    assert classify(title).product_type == "office_supplies"


@pytest.mark.parametrize("title", [
    "Toilet Paper Rolls 24 pack",    # "paper rolls" alone is no office supply
    "SumUp Air Card Payment Terminal",
])
def test_toilet_rolls_and_the_payment_terminal_keep_their_reading(classify, title):
    assert classify(title).product_type != "office_supplies"


def test_ultrasonic_cleaner_solution_is_a_cleaning_supply(classify):
    result = classify("Ultrasonic Cleaner Solution 1L Concentrate")
    assert result.product_type == "cleaning_supplies"
    assert not result.classes["mains_lv"] and not result.classes["eee"]


def test_the_ultrasonic_cleaner_stays_a_mains_appliance(classify):
    result = classify("Ultrasonic Jewellery Cleaner 600ml Digital Timer")
    assert result.product_type == "home_appliance_misc"
    assert result.classes["mains_lv"]


def test_a_paper_megaphone_is_no_loudspeaker(classify):
    result = classify("Megaphone Paper Cone Party Favour")
    assert result.product_type != "speaker"
    assert not result.classes["eee"]


def test_a_battery_megaphone_stays_a_loudspeaker(classify):
    result = classify("Portable Megaphone 25W with Siren and Recording")
    assert result.product_type == "megaphone"  # amzusel55: speaker's kind of its own, with its battery
    assert result.classes["eee"] and result.classes["battery"]


# --- zh46: 可录音 holds the 录音 a recordable card is read by -----------------------------------------------------

def test_a_recordable_chinese_greeting_card_keeps_its_chip(classify):
    result = classify("可录音 生日贺卡 创意")
    assert result.product_type == "invitation"
    assert result.classes["eee"] and result.classes["battery"]


def test_a_recordable_chinese_plush_still_reads_its_voice_chip(classify):
    result = classify("可录音 毛绒玩具 小熊")
    assert result.classes["toy"] and result.classes["eee"]


# --- toytitle46: everyday phrases among the toy words -----------------------------------------------------------------

def test_a_foaming_skincare_mask_is_no_costume_mask(classify):
    result = classify("Bubble Foam Face Mask Deep Cleansing Skincare")
    assert result.product_type != "costume_accessory"
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "children"), [
    ("Kids Foam Face Masks Pack of 6", True),
    ("Pack of 6 Farm Animal Foam Face Masks", False),
])
def test_foam_fancy_dress_masks_stay_costume_masks(classify, title, children):
    result = classify(title)
    assert result.product_type == "costume_accessory"
    assert _children(result) == children


def test_a_kniffel_score_block_is_no_dice_game(classify):
    result = classify("Kniffel Block 3 Stück Ersatzblock")
    assert result.product_type != "dice_game"
    assert not result.classes["toy"]


def test_kniffel_itself_stays_a_dice_game(classify):
    assert classify("Schmidt Spiele Kniffel Würfelspiel").product_type == "dice_game"


def test_a_fossil_mosasaur_tooth_is_no_toy(classify):
    result = classify("Mosasaurus Tooth Fossil Genuine Morocco")
    assert not result.classes["toy"], result.basis


def test_a_mosasaurus_figure_stays_a_toy(classify):
    assert classify("Papo Mosasaurus Figure").classes["toy"]
