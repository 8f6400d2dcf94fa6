"""Walmart rows (wm65; issue 9): accessories read as the device they fit, a device read as its bonus case, dock
clocks and desk speakerphones on the mains, broadcast tuners, optical writers, a printer's drum, words of another
sense (a zoom factor as a girls' size, "no slip" as a slip, a maker's "crown" as a costume)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("fellowes goriser laptop elevator", "phone_holder"),
    ("canon digital slr gadget bag model 100dg compatible with rebel xs xsi dslr", "camera_accessory"),
    ("green onions supply iveil hybrid keyboard protector", "screen_protector"),
    ("targus red tg ra1010 8 in 1 camera essentials kit", "camera_accessory"),
    ("bower ss26 digital neck strap green", "camera_accessory"),
    ("samsung clp 500rb opc drum", "ink_cartridge"),
])
def test_an_accessory_named_after_its_device_has_none_of_its_power(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is not True, result.basis["eee"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_camera_sold_with_a_bonus_case_is_the_camera(classify):
    result = classify("kodak easyshare c195 red 14 0mp digital camera w bonus case bundle 5x optical zoom 3 0 lcd "
                      "smart capture")
    assert result.product_type == "digital_camera", result.basis["product_type"]
    assert result.classes["battery"] is True
    assert result.classes["radio"] is not True, result.basis["radio"]


@pytest.mark.parametrize(("title", "kind", "classes"), [
    ("ihome portable stereo alarm clock with ipod dock gunmetal", "speaker_dock", {"mains_lv": True}),
    ("clarity professional xl45 digital extra loud cid big button speakerphone", "landline_phone",
     {"mains_lv": True, "radio": False}),
    ("mach speed cartunes max range fm transmitter mp3 player", "fm_transmitter", {"radio": True}),
    ("buffalo technology mediastation 6x blu ray writer", "external_drive", {"eee": True}),
    ("lathem time 900e electronic time recorder automatic", "office_electronics", {"eee": True}),
    ("lg 23 led tv monitor m2380d black", "television", {"radio": True}),
])
def test_a_walmart_device_reads_its_own_kind(classify, title, kind, classes):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    for name, value in classes.items():
        assert bool(result.classes[name]) is value, result.basis[name]


@pytest.mark.parametrize(("title", "radio"), [
    ("magnavox dvd recorder with built in tv tuner", True),
    ("sony hdd recorder atsc tuner", True),
    ("Acoustic Electric Guitar with Built-in Tuner", False),
    ("Digital Tuner Clip-on for Guitar", False),
])
def test_a_broadcast_tuner_is_named_by_its_standard_not_a_guitars(classify, title, radio):
    result = classify(title)
    assert bool(result.classes["radio"]) is radio, result.basis["radio"]


@pytest.mark.parametrize(("title", "children"), [
    ("panasonic lumix dmc ts3s digital camera w 4 6x optical zoom", False),
    ("Girls Dress Size 4-6X", True),
])
def test_a_zoom_factor_is_no_girls_size(classify, title, children):
    result = classify(title)
    assert bool(result.classes["children_12_under"]) is children, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "textile"), [
    ("master caster big foot no slip rubber wedge beige", False),
    ("crown needle rib wipe scrape polypropylene mat 36 x 120 gray", True),
])
def test_a_word_in_another_sense_decides_no_garment(classify, title, textile):
    result = classify(title)
    assert result.classes["apparel"] is not True, result.basis["apparel"]
    assert bool(result.classes["textile"]) is textile, result.basis["textile"]


@pytest.mark.parametrize(("title", "category", "kind", "classes"), [
    ("apc professional surgearrest 8 outlet 2 pairs phone line protection 120v", None, "power_strip",
     {"radio": False, "mains_lv": True}),
    ("iogear 2 4ghz multimedia keyboard black", None, "computer_keyboard", {"radio": True}),
    ("samsung ml1610d2 toner drum black", "printers", "ink_cartridge", {"mains_lv": False}),
    ("hp c5055a hp90 print head cleaner cyan", "printers", "ink_cartridge", {"eee": False}),
    ("fm transmitter car charger", None, "fm_transmitter", {"radio": True}),
    ("HP LeftHand P4500 SATA Storage System", None, "nas", {"mains_lv": True}),
    ("Under Bed Storage System 4 Drawers", None, "storage_organisation", {"eee": False}),
    ("Einweg Alkoholtester 10 Stück", None, None, {"eee": False}),
])
def test_a_walmart_spec_or_consumable_reads_its_own_kind(classify, title, category, kind, classes):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    for name, value in classes.items():
        assert bool(result.classes[name]) is value, result.basis[name]
