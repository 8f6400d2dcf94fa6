"""Toy versions of grown-up products (reader17, issue 9): a toy shelf or a toy maker makes a camera or a mug a toy.

A title's head noun names what a product is a version of; whether it is that product or its toy is said by where it
is shelved ("Electronic Toys > Digital Cameras", "Musical Instruments & Toys") or who made it (LEGO, Playmobil,
Bigjigs). Each reading is tested both ways: the same kind on a grown-up shelf or from another maker stays the grown-up
product, and radio devices, tableware and the kites shelf's drone cameras are left to their own rules.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

TOY_CAMERAS = "Electronic Toys > Digital Cameras"
CAMERAS = "Electronics > Cameras & Photo > Digital Cameras"
CUP_AND_BALL = "Sports Toys & Outdoor > Cup & Ball Games"
MUGS = "Home & Kitchen >> Kitchen & Dining >> Coffee Mugs"
TOY_INSTRUMENTS = "Toys & School Supplies >> Musical Instruments & Toys >> Sparkle Fashion Microphone (Pink)"
AUDIO = "Computers >> Audio & Video >> Blue Yeti USB Microphone for Recording (Silver)"
CHARACTER_TOYS = "Characters & Brands > Bob the Builder > Toys"
TOOLS = "Home Improvement > Power Tools > Drills"
MODEL_KITS = "Hobbies > Model Building Kits > Cars & Vehicles"
FLIGHT_TOYS = "Sports Toys & Outdoor > Kites & Flight Toys"
STAR_WARS_TOYS = "Characters & Brands > Star Wars > Toys"

AUDIENCE_AND_MAINS = ("toy", "children_12_under", "mains_lv")


@pytest.mark.parametrize(
    ("title", "category", "brand", "product_type"),
    [
        # a toy shelf: the grown-up noun is the toy version of it
        ("Kidz Digital Camera 5MP with Flip Screen (Blue)", TOY_CAMERAS, "Kidz Tech", "digital_camera"),
        ("Sparkle Fashion Microphone", TOY_INSTRUMENTS, "Sparkle", "microphone"),
        ("Bob the Builder Power Drill with Sounds", CHARACTER_TOYS, "Character Options", "power_tool"),
        ("数码相机 粉色", "玩具 > 相机", None, "digital_camera"),
        ("Builders Hand Tool Set (6 Pieces)", "Figures & Playsets > Accessories", "Junior Builder", "hand_tool"),
        # a toy maker in the brand field, whatever the shelf
        ("LEGO Ninjago 70505: Temple of Light", MODEL_KITS, "LEGO", "model_kit"),
        ("Bigjigs Toys Tea Cup and Saucer", None, "Bigjigs Toys", "mug"),
        ("Wooden Cup and Ball (Pack of 2)", CUP_AND_BALL, "Bigjigs Toys", "mug"),
    ],
)
def test_a_grown_up_noun_on_a_toy_shelf_or_from_a_toy_maker_is_its_toy(classify, title, category, brand,
                                                                         product_type) -> None:
    result = classify(title, category=category, brand=brand)
    assert result.product_type == product_type, result.basis["product_type"]
    assert classes_of(result, *AUDIENCE_AND_MAINS) == (True, True, False), result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "category", "brand"),
    [
        # the same kinds on a grown-up shelf or from a grown-up maker stay what they are
        ("Canon IXUS 185 Digital Camera 20MP", CAMERAS, "Canon"),
        ("Ceramic Coffee Mug 350ml with Handle", MUGS, "Rockmantra"),
        ("Blue Yeti USB Microphone for Recording", AUDIO, "Blue"),
        ("Bosch PSB 1800 Cordless Combi Drill", TOOLS, "Bosch"),
        ("Builders Hand Tool Set (6 Pieces)", "Home Improvement > Hand Tools > Tool Sets", "Stanley"),
        ("数码相机 粉色", "电子产品 > 相机", None),
        ("Bone China Tea Cup and Saucer", None, "Wedgwood"),
        ("Tamiya 1/24 Nissan Skyline GT-R Model Kit", MODEL_KITS, "Tamiya"),
        # Takara Tomy's collector kits are not its sister company Tomy's toys
        ("Optimus Prime DMK 01 Transformers Movie Dual Model Kit", "Characters & Brands > Tomy", "Takara Tomy"),
        # the kites shelf holds drones and their cameras; a pet toy shelf is not a children's one
        ("HD Camera 720P for Syma X5C Quadcopter", FLIGHT_TOYS, "Syma Parts"),
        ("Stainless Steel Dog Bowl Mug", "Pet Supplies > Dog Toys", "Petface"),
        # kinds whose toy shelves also hold grown-up merchandise keep their own reading
        ("Star Wars Lightsaber Chopsticks Darth Vader", STAR_WARS_TOYS, "Kotobukiya"),
        # a mains appliance on a toy shelf that says it is for adults stays an appliance
        ("Adult Novelty Retro Toaster 2 Slice", "Toys & Games > Adult Toys", "Swan"),
    ],
)
def test_the_same_kind_elsewhere_stays_a_grown_up_product(classify, title, category, brand) -> None:
    result = classify(title, category=category, brand=brand)
    assert result.classes["toy"] is False, (result.product_type, result.basis["toy"])


def test_a_toy_version_has_no_mains_but_keeps_its_circuit(classify) -> None:
    """A toy drill from a toy shelf loses the mains and keeps the battery its type's rules give a cordless tool."""
    result = classify("Bob the Builder Power Drill with Sounds", category=CHARACTER_TOYS, brand="Character Options")
    assert classes_of(result, "eee", "battery", "mains_lv") == (True, True, False), result.basis
