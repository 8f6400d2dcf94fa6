"""Reading descriptions properly, titles naming two products, and electrical kinds (reader23, issue 9). Each rule on
real-looking titles and descriptions both ways (fires / does not fire).

1. A description refines the type the title named only when it names a narrower kind of it (a kind whose parent
   chain reaches it, or the title's own noun with more words before it), as the head of its own phrase, outside a
   "for"/"compatible with" target or a "with"/"includes" part, and not in a clause saying it is absent, sold apart,
   only pictured or held: a passing mention never makes a product regulated.
2. A description's product codes ("model A10-8", "Model No.: TB-H", "item number 157310") and "model(s)" as the word
   for a version ("three models of", "regardless of model") are no scale models.
3. A title naming two products joined by "and"/"&" has the classes of both, with a basis naming each; "X for Y",
   "X with Y" and brand names with "and" keep their one product.
4. Electrical kinds read as passive ones: pre-lit and lighted decorations, yard inflatables, animated decorations,
   electric skillets and dehydrators, heated pet beds, electronic stud finders, mosquito traps.
"""

from __future__ import annotations

import pytest

from .shelves import classes_of

ELECTRICAL = ("eee", "mains_lv", "battery")


# -- 1. a description names a narrower kind -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "description", "kind"),
    [
        ("Sonic Pro Children's Toothbrush Boxes",
         "This recall involves Sonic Pro Kids toothbrush boxes used as packaging for delivering children's "
         "toothbrushes. The electric toothbrushes consist of a u-shaped mouthpiece and a plastic base.",
         "electric_toothbrush"),
        ("Kids Toothbrushes, Pack of 2", "Soft bristles. These sonic toothbrushes run for two minutes per charge.",
         "electric_toothbrush"),
        ("Chargers", "This recall involves magnetic wireless chargers sold in black and white.", "wireless_charger"),
        ("Fans", "This recall involves handheld fans sold in pink and blue. The fans charge over USB.", "handheld_fan"),
    ],
)
def test_a_description_naming_a_narrower_kind_refines_the_title(classify, title, description, kind):
    result = classify(title, description=description)
    assert result.product_type == kind
    assert "narrowed by description word" in result.basis["product_type"]


@pytest.mark.parametrize(
    ("title", "description", "kind"),
    [
        # absent, sold apart, pictured, held, or only a target
        ("Toothbrushes", "Manual toothbrushes. An electric toothbrush is sold separately.", "toothbrush"),
        ("Toothbrushes", "Soft bristles, compatible with electric toothbrushes of all brands.", "toothbrush"),
        ("Toothbrushes", "The box shows an image of electric toothbrushes.", "toothbrush"),
        ("Toothbrush Holders", "Holds two electric toothbrushes and a tube of paste.", "plumbing_fixture"),
        ("Toothbrushes", "Includes a travel cap and electric toothbrush heads.", "toothbrush"),
        # a premodifier of another noun, not the product
        ("Toothbrushes", "The electric toothbrush charger is not part of this recall.", "toothbrush"),
        # a different kind named in passing is never taken: only narrower kinds of the title's
        ("Bath Towels", "Soft cotton towels; matching electric toothbrushes are also available.", "towel"),
        ("Cotton Pajama Sets", "The pajamas come with a power bank pouch.", "sleepwear"),
    ],
)
def test_a_passing_mention_in_a_description_changes_nothing(classify, title, description, kind):
    plain = classify(title)
    result = classify(title, description=description)
    assert result.product_type == plain.product_type == kind
    assert classes_of(result, *ELECTRICAL) == classes_of(plain, *ELECTRICAL)


def test_a_title_that_names_nothing_still_takes_the_description_head(classify):
    result = classify("Steamers", description="This recall involves VEVOR garment steamers used to remove wrinkles.")
    assert result.product_type == "garment_steamer"
    assert "from description word" in result.basis["product_type"]


# -- 2. product codes are not product nouns -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "description",
    [
        "This recall involves pumpkin carving kits, Model CHD-014-2. The kits come with five wax candles.",
        "The high chairs are gray. \"BICYSTAR\" is printed on the tray and \"Model No.: TB-H\" on the seat.",
        "This recall involves bicycle forks on all Como SL bicycles, regardless of model.",
        "This recall involves three models of NorthStar pressure washers.",
        "Models EJ-HF032 and EJ-HF044 are included in this recall.",
        "The item number 157310 is printed on the packaging; eight models are included.",
    ],
)
def test_a_model_number_in_a_description_is_no_scale_model(classify, description):
    result = classify("Recalled Goods", description=description)
    assert result.product_type not in {"model_generic", "scale_model"}
    assert not result.classes["toy"]


@pytest.mark.parametrize(
    "description",
    [
        "Bburago 1:18 die-cast model car with opening doors.",
        "The model is a scale model of the F40.",
        "Detailed collector model, 1:43.",
    ],
)
def test_a_scale_model_in_a_description_is_still_read(classify, description):
    assert classify("Ferrari F40", description=description).product_type in {"scale_model", "model_generic"}


