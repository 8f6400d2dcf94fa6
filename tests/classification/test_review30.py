"""Review of the recalls round (review30, issue 9): three readings the round's new rules got wrong for kinds any
catalog has, each both ways (the wrong reading gone / the round's reading kept).

1. A toy named after an off-road vehicle ("Toy ATV Quad", "Kids Dirt Bike Toy") is a toy, not the vehicle: the
   vehicle type's starter battery and engine electronics must not land on a plastic toy.
2. A bare "12V" on a power tool is the car socket's voltage as often as a cordless line's ("12V Car Polisher"):
   only a line's own name (M12, 12V MAX) says the tool runs on a battery pack.
3. A "tea kettle" is the stovetop one unless the title says it is electric ("Tea Kettle 1.7L Cordless, Auto Shut
   Off"): a stovetop type must not fix an electric kettle as not mains.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "title",
    ["Kids Dirt Bike Toy", "Toy ATV Quad", "Kids Toy Golf Cart with Figures", "Snowmobile Toy for Kids"],
)
def test_a_toy_named_after_an_off_road_vehicle_is_a_toy(classify, title):
    result = classify(title)
    assert result.product_type != "off_road_vehicle", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["battery"] is not True, result.basis["battery"]


@pytest.mark.parametrize("title", ["Youth ATV 110cc Four Stroke", "Honda CRF 250 Dirt Bike", "Club Car Golf Cart"])
def test_real_off_road_vehicles_keep_their_kind(classify, title):
    result = classify(title)
    assert result.product_type == "off_road_vehicle", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize("title", ["12V Car Polisher Buffer", "12V Soldering Iron for Car Cigarette Lighter"])
def test_a_car_socket_tool_is_not_a_cordless_line(classify, title):
    result = classify(title)
    assert result.product_type == "power_tool", result.basis["product_type"]
    assert result.classes["battery"] is not True, result.basis["battery"]


@pytest.mark.parametrize(
    "title", ["Milwaukee M12 Reciprocating Saw", "DeWalt 12V MAX Drill Driver", "Makita 18V LXT Combi Drill"],
)
def test_cordless_lines_still_run_on_batteries(classify, title):
    result = classify(title)
    assert result.classes["battery"] is True, result.basis["battery"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize(
    ("title", "mains"),
    [
        ("Tea Kettle Electric 1.7L", True),
        ("Tea Kettle 1.7L Cordless Stainless Steel, Auto Shut Off", True),
        ("Whistling Tea Kettle Stainless Steel", False),   # the stovetop reading the round added stays
        ("Enamel Tea Kettle 2L for Gas and Induction Hobs", False),
    ],
)
def test_a_tea_kettle_that_says_it_is_electric_plugs_in(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Crayola Washable Finger Paints, 6 Colours", "Non-Toxic Finger Paint for Toddlers"])
def test_finger_paints_are_named_by_one_type(classify, title):
    """The round added `finger_paint` but left "finger paint(s)" with `colouring_set`: one kind under two types."""
    result = classify(title)
    assert result.product_type == "finger_paint", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]
