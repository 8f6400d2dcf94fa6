"""Stop 93 (issue 9): what a fresh look at the catalogs' departments showed: a store's vehicle department
("Motorcycle", "Car & Motorbike") read as a toy shelf. Tested both ways on paths shaped like the catalogs'."""

from __future__ import annotations

import pytest

# --- a vehicle department is no toy shelf -----------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "category"), [
    ("Silencer guard for Apache 4v", "Motorcycle"),                     # Daraz's first level
    ("30x140cm Light Silica Aerogel Insulation Mat", "Motorcycle"),
    ("Lenker Protektor universal", "Car & Motorbike"),                 # Amazon's department
    ("Windshield Deflector for Honda Goldwing", "Auto & Motorbike > Motorcycle"),
    ("Deep Groove Rubber Sealed Ball Bearing 6000 2RS", "Cars & Motorcycles"),
])
def test_a_vehicle_department_makes_no_toy(classify, title, category):
    """Daraz files motorcycle parts, stickers and helmets under a first level "Motorcycle": 11 products read as toys
    for children; a bare vehicle word reads a plaything in a title, but a level naming only vehicles is where real
    vehicles' goods are sold."""
    result = classify(title, category=category)
    assert result.product_type != "vehicle_miniature"
    assert result.classes["toy"] is not True
    assert result.classes["children_12_under"] is not True


@pytest.mark.parametrize(("title", "category"), [
    ("Hotwheels Chrysler Pacifica", "Remote Control & Vehicles"),       # Daraz's toy department: a plaything's word
    ("Hotwheels Datsun 620", "Toys > Motorcycles"),                     # a plaything's level above
    ("Hotwheels Datsun 620", "Toys & Games > Play Vehicles > Cars"),
])
def test_a_vehicle_level_under_a_toy_shelf_still_holds_toys(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True
    assert result.classes["children_12_under"] is True


def test_a_bare_vehicle_word_in_a_title_still_reads_a_plaything(classify):
    """The department rule is the category's: the title's "Tractor" alone is still the generic toy vehicle."""
    result = classify("Wooden Tractor with Trailer Red")
    assert result.product_type == "vehicle_miniature"
    assert result.classes["toy"] is True
