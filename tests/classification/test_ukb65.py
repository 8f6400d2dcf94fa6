"""Amazon UK toy rows that hide a battery (ukb65; issue 9): a watch or a night light on a figures' or costumes'
shelf, a bare "Li-Po" pack, a key-ring torch, a laser board game, seasonal light strings, a crafter's heat gun, a
grown-up's die-cast robot line, a lens cover that is no cap to wear."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Kuroshitsuji Black Butler Sebastian Anime Pocket Watch",
     "Figures & Playsets > Science Fiction & Fantasy", "watch"),
    ("Clangers Mood Froglet Night Light", "Figures & Playsets > Science Fiction & Fantasy", "night_light"),
    ("2 colour Ladies Watch Classic Gel Crystal Jelly Silicone Geneva watch (Rose)",
     "Fancy Dress > Costumes > Adults", "watch"),
])
def test_a_figures_or_costumes_shelf_yields_to_a_watch_or_night_light(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["toy"] is not True, result.basis["toy"]


def test_a_figure_on_the_figures_shelf_keeps_it(classify):
    result = classify("Star Wars Black Series Boba Fett 6 inch Figure",
                      category="Figures & Playsets > Science Fiction & Fantasy")
    assert result.product_type == "action_figure", result.basis["product_type"]


def test_a_pack_named_by_its_chemistry_alone_is_a_battery(classify):
    result = classify("E-Flite 150mAh 1-Cell 3.7V 25C Li-Po",
                      category="Hobbies > Remote Controlled Devices > Parts & Accessories")
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert result.classes["battery"] is True
    assert result.classes["eee"] is not True, result.basis["eee"]


@pytest.mark.parametrize(("title", "kind", "battery"), [
    ("Lego Lights City Keylight Fire", "flashlight", True),
    ("Khet 2.0 Laser Strategy Game", "electronic_toy", True),
    ("Halloween Party Prop | Halloween Pumpkin Lights", "string_lights", None),
])
def test_a_lit_or_laser_toy_needs_current(classify, title, kind, battery):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    if battery:
        assert result.classes["battery"] is True, result.basis["battery"]


def test_a_crafters_embossing_gun_is_a_power_tool(classify):
    result = classify("2 Speed Craft Heat/Embossing Gun")
    assert result.product_type == "power_tool", result.basis["product_type"]
    assert result.classes["eee"] is True


def test_a_grown_ups_die_cast_robot_line_is_no_toy(classify):
    result = classify("Super Robot Chogokin Great Mazinger", category="Figures & Playsets > Sci-Fi")
    assert result.product_type == "collectible_figure", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


@pytest.mark.parametrize("title", [
    "BTG Gimbal Guard + Sun Hood Sunshade Cap + Camera Lens Cover Cap for DJI Phantom 3",
    "Nikon Lens Cover for 50mm",
])
def test_a_lens_cover_is_no_cap_to_wear(classify, title):
    result = classify(title)
    assert result.product_type == "camera_accessory", result.basis["product_type"]
    assert result.classes["textile"] is not True, result.basis["textile"]


def test_a_prams_sun_hood_is_no_camera_accessory(classify):
    assert classify("Baby Pram Sun Hood").product_type != "camera_accessory"


def test_a_studio_key_light_is_no_torch(classify):
    assert classify("Neewer 660 LED Key Light for Video Studio").product_type != "flashlight"
