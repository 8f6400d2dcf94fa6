"""Review of the stop-42 round: readings it made wrong, and their look-alikes (review42, issue 9).

- A broad word at a title's end leaves the kind named first only when it merely repeats it: with another noun named
  between them, the kind is that noun's modifier ("Earphone Cable ... Headphones" is a cable, not earbuds).
- A pool sold for dogs is a pet's bath, not the children's paddling-pool toy that "paddling" and "kiddie" now name.
- A 12 V or 24 V temperature controller (W1209, STC-1000 12 V) takes no mains; a title naming a mains voltage keeps it.
- A collector-statue maker and a collectibles shop with "Toys" in their names name no toy when nothing else does.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Earphone Cable Replacement Headphones 3.5mm", "earbuds"),
    ("Car Charger Fuse Replacement Charger", "vehicle_charger"),
    ("Smart Thermostat Wall Plate Trim Cover Thermostat", "smart_thermostat"),
])
def test_a_kind_before_another_noun_does_not_take_the_head(classify, title, kind):
    result = classify(title)
    assert result.product_type != kind, result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("snjmart M5 Dual Stereo Dynamic Earphone Wired Headphones", "earbuds"),
    ("48W Motorcycle USB Charger QC3.0 PD Fast Charge Phone Charger with Voltmeter", "vehicle_charger"),
    ("Smiledrive 4 USB Output Ports Travel & Wall Power Adapter Charger (5V)", "power_adapter"),
])
def test_a_kind_repeated_by_its_broad_word_still_takes_the_head(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Dog Paddling Pool Foldable Pet Bath Tub 120cm",
    "Foldable Dog Pool Pet Paddling Pool for Large Dogs",
    "Kiddie Pool for Dogs 63 inch Hard Plastic",
    "Paddling Pool for Dogs Large Foldable PVC",
])
def test_a_pool_for_dogs_is_no_childrens_toy(classify, title):
    result = classify(title)
    assert not result.classes["toy"] and not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize("title", [
    "Intex Inflatable Paddling Pool 58 x 13 inch",
    "Kids Paddling Pool with Dog Print Inflatable",
])
def test_a_childrens_paddling_pool_stays_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "paddling_pool"
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis["toy"]


def test_a_hot_dog_pool_float_stays_a_water_toy(classify):
    result = classify("Giant Hot Dog Pool Float Inflatable for Kids")
    assert result.classes["toy"], result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "W1209 12V DC Digital Temperature Controller Thermostat Module",
    "STC-1000 Digital Temperature Controller 24V with Probe",
])
def test_a_low_voltage_temperature_controller_takes_no_mains(classify, title):
    result = classify(title)
    assert result.product_type == "temperature_controller", result.basis["product_type"]
    assert not result.classes["mains_lv"] and result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize("title", [
    "Inkbird ITC-308 Digital Temperature Controller Outlet Thermostat",
    "STC-1000 Digital Temperature Controller 110V 220V 12V 24V",
])
def test_a_mains_temperature_controller_keeps_the_mains(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Nightmare Demon from American Werewolf in London", "Sota Toys"),
    ("Marvel Infinity Gauntlet Bank", "Toy Zany"),
])
def test_a_collector_maker_or_shop_named_toys_names_no_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Brainstorm Toys The Original Flying Bird", "Brainstorm Toys"),
    ("Green Toys STK01R Stacker", "Green Toys"),
])
def test_a_toy_company_still_names_its_toys(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy" and result.classes["toy"], result.basis["product_type"]
