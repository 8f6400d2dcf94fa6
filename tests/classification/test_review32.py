"""Review of stop 32's merged round (issue 9): how reader26's parents, reader27's powered variants and reader28's toy
modifiers meet. A title's kind refines its parent's shelf (reader26), so a passive kind of a declared parent must
keep the parent's powered variant; the child's own classes still beat the parent's variant (an electric blanket on a
nursery shelf is mains); reader28's audience overrides (first among the modifiers) and reader27's power overrides
(last) set different classes, so both hold on one product; print and band names are not a power phrase; a new
parent makes a recall of the broader kind reach the narrower one, and no further.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError, load_vocabulary
from crossguard.rules import TOPICS_FILE
from crossguard.watchers.matching import CatalogIndex, Matcher, PolicyScopes
from crossguard.watchers.topics import TopicBook

from ..matching.conftest import product, recall, strengths
from .shelves import classes_of
from .test_reader27 import BASE
from .test_vocabulary import write

POWER = ("eee", "battery", "mains_lv")


# -- a kind of a declared kind keeps the powered variant ---------------------------------------------------------------

@pytest.mark.parametrize("title", ["Light Up Baby Shoes", "Baby Shoes with LED Lights", "Toddler Shoes Light Up"])
def test_light_up_baby_shoes_refining_a_shoes_shelf_keep_the_battery(classify, title):
    # reader26 made baby_shoes a kind of shoes, so the title's kind wins the "Shoes" shelf; undeclared, it lost the
    # light-up variant the shelf's own type has
    result = classify(title, category="Shoes")
    assert result.product_type == "baby_shoes"
    assert classes_of(result, *POWER) == (True, True, False), result.basis["eee"]


def test_plain_baby_shoes_on_a_shoes_shelf_stay_passive(classify):
    result = classify("Baby Shoes Soft Sole First Walkers", category="Shoes")
    assert result.product_type == "baby_shoes"
    assert classes_of(result, *POWER) == (False, False, False)


def test_every_new_kind_of_a_declared_kind_that_is_passive_is_declared(classifier):
    # the kinds reader26 placed under a powered_variant kind: a passive one must declare it too (baby bedding does)
    vocab = classifier.vocab
    declared = vocab.modifiers["powered_variant_battery"].only_types
    for kind, parent in (("baby_shoes", "shoes"), ("baby_bedding", "bedding")):
        assert vocab.types[kind].parent == parent and parent in declared
        assert kind in declared, kind


@pytest.mark.parametrize(
    ("title", "category", "kind", "power"),
    [
        ("Musical Baby Blanket with Lights", "Baby > Nursery Bedding", "baby_bedding", (True, True, False)),
        ("Baby Swaddle Blanket", "Home > Bedding > Blankets", "baby_bedding", (False, False, False)),
        # the child kind's own classes beat the parent's powered variant: an electric blanket is mains, not "EEE only"
        ("Electric Blanket Double", "Baby > Nursery Bedding", "electric_blanket", (True, False, True)),
        ("Plain Single Electric Blanket Blue", "Home Furnishing > Bed Linen > Blankets, Quilts & Dohars",
         "electric_blanket", (True, False, True)),
    ],
)
def test_baby_bedding_has_a_parent_and_a_powered_variant(classify, title, category, kind, power):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert classes_of(result, *POWER) == power, result.basis["eee"]


# -- reader28's audience overrides and reader27's power overrides on one product ---------------------------------------

@pytest.mark.parametrize(
    ("title", "category", "toy", "children"),
    [
        ("LED Stunt Kite Dual Line", "Kites", True, False),  # family_kite + powered_variant_battery
        ("Casino Dice Light Up LED", "Games > Dice", False, False),  # gambling_game + powered_variant_battery
        ("Noble Collection Light Up Wand", "Harry Potter > Toys", False, False),  # prop_replica_maker + battery
    ],
)
def test_an_audience_override_and_a_power_override_both_hold(classify, title, category, toy, children):
    result = classify(title, category=category)
    assert classes_of(result, "toy", "children_12_under") == (toy, children), result.basis["toy"]
    assert classes_of(result, "eee", "battery") == (True, True), result.basis["eee"]


def test_a_childrens_light_up_kite_keeps_both(classify):
    result = classify("Kids LED Light Up Sport Kite", category="Kites")
    assert classes_of(result, "toy", "children_12_under", "eee", "battery") == (True, True, True, True)


# -- print words are not a power phrase --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title",
    [
        "Led Zeppelin T-Shirt Black",
        "Electric Light Orchestra Hoodie",
        "Electronic Arts Logo T-Shirt",
        "Hamilton the Musical Tote Bag",
        "Music Lover T-Shirt with Music Notes Print",
        "High School Musical Backpack",
        "Pokemon Pikachu Electric Type T-Shirt",
    ],
)
def test_a_band_a_company_or_a_stage_musical_on_merchandise_is_not_power(classify, title):
    assert classes_of(classify(title), *POWER) == (False, False, False)


@pytest.mark.parametrize(
    ("title", "power"),
    [
        ("LED Light Up T-Shirt", (True, True, False)),
        ("Matilda the Musical Light Up Wand", (True, True, False)),  # the light-up phrase beside it still speaks
        ("Musical Tote Bag with Lights", (True, True, False)),
        ("High School Musical Light Up Backpack", (True, True, False)),
    ],
)
def test_a_power_phrase_beside_a_print_word_still_speaks(classify, title, power):
    assert classes_of(classify(title), *POWER) == power


# -- the loader names the file -----------------------------------------------------------------------------------------

def test_the_powered_variant_error_names_the_file_and_the_type(tmp_path):
    path = write(tmp_path, BASE + "  - {id: lamp, synonyms: {en: [lamp]}, powered_variant: true}\n")
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(path)
    assert f"{path}: type 'lamp': powered_variant names a passive kind" in str(caught.value)


# -- feed matching reads the new parents -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def matcher() -> Matcher:
    index = CatalogIndex.build([
        product("E1", "Acme Wired Earbuds In Ear", brand="Acme"),
        product("K1", "Acme Stainless Steel Whistling Stovetop Kettle 2.5L", brand="Acme"),
        product("K2", "Acme Electric Kettle 1.7L", brand="Acme"),
    ])
    return Matcher(index, policy=PolicyScopes(index, TopicBook.load(TOPICS_FILE)))


def test_a_headphones_recall_reaches_the_makers_earbuds(matcher):
    # earbuds are a kind of headphones (reader26): a maker's headphones recall concerns its earbuds
    assert strengths(matcher.match(recall("Acme Recalls Headphones Due to Burn Hazard"))) == {"E1": "strong"}


def test_an_electric_kettle_recall_does_not_reach_the_stovetop_kettle(matcher):
    # stovetop kettles are a kind of kettle now; the recall's "electric" still keeps them out
    result = matcher.match(recall("Acme Recalls Electric Kettles Due to Burn Hazard", "The base can overheat."))
    assert strengths(result) == {"K2": "strong"}


# -- reader28's gambling words: a city theme or a classic card game is no gambling good ------------------------------

@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Monopoly Las Vegas Edition Board Game", "Board Games"),
        ("Uno Las Vegas Edition", "Card Games"),
        ("Ravensburger Las Vegas Dice Game", "Games"),
        ("Casino Card Game Classic Family", "Card Games"),
        ("Casino Royale 007 Card Game", "Card Games"),
    ],
)
def test_a_las_vegas_edition_or_the_card_game_casino_stays_a_toy(classify, title, category):
    assert classify(title, category=category).classes["toy"] is True


@pytest.mark.parametrize("title", ["Fabulous Las Vegas Dice - 5 Pack", "Casino Dice Game Set", "10 Casino Style Dice"])
def test_vegas_and_casino_dice_stay_adult_gaming_goods(classify, title):
    assert classify(title, category="Games > Dice & Dice Games").classes["toy"] is False
