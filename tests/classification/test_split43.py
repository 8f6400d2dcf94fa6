"""Two-way radios and cameras by kind, so mains follows the label definition (split43, issue 9).

The labels count a product as mains when it, or a PSU or charger supplied with it, connects to the mains
(labels/README.md). `walkie_talkie` lumped handheld two-way radios (PMR446, FRS/GMRS, business sets: rechargeable
packs and a drop-in charger on a mains adapter) with 12 V CB and vehicle sets and handheld CBs (no mains charger);
`camera` lumped digital cameras (a mains charger or USB AC adapter in the box) with instant, film, trail and 360
cameras (cells or USB). Each is now a kind with its own supply; the toy walkie-talkie and the kids' camera stay toys.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

RADIOS = "Electronics > Communications > Communication Radios"
CAMERAS = "Cameras & Optics > Cameras"
TOY_CAMERAS = "Toys & Games > Toys > Electronic Toys"


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("Motorola Talkabout T82 Two-Way Radio 2 Pack", ""),
        ("Baofeng UV-5R Dual Band Two Way Radio", ""),
        ("Retevis RT24 PMR446 Walkie Talkies Licence Free, Pack of 2", ""),
        ("对讲机 户外 大功率 一对", ""),
        ("", f"{RADIOS} > Two-Way Radios"),
    ],
)
def test_a_handheld_two_way_radio_ships_with_its_mains_charger(classify, title, path):
    result = classify(title, category=path)
    assert result.product_type == "walkie_talkie", result.basis["product_type"]
    assert classes_of(result, "radio", "battery", "mains_lv", "toy") == (True, True, True, False), result.basis


@pytest.mark.parametrize(
    ("title", "path", "kind", "battery"),
    [
        ("Cobra 29 LTD Classic 40 Channel CB Radio", "", "cb_radio", False),
        ("Uniden PRO520XL Mobile CB Radio", "", "cb_radio", False),
        ("车载电台 大功率 UV双段", "", "cb_radio", False),
        ("", f"{RADIOS} > CB Radios", "cb_radio", False),
        ("Midland 75-822 Handheld CB Radio", "", "handheld_cb_radio", True),
        ("Uniden PRO401HH Portable CB Radio", "", "handheld_cb_radio", True),
    ],
)
def test_a_cb_or_vehicle_set_runs_from_12_v_not_the_mains(classify, title, path, kind, battery):
    result = classify(title, category=path)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, "radio", "battery", "mains_lv") == (True, battery, False), result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Cobra ACXT145 Walkie Talkies, 16-Mile Range, Battery Operated",
        "Walkie Talkies 22 Channel FRS Two Way Radio, USB Rechargeable",
    ],
)
def test_a_handheld_radio_on_cells_or_usb_has_no_mains_charger(classify, title):
    result = classify(title)
    assert result.product_type == "walkie_talkie", result.basis["product_type"]
    assert classes_of(result, "radio", "mains_lv") == (True, False), result.basis["mains_lv"]


@pytest.mark.parametrize(
    ("title", "category", "brand"),
    [
        ("Kids Walkie Talkies with Torch, 3km Range, Set of 2", None, None),
        ("Walkie Talkies for Kids Rechargeable, 3 Pack", None, None),
        ("Kidz Digital Camera 5MP with Flip Screen (Blue)", TOY_CAMERAS, "Kidz Tech"),
        ("LEGO Bionicle Digital Camera (Vorox)", None, "LEGO"),
    ],
)
def test_the_toy_kinds_stay_toys_without_mains(classify, title, category, brand):
    result = classify(title, category=category, brand=brand)
    assert classes_of(result, "toy", "mains_lv") == (True, False), result.basis


def test_a_pager_keeps_its_cell(classify):
    """Google files pagers under the walkie-talkie's type; a pager runs on one cell, not the radio's charger."""
    result = classify("", category="Electronics > Communications > Pagers")
    assert classes_of(result, "radio", "battery", "mains_lv") == (True, True, False), result.basis


@pytest.mark.parametrize(
    "title",
    [
        "Sony DSC-W830 20.1-Megapixel Digital Camera",
        "Nikon D3500 DSLR Camera with 18-55mm Lens",
        "Sony Alpha a6400 Mirrorless Camera Body",
        "Canon PowerShot SX70 HS Bridge Camera",
        "数码相机 高清 4K 学生",
    ],
)
def test_a_digital_camera_ships_with_its_charger(classify, title):
    result = classify(title)
    assert result.product_type == "digital_camera", result.basis["product_type"]
    assert classes_of(result, "mains_lv", "battery", "toy") == (True, True, False), result.basis["mains_lv"]
    assert result.open == ("radio",), result.basis["radio"]  # still sold with and without Wi-Fi


@pytest.mark.parametrize(
    ("title", "path", "kind"),
    [
        ("Fujifilm Instax Mini 12 Instant Camera", "", "instant_camera"),
        ("Polaroid Now Generation 2 Instant Camera", "", "instant_camera"),
        ("Kodak Ektar H35 Half Frame Film Camera", "", "film_camera"),
        ("Fujifilm QuickSnap Disposable Camera 27 Exposures", "", "film_camera"),
        ("Bushnell Core DS-4K Trail Camera", "", "trail_camera"),
        ("Hunting Camera 20MP 1080P Game Camera with Night Vision", "", "trail_camera"),
        ("Insta360 X3 360 Camera", "", "action_camera"),
        ("", f"{CAMERAS} > Trail Cameras", "trail_camera"),
        ("", f"{CAMERAS} > Film Cameras", "film_camera"),
        ("", f"{CAMERAS} > Disposable Cameras", "film_camera"),
    ],
)
def test_a_camera_on_cells_or_usb_is_its_kind_without_mains(classify, title, path, kind):
    result = classify(title, category=path)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, "mains_lv", "battery", "eee") == (False, True, True), result.basis["mains_lv"]


def test_the_digital_camera_shelf_reads_the_kind(classify):
    result = classify("", category=f"{CAMERAS} > Digital Cameras")
    assert result.product_type == "digital_camera", result.basis["product_type"]
    assert classes_of(result, "mains_lv") == (True,), result.basis["mains_lv"]


@pytest.mark.parametrize(
    ("title", "radio"),
    [
        ("Canon EOS R50 Mirrorless Camera with Wi-Fi", True),
        ("Kodak Ektar H35 Half Frame Film Camera", False),
    ],
)
def test_radio_words_and_film_still_decide(classify, title, radio):
    result = classify(title)
    assert classes_of(result, "radio") == (radio,) and result.open == (), result.basis["radio"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Camera", "camera"),  # no kind named: the supply is left open as before
        ("Underwater Camera Waterproof", "camera"),
        ("Nextbase 322GW Dash Cam", "dash_cam"),
        ("Sony Handycam HDR-CX405 Camcorder", "camcorder"),
        ("58mm DSLR Wide Angle Macro Lens Adapter for Nikon, Canon", "camera_lens"),  # for a DSLR, not one
        ("58mm DSLR Lens Hood", "camera_accessory"),
    ],
)
def test_other_cameras_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.fixture(scope="module")
def full_classifier():
    from crossguard.engine.classify import Classifier

    return Classifier.default()


@pytest.mark.parametrize(
    ("title", "group"),
    [
        ("Canon EOS R50 Mirrorless Camera with Wi-Fi", "device"),
        ("Fujifilm Instax Mini Evo Instant Camera with Bluetooth", "device"),
        ("Cobra 29 LTD Classic 40 Channel CB Radio", None),
    ],
)
def test_the_camera_kinds_keep_the_common_charger_group(full_classifier, title, group):
    """The common-charger rule (RED Annex Ia: digital cameras) named `camera`; its kinds stay in the group."""
    from crossguard.engine.models import Product

    values = full_classifier.classify(Product(sku="split43", title=title)).values
    assert values.get("common_charger") == group, values.get("product_type")
