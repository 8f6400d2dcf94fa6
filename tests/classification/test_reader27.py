"""Powered variants of passive kinds (reader27, issue 9): a kind that says eee: false but is also sold with a circuit
(a light-up tumbler, a rechargeable light-up helmet, a walker with lights and music, a heated blanket) declares
`powered_variant: true`; the `powered_variants` modifiers then read a power phrase on it and name the source: lights,
sounds or rechargeable -> a battery, plug-in or a mains voltage -> the mains, USB, heated or electric -> EEE only.
Kinds not declared (scale models, miniatures, puzzles: a power word there names what they depict) and phrases that
name a colour, a print or a target ("for rechargeable batteries") stay passive.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError, load_vocabulary

from .shelves import classes_of
from .test_vocabulary import write

POWER = ("eee", "battery", "mains_lv")


# -- the phrase overrides eee: false on a declared kind, with its source ----------------------------------------------

@pytest.mark.parametrize(
    ("title", "description", "kind"),
    [
        ("BUILT Light Up Tumbler 16 oz with Straw", None, "mug"),
        ("Rechargeable LED Bike Helmet for Adults", None, "helmet"),
        ("Baby Walker with Lights and Music", None, "infant_walker"),
        ("Kids Musical Oscillating Toothbrush", None, "toothbrush"),
        ("Light-Up Trainers Girls Size 12", None, "shoes"),
        ("Light Up Backpack for School", None, "backpack"),
        ("Board Game with Lights and Sounds", None, "board_game"),
        ("Christmas Jumper Light Up", None, "sweater"),
        ("发光水杯", None, "drink_bottle"),
        ("充电 头盔", None, "helmet"),
        ("Bicycle Helmets", "This recall involves 360 Degree Rechargeable Light-Up bike helmets.", "helmet"),
    ],
)
def test_a_light_sound_or_rechargeable_phrase_gives_a_battery(classify, title, description, kind):
    result = classify(title, description=description)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, *POWER) == (True, True, False), result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Recliner Chair 230 V", "furniture"),
        ("Rocking Chair with Plug In Massage", "furniture"),
        ("Plug-in Air Freshener Starter Kit", "cleaning_supplies"),
    ],
)
def test_a_plug_in_phrase_or_mains_voltage_gives_the_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, *POWER) == (True, False, True), result.basis["mains_lv"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Travel Mug Heated USB", None),
        ("USB Heated Pillow", None),
        ("Sygtech CL-11 USB Cigarette Lighter", None),
        ("Electric Lunch Box Heated", None),
    ],
)
def test_usb_heated_or_electric_says_eee_but_not_the_source(classify, title, category):
    result = classify(title, category=category)
    assert classes_of(result, *POWER) == (True, False, False), result.basis["eee"]


# -- and does not fire -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Ceramic Coffee Mug Musical Notes Print", None),  # a print
        ("Bike Helmet Matt Black", None),
        ("Bicycle Helmet Electric Blue", None),  # a colour
        ("Storage Bag for Rechargeable Batteries", None),  # the target it holds
        ("Pencil Case with USB Port", None),  # a socket, not a supply
        ("Plug In Air Freshener Refill", None),  # sold for the plug-in device it fits
        ("Dolls House Miniature Electric Chair", None),  # what it depicts
        ("LED Teletubby Diecast Lorry 1:76", None),  # a scale model: not a declared kind (its livery)
        ("1000 Piece Jigsaw Puzzle Singing and Ringing", None),
        ("Bicycle Helmets", "This recall involves bicycle helmets sold in sizes S, M and L."),
    ],
)
def test_no_power_phrase_on_a_declared_kind_or_a_kind_not_declared_stays_passive(classify, title, description):
    result = classify(title, description=description)
    assert classes_of(result, *POWER) == (False, False, False), result.basis["eee"]


def test_the_declaration_reaches_the_modifiers(classifier):
    vocab = classifier.vocab
    declared = vocab.modifiers["powered_variant_battery"].only_types
    assert {"mug", "helmet", "infant_walker"} <= declared
    assert "scale_model" not in declared and "puzzle" not in declared
    for type_id in declared:
        assert vocab.types[type_id].facts["eee"][0] is False, type_id


# -- the loader --------------------------------------------------------------------------------------------------------

BASE = """
version: test
classes: {eee: "e", battery: "b"}
profiles:
  plain: {classes: {eee: [false, "not electrical"]}}
modifiers:
  - {id: lit, words: {en: [light up]}, sets: {eee: [true, "lit"], battery: [true, "lit"]}, mode: override,
     powered_variants: true}
types:
"""


def test_a_declared_kind_joins_the_modifier_only_types(tmp_path):
    path = write(tmp_path, BASE + "  - {id: mug, profile: plain, synonyms: {en: [mug]}, powered_variant: true}\n"
                                  "  - {id: vase, profile: plain, synonyms: {en: [vase]}}\n")
    assert load_vocabulary(path).modifiers["lit"].only_types == {"mug"}


def test_powered_variant_on_a_kind_that_is_not_passive_is_an_error(tmp_path):
    path = write(tmp_path, BASE + "  - {id: mug, profile: plain, synonyms: {en: [mug]}, powered_variant: true}\n"
                                  "  - {id: lamp, synonyms: {en: [lamp]}, powered_variant: true}\n")
    with pytest.raises(VocabularyError, match="type 'lamp': powered_variant names a passive kind"):
        load_vocabulary(path)


def test_a_powered_variants_modifier_with_no_declared_kind_is_an_error(tmp_path):
    # with no kind declared, an empty only_types would let the modifier speak on every type
    path = write(tmp_path, BASE + "  - {id: mug, profile: plain, synonyms: {en: [mug]}}\n")
    with pytest.raises(VocabularyError, match="modifier 'lit': powered_variants: true, but no type declares"):
        load_vocabulary(path)
