"""Mercari home-scent and hair-tool rows (mr65; issue 9): an electric warmer filed on a scent or candles shelf, a
plug-in by its one-word spelling, a flat iron and heated rollers by their bare names."""

from __future__ import annotations

import pytest

SCENTS = "Beauty/Fragrance/Candles & Home Scents"
HAIR_TOOLS = "Beauty/Tools & Accessories/Hair Styling Tools"


@pytest.mark.parametrize(("title", "category"), [
    ("Wax warmer", "Home/Home Décor/Home Fragrance"),
    ("Scentsy wax warmer", SCENTS),
    ("Wallflowers plugin", SCENTS),
    ("Chi straightener", HAIR_TOOLS),
    ("Hot rollers", HAIR_TOOLS),
])
def test_an_electric_scent_or_hair_tool_on_its_shelf_has_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize(("title", "category"), [
    ("Wallflowers plugin refills", SCENTS),
    ("Reed diffuser", "Home/Home Décor/Home Fragrance"),
    ("Straightener cream", None),
    ("Wire straightener tool", None),
    ("WordPress plugins book", None),
])
def test_a_refill_cream_or_book_has_no_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
