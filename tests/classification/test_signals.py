"""Each signal, in its order of trust: attributes > HS code > marketplace type / category > title > description."""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText
from crossguard.engine.classification.category_reading import category_key

CLASSES = (
    "radio",
    "transmitter",
    "connected",
    "mains_lv",
    "eee",
    "electronic",
    "battery",
    "battery_standalone",
    "battery_lmt",
    "button_cell",
    "toy",
    "children_12_under",
    "textile",
    "apparel",
)


def test_every_class_always_set_with_a_basis(classify):
    for title in ("Acme Ultra 15.6 inch Laptop 16GB RAM", "zzzz qqqq", ""):
        result = classify(title)
        assert set(result.classes) == set(CLASSES)
        assert set(CLASSES) <= set(result.basis)
        assert "product_type" in result.basis


# --- title: head-noun reading ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Phone Case Compatible with iPhone 15 Pro Max, Shockproof", "device_case"),
        ("Bluetooth Speaker Stand for Echo Dot, Aluminium", "tv_mount"),
        ("Iron Man Figure 30 cm Deluxe Edition", "action_figure"),
        ("USB Charger for Dodge Charger Owners, 2 Ports", "mains_charger"),
        ("Acme 15.6 inch Laptop - Intel Core i5 - 8GB Memory - 512GB SSD", "laptop"),
        ("Acme - Pro 11 inch Tablet - 128GB - Space Grey", "tablet"),
        ("Laptop Backpack Water Resistant 17 inch", "backpack"),
        ("Replacement Laptop Battery for Acme ProBook 450 G3", "battery_pack"),
        ("Car Phone Mount Air Vent Holder", "phone_holder"),
        ("Screen Protector for Galaxy S24, Tempered Glass, 2 Pack", "screen_protector"),
        ("Kids Tablet Case with Handle for 10 inch Tablets", "device_case"),
        ("Inflatable Paddling Pool with Hand Pump", "paddling_pool"),
        ("Remote Control Car 1:16 Scale Off Road Monster Truck", "rc_vehicle"),
        ("LED Desk Lamp with Wireless Charger, Touch Control", "lamp"),
        ("For iPhone 15 Case Clear Magnetic", "case_generic"),
    ],
)
def test_title_head_noun(classify, title, expected):
    assert classify(title).product_type == expected


def test_title_basis_names_the_word(classify):
    result = classify("Acme Ultra 15.6 inch Laptop")
    assert result.signal == "title"
    assert result.basis["product_type"] == "product type laptop from title word 'laptop'"
    assert result.classes["radio"] and result.classes["mains_lv"] and result.classes["battery"]


def test_target_only_when_nothing_else(classify):
    # "for iPad 2, iPad 3": the comma continues the target list; the cover is the product
    assert classify("Leather Book Cover for iPad 2, iPad 3, iPad 4").product_type == "device_case"


def test_with_part_does_not_name_the_product(classify):
    assert classify("Cartoon Racing Cars with Rubber Tyres").product_type == "vehicle_miniature"


def test_attributive_use_of_a_type_word(classify):
    # "remote control" followed by more words describes the product, it is not a TV remote
    result = classify("Infrared Remote Control Levitation Flying Ball")
    assert result.product_type == "flying_toy"
    assert result.classes["toy"] and not result.classes["radio"]


# --- category path --------------------------------------------------------------------------------------------------


def test_category_most_specific_segment_wins(classify):
    result = classify("Aurora Deluxe Set", category="Toys & Games > Figures & Playsets > Dinosaurs")
    assert result.product_type == "dinosaur_toy"
    assert result.signal == "category"
    assert result.classes["toy"]


def test_flipkart_kids_category_makes_a_childrens_dress(classify):
    result = classify(
        "Bloomy Printed Girl's Gathered Dress",
        category="Clothing >> Kids' Clothing >> Girls Wear >> Dresses & Skirts >> Dresses >> Bloomy Dresses",
    )
    assert result.product_type == "dress"
    assert result.classes["textile"] and result.classes["apparel"] and result.classes["children_12_under"]
    assert not result.classes["toy"]