# -- 3. a title naming two products ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "first", "second", "expected"),
    [
        ("Portable Power Banks and Wireless Charging Stands", "power_bank", "wireless_charger",
         {"battery": True, "radio": True, "eee": True}),
        ("Chargers and Power Banks", "mains_charger", "power_bank", {"battery": True, "mains_lv": True}),
        ("Heaters and Fans", "heater", "fan", {"mains_lv": True, "eee": True}),
        ("Space Heater & Fan", "heater", "fan", {"mains_lv": True}),
        ("Li-Po Battery and USB Charger", "battery_pack", "mains_charger", {"battery": True, "eee": True}),
    ],
)
def test_a_title_naming_two_products_has_the_classes_of_both(classify, title, first, second, expected):
    result = classify(title)
    assert result.product_type == second
    assert f"also {first}" in result.basis["product_type"]
    assert {name: result.classes[name] for name in expected} == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("USB Charger for Phones and Tablets", "mains_charger"),
        ("Phone Case with Card Holder and Strap", "device_case"),
        ("Black and Decker Cordless Drill", "power_tool"),
        ("Marks and Spencer Girls Dress", "dress"),
        ("Barnes & Noble Leather Journal", None),
        ("Peppa Pig and George Backpack", "backpack"),
        ("Trucks and Cars Play Mat", None),
    ],
)
def test_one_product_titles_with_and_keep_one_product(classify, title, kind):
    result = classify(title)
    assert "; also " not in result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind


# -- 4. electrical kinds read as passive ones -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "kind", "eee", "mains", "battery"),
    [
        ("Members Mark 7.5 ft Pre-Lit Artificial Christmas Tree", "lighted_decoration", True, True, False),
        ("Prelit Christmas Tree with 500 Warm White LEDs", "lighted_decoration", True, True, False),
        ("Outdoor Lighted Reindeer, 52 Inch", "lighted_decoration", True, True, False),
        ("带灯圣诞树 1.8米", "lighted_decoration", True, True, False),
        ("Battery Operated Pre-Lit Wreath with Timer", "lighted_wreath", True, False, True),
        ("Plug-In Lighted Garland 9 ft", "lighted_wreath", True, True, False),
        ("Gemmy 8 ft Christmas Inflatable Santa", "yard_inflatable", True, True, False),
        ("Halloween Inflatables Pumpkin Ghost Yard Decoration", "yard_inflatable", True, True, False),
        ("Animatronic Halloween Prop Talking Skeleton", "animated_decoration", True, False, False),
        ("Presto Electric Skillet 16 inch", "cooker", True, True, False),
        ("COSORI Food Dehydrator, 6 Trays", "cooker", True, True, False),
        ("K&H Heated Pet Bed for Cats", "pet_electronics", True, False, False),
        ("Zircon Electronic Stud Finder", "multimeter", True, False, True),
        ("Indoor Mosquito Trap with UV Light", "pest_control", True, False, False),
        # neighbours of existing kinds, from a checklist of the taxonomy's appliance, lighting and tool leaves
        ("GE 30 in. Freestanding Gas Range", "oven", True, True, False),
        ("Masterbuilt Digital Electric Smoker", "home_appliance_misc", True, True, False),
        ("TOTO Washlet Electric Bidet Seat", "home_appliance_misc", True, True, False),
        ("Fog Machine 500W with Remote", "home_appliance_misc", True, True, False),
        ("Cuisinart Ice Cream Maker, 1.5 Quart", "cooker", True, True, False),
        ("Full Spectrum LED Grow Light for Indoor Plants", "lamp", True, True, False),
        ("Track Lighting Kit, 4 Heads", "light_fixture", True, True, False),
        ("Heating Blanket Queen Size", "electric_blanket", True, True, False),
        ("Heated Eyelash Curler USB Rechargeable", "handheld_beauty_tool", True, False, True),
        ("Cordless Electric Scissors for Fabric", "power_tool", True, False, True),
    ],
)
def test_electrical_kinds_read_as_passive_ones(classify, title, kind, eee, mains, battery):
    result = classify(title)
    assert result.product_type == kind
    assert classes_of(result, "eee", "mains_lv", "battery") == (eee, mains, battery)
    assert not result.classes["children_12_under"] or kind == "pet_electronics"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Artificial Christmas Tree 6ft", "christmas_decoration"),
        ("Christmas Wreath with Pine Cones", "christmas_decoration"),
        ("Inflatable Unicorn Pool Float", "water_toy"),
        ("Cast Iron Skillet 12 inch", "cookware"),
        ("Orthopedic Dog Bed, Large", "pet_supplies"),
        ("Magnetic Stud Finder", "hand_tool"),
        ("Bidet Attachment for Toilet, Non-Electric", None),
        ("Kids Play Kitchen Ice Cream Set", None),
    ],
)
def test_their_passive_neighbours_stay_passive(classify, title, kind):
    result = classify(title)
    assert kind is None or result.product_type == kind
    assert not result.classes["eee"]
