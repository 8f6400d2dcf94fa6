"""A store's "Fan Shop" is goods for sports fans, not electric fans (fanshop55, issue 9).

Amazon US files team merchandise under "Sports & Outdoors > Fan Shop" and department stores under "Sports Fan Shop";
the word "fan" in that category made every product on it an electric fan (mains, EEE), a mug or a rug included.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category"), [
    ("Dallas Cowboys 15oz Ceramic Coffee Mug", "Sports Fan Shop"),
    ("Chicago Bulls Team Logo Area Rug 5x8", "Sports Fan Shop, Home Decor"),
    ("NFL Kansas City Chiefs Bobblehead", "Sports & Outdoors > Fan Shop > Home & Kitchen > Collectibles"),
    ("Green Bay Packers Knit Beanie", "Sports & Outdoors | Fan Shop | Clothing | Hats"),
])
def test_goods_on_a_fan_shop_shelf_are_no_electric_fans(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "fan"
    assert not result.classes["mains_lv"] and not result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Lasko 20 inch Box Fan, 3 Speeds", "Home & Kitchen > Heating, Cooling & Air Quality > Household Fans > Box Fans"),
    ("Honeywell Oscillating Tower Fan with Remote", "Home, Fans"),
])
def test_an_electric_fan_on_a_fans_shelf_is_still_one(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] and result.classes["eee"]