def test_category_beats_title_for_a_different_kind(classify):
    # a shelf of collector models: the title's vehicle word does not make it a toy
    result = classify("Vintage Green Double Decker Bus", category="Toys > Die-Cast Vehicles > Scaled Models > Vehicles")
    assert result.product_type == "scale_model"
    assert not result.classes["toy"]


def test_accessory_title_refines_the_shelf(classify):
    result = classify("Silicone Case for Galaxy S23", category="Electronics > Mobile Phones")
    assert result.product_type == "device_case"
    assert not result.classes["radio"]


def test_bucket_category_lets_the_title_decide(classify):
    cable = classify("Acme - 6' Braided Charge-and-Sync Cable - Grey", category="Wall Chargers & Power Adapters")
    assert cable.product_type == "charging_cable"
    assert not cable.classes["mains_lv"] and cable.classes["eee"]
    car = classify("Acme - Dual USB Car Charger", category="Adapters, Cables & Chargers")
    assert car.product_type == "vehicle_charger"
    assert not car.classes["mains_lv"]


def test_generic_category_is_refined_by_title_and_fills(classify):
    result = classify("Acme 6ft Inflatable Swimming Pool", category="Toys & School Supplies >> Outdoor Toys")
    assert result.product_type == "paddling_pool"
    assert result.classes["toy"] and result.classes["children_12_under"]


def test_generic_last_segment_defers_to_specific_kind_above(classify):
    # (a title naming nothing: "Class 66 Diesel Locomotive" on it is a locomotive, a kind of what the shelf holds)
    result = classify(
        "Class 66 Diesel 66001 DCC Ready",
        category="Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains",
    )
    assert result.product_type == "model_railway"
    assert not result.classes["toy"]


def test_accessories_segment_does_not_climb_to_the_kind(classify):
    result = classify("Acme Neck Strap Black", category="Electronics > Cameras > Accessories")
    assert result.product_type == "spare_part"  # "accessories" of cameras, not a camera
    assert not result.classes["battery"] and not result.classes["radio"]


def test_flipkart_truncated_title_segment_is_ignored(classify):
    # the last segment repeats the title, cut mid-word: "Bras..." must not read as bras
    result = classify(
        "Radha Crystal Gold Plated Brass Nose Ring",
        category="Jewellery >> Nose Rings & Studs >> Radha Crystal Gold Plated Bras...",
    )
    assert result.product_type == "jewellery"
    assert not result.classes["textile"]


def test_short_category_leaf_that_begins_the_title_is_kept(classify):
    # "Colouring Pencils" is a shelf name that the title merely starts with; dropping it let "Arts & Crafts" decide
    pencils = classify("Colouring Pencils Value Pack (Pack of 12)", category="Arts & Crafts > Colouring Pencils")
    assert pencils.product_type == "coloured_pencils"
    assert not pencils.classes["toy"] and pencils.classes["children_12_under"]
    # a leaf that is the whole title (Flipkart) still goes: the title signal reads it
    title = "i-KitPit Pouch for Lenovo A369i"
    path = f"Mobiles & Accessories >> Mobile Pouches >> {title}"
    assert "Lenovo" not in category_key(path, title)
    key = category_key("Arts & Crafts > Colouring Pencils", "Colouring Pencils Value Pack (Pack of 12)")
    assert key.endswith("Colouring Pencils")


def test_brand_is_masked(classify):
    result = classify("Smart Home Pro 6ft 4-Wire Dryer Cord", brand="Smart Home Pro")
    assert result.product_type == "power_cord"
    assert not result.classes["connected"]


# --- marketplace product type ---------------------------------------------------------------------------------------


def test_marketplace_product_type(classify):
    result = classify("Acme QuietComfort 45", product_type="HEADPHONES")
    assert result.product_type == "headphones"
    assert result.signal == "product_type"
    phone = classify("Acme X200 5G 128GB", product_type="CELLULAR_PHONE")
    assert phone.product_type == "smartphone" and phone.classes["radio"]


def test_marketplace_type_beats_category(classify):
    result = classify("Acme Model 7", product_type="TOY_FIGURE", category="Electronics > Accessories")
    assert result.product_type == "action_figure"


