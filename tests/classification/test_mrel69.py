"""Stop 68's Mercari electronics audit (mrel69; issue 9): a device shelf yields to the kind a title names, and kinds
whose defaults did not fit what was filed under them."""

from __future__ import annotations

import pytest

PHONES = "Electronics/Cell Phones & Accessories/Cell Phones & Smartphones"


@pytest.mark.parametrize(("title", "kind"), [("Professional Precision Digital Scale", "health_monitor"),
                                             ("Fidget Spinner Metallic Green", "fidget_toy"),
                                             ("iPod touch 5th generation", "wifi_media_player")])
def test_the_phone_shelf_yields_to_the_kind_a_title_names(classify, title, kind):
    result = classify(title, category=PHONES)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_phone_on_the_phone_shelf_stays_a_phone(classify):
    result = classify("Iphone 6 64gb", category=PHONES)
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] is True


def test_vr_goggles_on_the_headsets_shelf(classify):
    result = classify("Virtual reality goggles", category="Electronics/Cell Phones & Accessories/Headsets")
    assert result.product_type == "vr_headset", result.basis["product_type"]


def test_headphones_on_the_headsets_shelf_stay_headphones(classify):
    result = classify("Beats solo 2 wireless", category="Electronics/Cell Phones & Accessories/Headsets")
    assert result.product_type == "headphones", result.basis["product_type"]
    assert result.classes["radio"] is True


def test_a_kids_camera_on_the_cameras_shelf_is_a_toy(classify):
    result = classify("Crayola digital kids camera", category="Electronics/Cameras & Photography/Digital Cameras")
    assert result.product_type == "kids_camera", result.basis["product_type"]
    assert result.classes["toy"] is True
    assert result.classes["mains_lv"] is not True


def test_a_vapes_atomiser_has_no_battery(classify):
    result = classify("Giffin 25 rdta full tank kit")
    assert result.product_type == "vape_atomizer", result.basis["product_type"]
    assert result.classes["battery"] is False
    assert result.classes["eee"] is True


def test_a_vape_kit_keeps_its_battery(classify):
    assert classify("Vape starter kit 2200mAh").classes["battery"] is True


def test_a_portable_smart_speaker_has_a_battery(classify):
    result = classify("Amazon tap NEW")
    assert result.classes["battery"] is True
    assert result.classes["radio"] is True


def test_a_smart_speaker_stays_on_the_mains(classify):
    result = classify("Amazon Echo Dot 2nd generation")
    assert result.classes["battery"] is False
    assert result.classes["mains_lv"] is True


def test_an_ereader_tablet_is_an_ereader(classify):
    result = classify("LIKE NEW KOBO eReader Tablet Only")
    assert result.product_type == "e_reader", result.basis["product_type"]


def test_a_watchs_charger_is_its_cable(classify):
    result = classify("Genuine Apple Watch charger!")
    assert result.product_type == "charging_cable", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True


def test_a_retro_handheld_named_with_its_maker(classify):
    """The platform's console kind may be a kind of a kind of console (a handheld's): it read a modern console."""
    result = classify("Nintendo Game Boy Advance")
    assert result.product_type == "retro_handheld", result.basis["product_type"]
    assert result.classes["radio"] is not True
    assert result.classes["mains_lv"] is not True


@pytest.mark.parametrize(("title", "kind"), [("DSi with Super Mario", "handheld_console"),
                                             ("Mario Kart DS - Nintendo DSi", "video_game")])
def test_the_dsi_as_a_console_and_as_a_games_platform(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_fishfinders_dsi_is_no_console(classify):
    assert classify("Lowrance elite 5 dsi fishfinder").product_type == "fish_finder"


def test_a_music_phone_on_the_phone_shelf_stays_a_phone(classify):
    result = classify("Nokia 5310 XpressMusic phone mp3 player", category=PHONES)
    assert result.classes["radio"] is True, result.basis["radio"]
