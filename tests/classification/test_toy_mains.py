"""Toys and children's products that come with a mains part.

Toys run on batteries unless the box holds a mains adapter, so a toy type says `mains_lv: false` and only the title
can overrule it: "with mains adaptor", "adapter included". Heated sugar-spinning and melting machines sold as kids'
party makers (cotton candy, chocolate fountain) are mains appliances whatever shelf they sit on.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("title", "mains"),
    [
        # the title says a mains adapter is in the box
        ("Bontempi 61 Key Electronic Keyboard with Mains Adaptor and Microphone", True),
        ("Kids Laptop Toy with Mains Adapter", True),
        ("Toy Kitchen with Lights and Sounds, Adapter Included", True),
        ("Bubble Machine with Mains Adapter for Kids", True),
        ("儿童电子琴 含电源适配器", True),
        # the same kinds without it stay battery toys or undecided
        ("Kids Electronic Keyboard 37 Keys Piano", False),
        ("Kids Laptop Toy with Lights and Sounds", False),
        ("Toy Kitchen with Lights and Sounds", False),
        ("Gazillion Bubbles Hurricane Bubble Machine", False),
        ("儿童电子琴", False),
    ],
)
def test_a_toy_whose_title_names_a_mains_adapter_is_mains(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains, (result.product_type, result.basis["mains_lv"])
    assert result.classes["eee"] is True or not mains


@pytest.mark.parametrize(
    "title",
    [
        # an adapter named beside a cable or a case is an accessory, not a mains product
        "HDMI Cable with Adapter",
        "Phone Case with Adapter",
    ],
)
def test_an_adapter_beside_an_accessory_is_not_mains(classify, title):
    assert classify(title).classes["mains_lv"] is False


@pytest.mark.parametrize(
    ("title", "mains"),
    [
        ("Hello Kitty Cotton Candy Maker", True),
        ("Candy Floss Maker for Kids Party", True),
        ("Chocolate Fountain 3 Tier Kids Party", True),
        # the sweets themselves are food
        ("Cotton Candy Pink Tub 50g", False),
        ("Milk Chocolate Buttons Sharing Bag", False),
    ],
)
def test_kids_party_sugar_machines_are_mains_appliances(classify, title, mains):
    result = classify(title)
    assert result.classes["mains_lv"] is mains, result.product_type
    assert result.classes["toy"] is False
