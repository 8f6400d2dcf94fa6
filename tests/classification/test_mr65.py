"""Mercari home-scent rows (mr65; issue 9): an electric warmer filed on a scent or candles shelf is the warmer."""

from __future__ import annotations

import pytest

SCENTS = "Beauty/Fragrance/Candles & Home Scents"


@pytest.mark.parametrize(("title", "category"), [
    ("Wax warmer", "Home/Home Décor/Home Fragrance"),
    ("Scentsy wax warmer", SCENTS),
    ("Candle warmer lamp", SCENTS),
])
def test_an_electric_warmer_on_a_scent_shelf_has_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "home_appliance_misc", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Reed diffuser", "Home/Home Décor/Home Fragrance"),
    ("Soy candle lavender", SCENTS),
])
def test_a_scent_on_its_shelf_has_no_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Toe Straightener Silicone", "Car Vent Clip Plugin Air Freshener"])
def test_a_straightener_or_a_clips_plugin_is_no_mains_appliance(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
