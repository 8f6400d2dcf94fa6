"""Mains-powered products missed and false mains, read from an audit of the whole catalogs (mains49, issue 9).

An audit of 310 products not read mains (Flipkart's electrical branches, the toy catalog's electrical shelves, Best Buy)
and 100 read mains found three kinds: a wattage before "adapter" names a power adapter (Flipkart's laptop adapters,
"Hp Pavilion DV7 (65) 65 Adapter", read a signal adapter); a hand juicer is a manual squeezer, not the mains juicer;
the French "applique" (wall light) is the English appliqué of embroidery; and Micki (Micki Leksaker), whose wooden
trains on a model-railway shelf read as hobby models, is a maker for young children. Each rule with the cases that
change and the look-alikes that must not."""

import pytest

LAPTOP_ADAPTERS = "Computers >> Laptop Accessories >> Adapters >> Rega IT Adapters"
HAND_JUICERS = "Kitchen & Dining >> Kitchen Tools >> Kitchen Implements >> Hand Juicers >> NAVISHA Hand Juicers"


# --- 1. a wattage before "adapter" names a power adapter ----------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Rega IT Hp Pavilion G4-1302AX G4-1302TU (65) 65 Adapter", LAPTOP_ADAPTERS),
    ("Rega IT Hp Pavilion G4-1302AX G4-1302TU (65) 65 Adapter", None),
    ("Lapguard Sony VAIO VGN-G2AAPSY_90 90 Adapter", LAPTOP_ADAPTERS),
    ("Rega IT Toshiba Satellite L300-227 L300-229 75 75 Adapter", None),
    ("Smartpro 10.5v,2.9a for Tablet Charger 75 Adapter", LAPTOP_ADAPTERS),
    ("Dell 65W Adapter for Inspiron 15 3000", None),
    ("Replacement 90W Adaptor for Lenovo ThinkPad T440", None),
])
def test_a_wattage_before_adapter_names_a_mains_power_adapter(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "power_adapter", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]
    assert not result.classes["battery"]


@pytest.mark.parametrize("title", [
    "USB C to HDMI Adapter 4K 60Hz",
    "Rocketfish - Mini Display Port-to-HDMI Adapter",
    "Sonanjali USB OTG Adapter",
    # (s78c: a SIM adapter is a plastic frame, `mechanical_adapter`: test_s78)
    "Mini DisplayPort Adapter for MacBook Pro 13",
    "3.5mm Headphone Jack Adapter 2 Pack",
])
def test_a_signal_adapter_stays_no_mains(classify, title):
    result = classify(title)
    assert result.product_type == "adapter", result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


# --- 2. a hand juicer is a manual squeezer --------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("JayEnterprise Plastic Hand Juicer", HAND_JUICERS),
    ("NAVISHA Plastic Hand Juicer", None),
    ("Prestige Manual Juicer PMJ 1", None),
    ("Hand Juicer Plastic Lemon Orange", None),
])
def test_a_hand_juicer_is_a_kitchen_tool_with_no_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "kitchen_tool", result.basis["product_type"]
    assert not result.classes["mains_lv"] and not result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize("title", [
    "Philips HR1863 Juicer",
    "Kuvings Whole Slow Juicer EVO820",
    "Electric Citrus Juicer 40W",
    "原汁机 家用 榨汁机",
])
def test_an_electric_juicer_stays_mains(classify, title):
    result = classify(title)
    assert result.product_type == "juicer", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]


# --- 3. appliqué is embroidery; the French wall light is "applique murale" ------------------------------------------

@pytest.mark.parametrize("title", [
    "PERSONALISED GIANT SANTA SACK 3d Applique Embroidered with Name in GOLD or WHITE thread",
    "Handmade Applique Wall Hanging Elephant",
])
def test_an_applique_is_no_light_fixture(classify, title):
    result = classify(title)
    assert result.product_type != "light_fixture", result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Applique murale LED 12W blanc chaud", "Wall Sconce Brass Bedroom Light"])
def test_a_wall_light_stays_a_mains_fixture(classify, title):
    result = classify(title)
    assert result.product_type == "light_fixture", result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]


# --- 4. Micki (Micki Leksaker) makes wooden railways for young children --------------------------------------------

RAILWAY = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains"


@pytest.mark.parametrize("title", ["Micki Leksaker Shunting Engine and Freight Waggon",
                                   "Micki Leksaker Train Set with Animals"])
def test_a_micki_railway_is_a_young_childs_toy(classify, title):
    result = classify(title, category=RAILWAY, brand="Micki Leksaker")
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis["toy"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "brand"), [("Bachmann 37-685 14 Ton Tank Wagon With Large Filler", "Bachmann"),
                                             ("Hornby R6474 Tank Wagon Esso", "Hornby")])
def test_a_scale_makers_wagon_on_the_same_shelf_stays_a_hobby_model(classify, title, brand):
    result = classify(title, category=RAILWAY, brand=brand)
    assert not result.classes["toy"], result.basis["toy"]
