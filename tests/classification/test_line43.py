"""A product line named in the title names its kind when nothing else does (lead, stop 43, issue 9).

Read by title and brand alone, "Scalextric Mitsubishi Lancer 7" named no type: the title names the range (a slot-car
line) and the car, never the kind, so the listing went to review as unknown. A title modifier may now say
`names_type` as a brand modifier could (stop 42): the kind the line's whole range is. It fills only when no
attribute, HS code, shelf, title or description word names a type; it comes before a maker in the brand field (the
line is the narrower fact), and a line named only as what the product is for is a target, not the product.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "brand"), [
    ("Scalextric Mitsubishi Lancer 7", None),
    ("Micro Scalextric Lamborghini Huracan (Yellow)", ""),
    ("Carrera GO!!! Silver Lightning McQueen 61291", None),
    ("Scalextric Audi R8 LMS No.2", "Hornby"),   # the line in the title, a maker in the brand field
])
def test_a_line_in_the_title_names_its_kind(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "slot_car", result.basis["product_type"]
    assert result.established and result.classes["toy"] and result.classes["eee"], result.basis["eee"]
    assert "title word '" in result.basis["product_type"] and "slot_car line" in result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Scalextric Storage Box for Cars", "storage_organisation"),  # the title names its own kind
    ("Carbon Steering Wheel for Carrera GO Lap Counter", None),  # a line named only as a target names nothing
    # no line at all: the car with its scale is a miniature, not a slot car (charger44: a scale after "car" is its
    # specification; the title named no kind before)
    ("Mitsubishi Lancer 7 Rally Car 1:32", "vehicle_miniature"),
])
def test_a_named_kind_or_a_target_line_is_not_the_lines_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]  # None: nothing names a kind


def test_a_line_outranks_a_maker_in_the_brand_field(classify):
    # a toy maker in the brand field names `toy`; the line in the title names the narrower kind and wins
    result = classify("Carrera GO!!! Mario Kart Wii Set", brand="Bruder")
    assert result.product_type == "slot_car", result.basis["product_type"]
    result = classify("Mario Kart Wii Set 61291", brand="Bruder")
    assert result.product_type == "toy", result.basis["product_type"]


def test_the_shelf_outranks_the_line(classify):
    result = classify("Scalextric Mitsubishi Lancer 7", category="Clothing > Men > T-Shirts")
    assert result.product_type == "t_shirt", result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Twin Mill III", "Hot Wheels", "toy_vehicle"),          # the line is the brand, blanked out of the title
    ("Track Builder Unlimited Loop Kit", "Hot Wheels", "toy_vehicle"),
    ("Classic Girl (Pink)", "Monchhichi", "plush"),
])
def test_a_line_in_the_brand_field_names_its_kind(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert "brand word '" in result.basis["product_type"], result.basis["product_type"]


def test_a_brand_line_keeps_its_negative_contexts_in_the_title(classify):
    # "Nerf Dog" is a pet-toy range, not the blaster line: read with the title's words, the line names nothing, and
    # only the (weaker) maker signal is left (Nerf is a toy maker in the brand field)
    result = classify("Nerf Dog Squeak Ball", brand="Nerf")
    assert result.product_type == "toy", result.basis["product_type"]
    assert "toy maker" in result.basis["product_type"], result.basis["product_type"]
