"""Category paths written with ", " between their levels (comma55, issue 9).

Some exports write a path as "Kitchen & Dining, Small Appliances" (a department store's top level and shelf). Read as
one segment, the first words that name a kind decided it: the old catalogs' paths rewritten that way changed 1,240
class cells of 29,698 products against their " > " form (an RC engine part read as an RC car, a model lorry as a
fridge). With no ">" (nor "|") in the path, ", " now separates levels: 43 cells still differ (Flipkart's cut paths).
A category that is a title cut short ("...") stays one segment.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.category_reading import category_parts


@pytest.mark.parametrize(("path", "read"), [
    ("Kitchen & Dining, Small Appliances", "Kitchen & Dining > Small Appliances"),
    ("Kids, Dresses", "Kids > Dresses"),
    ("Shop All Baby, Baby Gear & Essentials", "Shop All Baby > Baby Gear & Essentials"),
])
def test_a_path_with_commas_between_levels_reads_as_levels(path: str, read: str) -> None:
    assert category_parts(path)[0] == read
    assert category_parts(path)[2] == read.rsplit(" > ", 1)[1]  # the shelf is the leaf


@pytest.mark.parametrize(("path", "leaf"), [
    ("Sports & Outdoors > Skates, Skateboards & Scooters", "Skates, Skateboards & Scooters"),  # commas in a level
    ("Heating,Cooling&AirQuality|AirPurifiers", "Air Purifiers"),  # no space after the comma: one level's name
    ("Sugandh Vatika 24 Natural Masala, Sandal Incense...", ""),  # a title cut short in the category's place
    ("Electronics", ""),
])
def test_other_commas_stay_inside_a_level(path: str, leaf: str) -> None:
    assert category_parts(path)[2] == leaf


RC_PARTS = "Hobbies, Remote Controlled Devices, Parts & Accessories"
SCALE_MODELS = "Die-Cast & Toy Vehicles, Toy Vehicles & Accessories, Scaled Models, Vehicles"


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Pull Start Assembly for 1/8 Nitro Buggy Engines", RC_PARTS, "spare_part"),
    ("Brushed Motor RS-540 for 1/10 Cars", RC_PARTS, "spare_part"),
    ("Oxford Diecast Scania Fridge Truck 1:76", SCALE_MODELS, "scale_model"),
])
def test_a_comma_written_path_reads_as_its_arrow_written_twin(classify, title, category, kind):
    """Read as one segment, the first words won: an RC engine part was a radio-controlled car, a model lorry a
    fridge."""
    comma, arrow = classify(title, category=category), classify(title, category=category.replace(", ", " > "))
    assert comma.product_type == arrow.product_type == kind
    assert comma.classes == arrow.classes
    assert not comma.classes["radio"] and not comma.classes["mains_lv"]
