"""An accessory named after "A and B" is for both, not a second product (lead, stop 43, issue 9).

"Phone and Tablet Case Universal" read as a case plus a phone (the "A and B" rule of `second_product`), so a case
took a phone's radio, mains and battery; "Parrot Bebop Drone and Sky Controller Battery Charger" took the drone's
radio. When the head is an accessory and the word before "and" is an electrical device, the device is what the
accessory fits. A non-device before "and" is still a second product ("Veil & Fake Blood Set ... Accessory"), and two
products that are no accessories stay two ("Kettle and Toaster Set").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Phone and Tablet Case Universal", "device_case"),
    ("Smartphone & Tablet Stand Adjustable Aluminium", "phone_holder"),
    ("Drone and Camera Battery Charger", "battery_charger"),
    ("Parrot Bebop Drone and Sky Controller Battery Charger", "battery_charger"),
])
def test_an_accessory_for_two_devices_takes_neither_devices_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert "; also " not in result.basis["product_type"], result.basis["product_type"]


def test_a_case_for_two_devices_is_not_battery_powered(classify):
    result = classify("Phone and Tablet Case Universal")
    assert result.classes["battery"] is False and result.classes["mains_lv"] is False, result.basis["battery"]


@pytest.mark.parametrize(("title", "second"), [
    ("Kettle and Toaster Set", "kettle"),                                 # two appliances, no accessory
    ("Power Banks and Wireless Charging Stands", "power_bank"),           # an accessory before "and" is no target
    ("Zombie Bride White Netted Veil & Fake Blood Set Halloween Fancy Dress Accessory", "veil"),  # not a device
])
def test_two_products_that_are_no_device_and_its_accessory_stay_two(classify, title, second):
    result = classify(title)
    assert f"also {second} from title word" in result.basis["product_type"], result.basis["product_type"]


def test_the_second_products_classes_still_count(classify):
    result = classify("Zombie Bride White Netted Veil & Fake Blood Set Halloween Fancy Dress Accessory")
    assert result.classes["textile"] is True, result.basis["textile"]  # the veil's, not the accessory's
