"""Negative contexts: franchise, model and brand-like names that contain product words name nothing."""

from __future__ import annotations

import pytest

from crossguard.engine.classification import ProductText, normalise


@pytest.mark.parametrize(
    ("title", "not_type", "expected"),
    [
        ("Iron Man Mark 85 Figure 30cm", "iron", "action_figure"),
        ("Hot Wheels Dodge Charger 1970 Die Cast", "mains_charger", "scale_model"),
        ("Minnie Mouse Glitter Tattoo Set for Girls", "computer_mouse", "temporary_tattoo"),
        ("Mickey Mouse Clubhouse Plush 25cm", "computer_mouse", "plush"),
        ("Toy Story Woody Talking Figure", "toy", "action_figure"),
        ("Game of Thrones Dragon Egg Replica", "game", None),
        ("Cast Iron Skillet 26cm Pre-Seasoned", "iron", "cookware"),
        ("Wireless Bra Seamless Full Coverage", None, "underwear"),
        ("Transformers Bumblebee Deluxe Figure", "voltage_converter", "action_figure"),
        ("Dishwasher Safe Glass Food Containers, Set of 5", "dishwasher", "tableware"),
        ("Microwave Safe Ceramic Soup Bowls", "microwave", "tableware"),
        ("Laptop Sleeve 13 inch Neoprene", "laptop", "device_case"),
        ("Dutch Oven 5.5 Quart Enamelled Cast Iron", "oven", "cookware"),
        ("Projector Lens Headlight for Bike", "projector", "vehicle_lighting"),
        ("Jumper Cables 4 Gauge 20 ft", "sweater", "car_interior"),
        ("Ice Cream Scoop Stainless Steel", "skincare", "kitchen_tool"),
        ("Paper Towel Holder Wall Mounted", "towel", None),
        ("Tank Top for Women Cotton", "vehicle_miniature", "t_shirt"),
        ("Bunny Ears Headband Party", "toy_animal", None),
    ],
)
def test_negative_context_blocks_the_type(classify, title, not_type, expected):
    result = classify(title)
    if not_type is not None:
        assert result.product_type != not_type
    if expected is not None:
        assert result.product_type == expected


@pytest.mark.parametrize(
    ("title", "cls"),
    [
        ("Wireless Bra Seamless Full Coverage", "radio"),  # a non-electrical type ignores radio words
        ("Smart Casual Slim Fit Shirt for Men", "connected"),
        ("AT&T Prepaid Wireless Airtime Card $25", "radio"),
        ("Baby Pink Maxi Dress for Women", "children_12_under"),
        ("Bluetooth Speaker Stand, Aluminium", "radio"),
        ("Charger for Wireless Headphones, USB-C", "radio"),  # "wireless" is in the "for" target
        ("Rechargeable Batteries Storage Case", "eee"),
    ],
)
def test_modifier_does_not_apply(classify, title, cls):
    assert not classify(title).classes[cls]


def test_every_declared_negative_context_blocks_its_type(classifier):
    """Each negative context of each type, read as a text on its own, never names that type."""
    failures = []
    for info in classifier.vocab.types.values():
        for phrase in info.negative_contexts:
            mentioned = {m.type_id for m in classifier.matcher.mentions(phrase)}
            if info.id in mentioned:
                failures.append(f"{info.id}: {phrase!r}")
    assert not failures, failures


def test_every_global_negative_context_blocks_all_types(classifier):
    for phrase in classifier.vocab.global_negative_contexts:
        reading = classifier.matcher.read(phrase)
        assert not reading.types and not reading.modifiers, phrase


def test_every_modifier_negative_context_blocks_its_modifier(classifier):
    failures = []
    for mod in classifier.vocab.modifiers.values():
        for phrase in mod.negative_contexts:
            reading = classifier.matcher.read(phrase)
            if any(hit.ref == mod.id for hit in reading.modifiers):
                failures.append(f"{mod.id}: {phrase!r}")
    assert not failures, failures


def test_negative_context_only_guards_its_own_span(classify):
    # "iron man" is a franchise, but a steam iron named in the same title still counts
    result = classify("Steam Iron 2400W, Ceramic Soleplate")
    assert result.product_type == "iron" and result.classes["mains_lv"]


def test_negated_text_is_normalised_like_titles(classifier):
    assert classifier.find_types("IRON-MAN Figure") == classifier.find_types(normalise("iron man figure"))
    assert not [m for m in classifier.find_types("Iron‑Man Mk 3") if m.type_id == "iron"]


def test_product_text_is_hashable_and_frozen():
    text = ProductText("a")
    assert hash(text)
