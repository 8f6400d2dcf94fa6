"""Power words on passive kinds, and mains vs battery (reader33, issue 9).

"heated" says a passive kind needs current, not from where; the kind does: heated bedding and furniture plug in
(`powered_variant: mains`), heated clothing and footwear carry a battery pack (`powered_variant: battery`). On the
kinds that carry a print (tops, mugs, bottles, bags) "musical", "electric" and "electronic" are the print or the colour,
while the words no print uses (light up, LED, rechargeable, heated) still name a circuit. A rechargeable shaver or
trimmer is sold with a charger that plugs into the mains, which the labels count as mains.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError, load_vocabulary

from .shelves import classes_of
from .test_vocabulary import write

POWER = ("eee", "battery", "mains_lv")


# -- heated textiles: the kind names the supply -----------------------------------------------------------------------

MAINS = (True, False, True)
BATTERY = (True, True, False)


@pytest.mark.parametrize(
    ("title", "kind", "power"),
    [
        ("Heated Fleece Throw Blanket", "bedding", MAINS),  # bedding plugs into the mains
        ("Heated Mattress Protector Double", "mattress_protector", MAINS),
        ("Electric Heated Duvet King Size", "bedding", MAINS),
        ("Heated Motorcycle Gloves Winter", "gloves", BATTERY),  # clothing and footwear carry a battery pack
        ("Heated Ski Socks Thermal", "socks", BATTERY),
        ("Heated Work Trousers Men", "uniform_workwear", BATTERY),
        ("Heated Thermal Shirt Base Layer", "shirt", BATTERY),
        ("Heated Winter Boots", "boots", BATTERY),
        ("Light Up Tutu Skirt for Girls", "skirt", BATTERY),  # a garment kind now declared
    ],
)
def test_the_kind_names_the_supply_of_its_heated_variant(classify, title, kind, power):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, *POWER) == power, (result.basis["mains_lv"], result.basis["battery"])


@pytest.mark.parametrize(
    "title",
    [
        "USB Heated Throw Blanket",  # a USB supply said
        "Heated Debate Tee Shirt Cotton",  # not heat
        "Self-Heating Thermal Socks Tourmaline",  # a fabric that warms itself: no circuit
    ],
)
def test_heated_that_names_another_supply_or_no_circuit_gives_neither(classify, title):
    result = classify(title)
    assert not result.classes["mains_lv"], result.basis["mains_lv"]
    assert not result.classes["battery"], result.basis["battery"]


# -- prints, not power ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title",
    [
        "Electric Guitar T-Shirt Mens",
        "Musical Cat Mug Ceramic",
        "Electronic Music Hoodie Black",
        "Electric Callboy Tote Bag",
        "Bicycle Helmet Electric Lime",  # a colour on any declared kind
        "Electric Orange Duvet Cover Set",  # a colour, not heated bedding
    ],
)
def test_a_power_word_that_is_a_print_or_a_colour_stays_passive(classify, title):
    result = classify(title)
    assert classes_of(result, *POWER) == (False, False, False), (result.product_type, result.basis["eee"])


@pytest.mark.parametrize(
    ("title", "power"),
    [
        ("Light Up LED T-Shirt Sound Activated", BATTERY),  # words no print uses still read
        ("Kids Musical Toothbrush", BATTERY),  # musical on a kind that is not a print
        ("Musical Baby Walker", BATTERY),
        ("Electric Aroma Diffuser Burner", (True, False, True)),  # a plug-in diffuser: mains (power36)
    ],
)
def test_the_power_words_still_name_a_circuit_elsewhere(classify, title, power):
    result = classify(title)
    assert classes_of(result, *POWER) == power, (result.product_type, result.basis["eee"])


# -- a rechargeable grooming appliance ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "mains"),
    [
        ("Mz Nova Most Advanced 2in1 Rechargeable NHC-401 Trimmer For Men", True),
        ("Rechargeable Cordless Hair Clipper", True),
        ("Rechargeable USB Beard Trimmer", False),  # charged from a USB port: no mains charger said
        ("Bikini Trimmer AAA Battery", False),
    ],
)
def test_a_rechargeable_shaver_has_a_mains_charger(classify, title, mains):
    result = classify(title)
    assert result.product_type == "shaver", result.basis["product_type"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]
    assert result.classes["battery"], result.basis["battery"]  # the charger reading hides no battery word


# -- the loader -------------------------------------------------------------------------------------------------------

BASE = """
version: test
classes: {eee: "e", battery: "b", mains_lv: "m"}
profiles:
  plain: {classes: {eee: [false, "not electrical"]}}
modifiers:
  - {id: lit, words: {en: [light up]}, sets: {eee: [true, "lit"]}, mode: override, powered_variants: true}
  - {id: warm, words: {en: [heated]}, sets: {mains_lv: [true, "plugs in"]}, mode: override, powered_variants: mains}
types:
"""


def test_a_supply_modifier_reaches_only_the_kinds_declaring_that_supply(tmp_path):
    path = write(tmp_path, BASE + "  - {id: throw, profile: plain, synonyms: {en: [throw]}, powered_variant: mains}\n"
                                  "  - {id: glove, profile: plain, synonyms: {en: [glove]}, powered_variant: battery}\n"
                                  "  - {id: mug, profile: plain, synonyms: {en: [mug]}, powered_variant: true}\n")
    vocab = load_vocabulary(path)
    assert vocab.modifiers["lit"].only_types == {"throw", "glove", "mug"}
    assert vocab.modifiers["warm"].only_types == {"throw"}


def test_a_supply_modifier_with_no_kind_declaring_it_is_an_error(tmp_path):
    path = write(tmp_path, BASE + "  - {id: glove, profile: plain, synonyms: {en: [glove]}, "
                                  "powered_variant: battery}\n")
    with pytest.raises(VocabularyError, match="modifier 'warm': powered_variants: mains, but no type declares"):
        load_vocabulary(path)


def test_an_unknown_supply_is_an_error_naming_the_field(tmp_path):
    path = write(tmp_path, BASE + "  - {id: throw, profile: plain, synonyms: {en: [throw]}, powered_variant: solar}\n")
    with pytest.raises(VocabularyError, match="type 'throw': powered_variant"):
        load_vocabulary(path)
