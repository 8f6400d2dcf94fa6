"""Mercari's electronics (mr64; issue 9): a lump level's generic leaf, a charger named by its lead, product lines.

"Electronics/TV, Audio & Surveillance/Gadgets" read a television from the level's "TV" (vape tanks, VR viewers and
streaming sticks got a tuner and mains); a "charger" named by its length or its data line is the charge cable.
"""

from __future__ import annotations

import pytest

GADGETS = "Electronics/TV, Audio & Surveillance/Gadgets"
PHONE_CHARGERS = "Electronics/Cell Phones & Accessories/Chargers & Cradles"


def test_a_generic_leaf_under_a_level_of_topics_is_no_television(classify):
    result = classify("Foo bar", category=GADGETS)
    assert result.product_type != "television", result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_the_level_still_names_the_television_on_its_own_leaf(classify):
    result = classify("Foo bar", category="Electronics/TV, Audio & Surveillance/Televisions")
    assert result.product_type == "television", result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Giffin 25 rdta full tank kit", "vape_atomizer"),  # mrel69: its own kind, no battery
    ("Chromecast", "streaming_device"),
    ("Amazon fire stick", "streaming_device"),
    ("Amazon tap NEW", "portable_smart_speaker"),  # mrel69: on a battery
    ("NiB google daydream view", "vr_headset"),
])
def test_a_gadget_shelf_product_is_what_its_title_names(classify, title, kind):
    assert classify(title, category=GADGETS).product_type == kind


@pytest.mark.parametrize("title", [
    "10 ft long iPhone 5 6 durable charger",
    "iPhone 4/4S 30pin LED USB data charger",
    "iPhone grey usb wristband charger (glow)",
])
def test_a_charger_named_by_its_lead_has_no_mains_part(classify, title):
    result = classify(title, category=PHONE_CHARGERS)
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", [
    "6ft wall charger for iPhone",
    "20W iPhone charger with 6 ft cable",
    "Apple charger 20 watt with 1 meter cable",
    "iPhone charger",
])
def test_a_charger_with_its_plug_word_or_wattage_keeps_the_mains(classify, title):
    result = classify(title, category=PHONE_CHARGERS)
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("3 Charger Cord Savers", "hardware", "eee", False),
    ("Xbox 360 Memory Unit (512 MB)", "memory_card", "eee", True),
    ("Microcassette recorder", "voice_recorder", "battery", True),
    ("Selfie light ring", "selfie_light", "eee", True),  # s70e: the clip-on kind of ring light
    ("Virtual reality goggles", "vr_headset", "mains_lv", False),
])
def test_words_mercari_sellers_use(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_resellers_w_slash_is_no_plug_word(classify):
    result = classify("iPhone charger 10 ft w/ 2 cables")
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