# --- HS code --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("8471.30.0100", "laptop"),
        ("851713", "smartphone"),
        ("8518.30", "headphones"),
        ("8507.60.00", "battery_pack"),
        ("8516.31", "hair_dryer"),
        ("6109.10.00", "clothing"),
        ("8711.60", "e_bike"),
    ],
)
def test_hs_code_names_the_type(classify, code, expected):
    result = classify("Acme Item 42", hs_code=code)
    assert result.product_type == expected
    assert result.signal == "hs_code"


def test_hs_longest_prefix_wins(classifier: Classifier):
    assert classifier.vocab.hs_lookup("8516.79.0000").code == "8516.79"
    assert classifier.vocab.hs_lookup("85167200").code == "8516.72"
    assert classifier.vocab.hs_lookup("9999.99") is None


def test_hs_beats_title(classify):
    result = classify("Acme Laptop Sleeve 13 inch", hs_code="8471.30")
    assert result.product_type == "laptop"


def test_hs_classes_override_title_type(classify):
    # 8504.40 is a static converter: electronic whatever the title; a vehicle charger stays non-mains
    car = classify("12V Dual USB Car Charger", hs_code="8504.40")
    assert car.product_type == "vehicle_charger"
    assert car.classes["electronic"] and not car.classes["mains_lv"]


def test_hs_default_classes_only_fill(classify):
    toy = classify("Acme Wonder Set", hs_code="9503.00.0090")
    assert toy.established and toy.classes["toy"]
    collector = classify("1:18 Diecast Model Car Collector Edition", hs_code="9503.00.0090")
    assert not collector.classes["toy"]


def test_hs_generic_type_refined_by_title(classify):
    result = classify("Girls Cotton Summer Dress", hs_code="6204.42")
    assert result.product_type == "dress"
    assert result.classes["children_12_under"] and result.classes["apparel"]


# --- description and bullet points ----------------------------------------------------------------------------------


def test_description_when_title_names_nothing(classify):
    result = classify("Acme Sound X1", description="This portable speaker pairs over Bluetooth 5.3 in seconds.")
    assert result.product_type == "portable_speaker"
    assert result.signal == "description"
    assert result.classes["radio"]


def test_bullet_points_are_read(classify):
    result = classify("Acme Zen", bullet_points=("Rechargeable electric toothbrush with 3 modes", "2 brush heads"))
    assert result.product_type == "electric_toothbrush"


def test_description_modifiers_only_fill(classify):
    # the title decides the type; a "wireless" in the description fills an open class but never overrides
    result = classify("Acme Over-Ear Headphones", description="Wireless Bluetooth headphones with 40 h battery.")
    assert result.product_type == "headphones"
    assert result.classes["radio"] and result.classes["battery"]


# --- attributes -----------------------------------------------------------------------------------------------------


def test_attributes_override_everything(classify):
    result = classify("Acme Portable Bluetooth Speaker", attributes={"radio": False, "battery": None})
    assert not result.classes["radio"]
    assert result.basis["radio"] == "attribute radio=False"
    assert result.classes["battery"]  # None = unknown: the text still decides


def test_attributes_do_not_leak_into_the_cache(classify):
    with_attr = classify("Acme Portable Bluetooth Speaker", attributes={"radio": False})
    without = classify("Acme Portable Bluetooth Speaker")
    assert not with_attr.classes["radio"] and without.classes["radio"]


def test_attributes_alone_establish_nothing_but_are_the_signal(classify):
    result = classify("zzqx 123", attributes={"toy": True})
    assert not result.established
    assert result.signal == "attributes"
    assert result.classes["toy"] and result.classes["children_12_under"]  # implication toy => children


# --- nothing known --------------------------------------------------------------------------------------------------


def test_not_established_when_no_signal(classify):
    result = classify("Zorblax 3000 Deluxe Edition")
    assert not result.established
    assert result.product_type is None
    assert result.signal == "none"
    assert not any(result.classes.values())


def test_positively_unregulated(classify):
    result = classify("Ceramic Coffee Mug 350 ml, Dishwasher Safe")
    assert result.established and result.product_type == "mug"
    assert not any(result.classes.values())


def test_results_are_fresh_copies(classifier: Classifier):
    first = classifier.classify(ProductText("Acme Bluetooth Speaker"))
    first.classes["radio"] = False
    again = classifier.classify(ProductText("Acme Bluetooth Speaker"))
    assert again.classes["radio"]
