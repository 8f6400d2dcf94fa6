"""AirPods and bone-conduction headphones are radio sets whatever the title says (lead, stop 40, issue 9).

The earbuds and headphones types leave radio open (wired sets are passive), so a title that never says "wireless"
was "assumed false" (mixed40's evidence run showed it): "Apple AirPods Pro" read no radio and no battery. AirPods
are a product line that acts as a kind noun (`wireless_earbuds`), and "bone conduction" names a Bluetooth kind
(`bone_conduction_link`, on headphones and earbuds only). Their cases, tips and look-alikes keep their own reading.
"""

import pytest


@pytest.mark.parametrize("title", ["Apple AirPods Pro (2nd Generation)", "Apple AirPods with Charging Case",
                                   "Apple AirPods Max Sky Blue"])
def test_airpods_are_bluetooth_with_a_battery(classify, title):
    result = classify(title)
    assert result.product_type == "wireless_earbuds", result.basis["product_type"]
    for name in ("radio", "transmitter", "battery", "eee"):
        assert result.classes[name], (name, result.basis[name])
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize("title", ["AfterShokz Aeropex Bone Conduction Headphones", "骨传导耳机 运动 防水"])
def test_bone_conduction_headphones_are_bluetooth(classify, title):
    result = classify(title)
    assert result.product_type == "headphones", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Silicone Case for AirPods Pro", "device_case"),
    ("AirPods Pro Ear Tips Replacement", "spare_part"),
    ("Charging Case Replacement for AirPods", "spare_part"),
])
def test_an_airpods_accessory_is_no_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["Sony Wired Earbuds", "Earbuds Compatible with AirPods",
                                   "Bone Conduction Hearing Aid"])
def test_look_alikes_keep_radio_open(classify, title):
    result = classify(title)
    assert not result.classes["radio"], (result.product_type, result.basis["radio"])
