"""Walmart's last electronics rows (wm66; issue 9): a security camera runs from the adapter in its box unless its title
names a battery, a panel or a mobile link; graphics cards by their chip lines, drive racks, network storage servers,
fish finders, USB power blocks and the French desktop."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", ["tp link tl sc3171g wireless day night surveillance camera",
                                   "d link dcs 6111 fixed dome day night ip camera",
                                   "Videoüberwachungskamera TP-Link Tapo C210 FHD IP"])
def test_a_plug_in_security_camera_has_mains(classify, title):
    result = classify(title)
    assert result.product_type == "security_camera", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Arlo wire-free security camera", "Solar security camera 4G outdoor",
                                   "Rechargeable battery powered wifi security camera", "Überwachungskamera Akku WLAN"])
def test_a_battery_or_solar_security_camera_has_none(classify, title):
    result = classify(title)
    assert result.product_type == "security_camera", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_named_plug_keeps_a_battery_cameras_mains(classify):
    result = classify("Security camera with battery backup and UK plug")
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_dummy_camera_has_no_adapter(classify):
    result = classify("Dummy camera fake CCTV",
                      category="Home & Garden > Business & Home Security > Dummy Surveillance Cameras")
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "kind", "cls"), [
    ("evga geforce 9500 gt 1gb pci e 128bit ddr2", None, "computer_component", "eee"),
    ("radeon hd 5450 1gb", None, "computer_component", "eee"),
    ("vantec nexstar se 2 5 sata hard drive rack", None, "computer_component", "eee"),
    ("griffin powerblock dual universal black", "mp3 accessories", "mains_charger", "mains_lv"),
    ("humminbird 778c hd color fishing system", "fishing and boating", "fish_finder", "eee"),
    ("x acto v2 4aa battery operated pencil sharpener", "stationery", "office_electronics", "battery"),
    ("koss stereophones with flexible headband design", None, "headphones", "eee"),
    ("Dell Optiplex 760 - 4 Go - 500 Go + Ecran 17''", "INFORMATIQUE > ORDINATEUR DE BUREAU > UNITE CENTRALE + ECRAN",
     "desktop_computer", "mains_lv"),
])
def test_walmart_and_cdiscount_electronics_by_their_names(classify, title, category, kind, cls):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("ASUS ROG Strix G15 Gaming Laptop, NVIDIA GeForce RTX 3050", None, "laptop"),  # the laptop, not its card
    ("Forets Quadro-x, 4 taillants 24x520mm BOSCH", None, None),  # drill bits, no graphics card
    ("sumdex slr camera sling pack", "mp3 accessories", "device_case"),  # the bag, not the camera
    ("Bureau d'angle en bois", "MEUBLE > BUREAU", "furniture"),  # a desk stays a desk
    ("Stey support pour unité centrale, en aluminium", None, None),  # a PC stand, no computer
    ("Souris PC Gamer RGB 7200 DPI", None, "computer_mouse"),  # a gaming mouse, no desktop (review66)
])
def test_the_same_words_around_other_products(classify, title, category, kind):
    result = classify(title, category=category)
    if kind is None:
        assert result.product_type not in ("computer_component", "desktop_computer"), result.basis["product_type"]
    else:
        assert result.product_type == kind, result.basis["product_type"]
