"""Cross-border titles that string a kind and then its broader words (lead, stop 42, issue 9).

Chinese sellers' keyword titles name the product's kind, then repeat it in broader search words: "48W Motorcycle USB
Charger QC3.0 PD Fast Charge Phone Charger", "Stereo Dynamic Earphone Wired Headphones". Head-final reading took the
broader word at the end (a mains charger, headphones); a broader word that only repeats a kind named before it now
leaves the kind as the product, as a shelf of the broader kind yields to a title naming a kind of it. A "smart"
charger senses the battery; it has no app (measured on 200 hand-labelled Wish and Banggood titles, docs).
"""

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("48W Motorcycle USB Charger QC3.0 PD Fast Charge Phone Charger with Voltmeter", "vehicle_charger"),
    ("5 In 1 160W Car Fast Charger QC3.0 USB Type C Phone Charger For iPhone", "vehicle_charger"),
    ("snjmart M5 Dual Stereo Dynamic Earphone Wired Headphones", "earbuds"),
    ("Smiledrive 4 USB Output Ports Travel & Wall Power Adapter Charger (5V)", "power_adapter"),
])
def test_a_kind_named_first_outranks_its_broader_word_at_the_end(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


def test_a_vehicle_charger_is_not_mains(classify):
    result = classify("5 In 1 160W Car Fast Charger QC3.0 USB Type C Phone Charger For iPhone")
    assert not result.classes["mains_lv"] and result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Phone Charger 20W USB C Fast Wall Plug", "mains_charger"),            # the broad word alone
    ("Car Battery Charger 12V 6A Trickle Charger", "battery_charger"),      # not a vehicle's phone charger
    ("Headphones Case for Sony WH-1000XM4 Headphones", "case_generic"),    # the broad word names the device it fits
])
def test_look_alikes_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", ["Car Battery Charger 12V 6A Smart Trickle Charger",
                                   "Power Bank 10000mAh Smart Charging Dual USB"])
def test_a_smart_charger_has_no_app(classify, title):
    result = classify(title)
    assert not result.classes["radio"] and not result.classes["connected"], result.basis["radio"]


def test_a_smart_plug_still_reaches_its_app(classify):
    result = classify("Smart Plug WiFi Socket 16A with Energy Monitoring")
    assert result.classes["radio"] and result.classes["connected"], result.basis["radio"]
