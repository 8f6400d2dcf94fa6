"""An accessory shelf whose title names only the device it fits (acc64; issue 9).

Sellers title a phone case by its phone ("House sony xperia t3") and a laptop's power supply by its laptop
("Alimentation d'ordinateur acer aspire 4738"); on the accessory's shelf the product is the accessory, without the
phone's radio and battery (`Classifier._device_on_accessory_shelf`). A French title's count ("Lot 2 Etui ...") leaves
the noun after it the head of its phrase (`_head_initial`).
"""

from __future__ import annotations

import pytest

PHONE_CASES = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > HOUSSE - ETUI - CHAUSSETTE"
TABLET_CASES = "INFORMATIQUE > PROTECTION - PERSONNALISATION - SUPPORT > COQUE - HOUSSE"
LAPTOP_SUPPLIES = "INFORMATIQUE > CONNECTIQUE - ALIMENTATION > CHARGEUR - ADAPTATEUR SECTEUR"
MERCARI_CASES = "Electronics/Cell Phones & Accessories/Cases, Covers & Skins"


@pytest.mark.parametrize(("title", "category"), [
    ("House sony xperia t3", PHONE_CASES),
    ("Rose BRASSARD SONY XPERIA Z", PHONE_CASES),
    ("Samsung Galaxy Tab 4 7.0 T230 T231 T235 3G LTE", TABLET_CASES),
    ("Life proof FRE iPhone", MERCARI_CASES),
])
def test_a_device_named_on_its_case_shelf_is_the_case(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["battery"] is not True, result.basis["battery"]
    assert "only the device it fits" in result.basis["product_type"]


def test_a_laptop_named_on_the_power_supply_shelf_is_its_power_supply(classify):
    result = classify("Alimentation d'ordinateur acer aspire 4738", category=LAPTOP_SUPPLIES)
    # s82: the title's own supply word heads it now (head_initial), where the shelf's charger used to stand in for it
    assert result.product_type == "power_adapter", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    # a device with no battery of its own is no case's host: the product of its own on that shelf
    ("chargeur solaire pour samsung galaxy note 2", LAPTOP_SUPPLIES, "solar_panel"),
    # the shelf of phones and their accessories names the phone itself
    ("Galaxy S7 Edge (Unlocked) 32GB", "Electronics/Cell Phones & Accessories/Cell Phones & Smartphones", "smartphone"),
])
def test_other_shelves_and_devices_keep_their_reading(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


def test_the_phone_itself_without_a_shelf_stays_a_phone(classify):
    result = classify("Sony Xperia T3")
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] is True


@pytest.mark.parametrize("title", [
    "Lot 2 Etui portefeuille Samsung Galaxy S5",
    "Lot de 2 Etui portefeuille Samsung Galaxy S5",
    "2x Coque iPhone 6",
])
def test_a_count_before_the_french_accessory_keeps_it_the_head(classify, title):
    result = classify(title)
    assert result.product_type == "device_case", result.basis["product_type"]
    assert result.classes["radio"] is False




# -- end64: a phone case with its own battery ---------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Chargeable Phone Case For iPhone 6/6S", MERCARI_CASES),
    ("Mophie protective charger for iPhone 7.", "Electronics/Cell Phones & Accessories/Cell Phones & Smartphones"),
    ("iPhone battery case 5000mAh", ""),
    ("Battery Case for iPhone 6 Plus 5000mAh", ""),
])
def test_a_battery_case_has_a_battery_and_no_mains(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "battery_case", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_a_box_for_loose_cells_is_no_battery_case(classify):
    assert classify("Battery case for AA batteries").product_type != "battery_case"
