"""Stop 55's read-through: lookalikes the merged rounds misread, each with the word that must still fire (review55).

Folding French accents on both sides (cdfr55) made words of other languages meet English ones: the Spanish child words
"niño"/"niña" met the names Nino and Nina, the French "mèches" (drill bits, wicks, a rug's pile) the generated plural of
"mech", "plaqué" (plated) the English "plaque", "crâne" (a skull) "crane". zh55's mini washing machine negative contexts
missed the verb after the garment ("内衣洗袜子"). The titles below are written for the tests.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise
from crossguard.engine.classification.vocabulary import english_plural

# --- Spanish ñ is a letter, not an accent -----------------------------------------------------------------------------

def test_n_with_tilde_is_not_folded():
    assert normalise("Niño") == "niño"
    assert normalise("Sèche-linge") == "seche linge"  # the French accents still fold


@pytest.mark.parametrize("title", [
    "Nino Percussion 12-Inch Hand Cymbal, Brass",
    "Nina Ricci Nina Eau de Toilette Spray 50 ml",
])
def test_the_names_nino_and_nina_are_no_child_words(classify, title):
    result = classify(title)
    assert not result.classes["children_12_under"]
    assert not result.classes["toy"]


def test_a_spanish_title_for_a_boy_stays_a_childs(classify):
    assert classify("Zapatillas de deporte para niño, talla 30").classes["children_12_under"]


# --- "-ech" plurals ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "plural"), [
    ("mech", "mechs"),
    ("tech", "techs"),
    ("speech", "speeches"),
    ("bench", "benches"),
    ("watch", "watches"),
])
def test_a_word_in_ech_takes_s(word, plural):
    assert english_plural(word) == plural


@pytest.mark.parametrize("title", [
    "Coffret de 7 mèches à bois acier rapide HSS",
    "Tapis à longues mèches moderne gris 160x230",
    "Porte-mèches pour bougies, lot de 20",
])
def test_french_meches_are_no_robot_toys(classify, title):
    result = classify(title)
    assert result.product_type != "robot_figure"
    assert not result.classes["toy"] and not result.classes["children_12_under"]


def test_mechs_stay_robot_figures(classify):
    result = classify("Battle Mechs Transforming Set of 3")
    assert result.product_type == "robot_figure"
    assert result.classes["toy"]


# --- French "plaqué" (plated) and "crâne" (skull) -------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Chaîne plaqué or maille forçat 45 cm",
    "Créoles en plaqué argent 20 mm",
])
def test_plated_is_no_plaque(classify, title):
    assert classify(title).product_type != "home_decor"


@pytest.mark.parametrize("title", ["Engraved Brass Wall Plaque", "Personalised Slate House Plaque or Sign"])
def test_a_plaque_stays_decor(classify, title):
    assert classify(title).product_type == "home_decor"


def test_a_skull_is_no_toy_crane(classify):
    result = classify("Ras de cou en dentelle noire avec crâne d'oiseau")
    assert result.product_type != "vehicle_miniature"
    assert not result.classes["toy"]


def test_a_toy_crane_stays_a_toy(classify):
    result = classify("Crane Truck with Working Hook and Lights")
    assert result.product_type == "vehicle_miniature"
    assert result.classes["toy"]


# --- a mini washing machine that washes underwear ---------------------------------------------------------------------

def test_a_washing_machine_for_underwear_is_no_underwear(classify):
    result = classify("折叠洗衣机 便携式迷你 宿舍单人用 婴儿内衣洗袜子神器")
    assert result.product_type == "washing_machine"
    assert not result.classes["textile"]


def test_underwear_stays_underwear(classify):
    result = classify("女士内衣 无钢圈文胸 纯棉")
    assert result.product_type == "underwear"
    assert result.classes["textile"]


# --- Amazon's department "Health, Household & Baby Care" as the whole path --------------------------------------------

HEALTH_HOUSEHOLD = "Health, Household & Baby Care"


@pytest.mark.parametrize("title", ["Reading Glasses 2.0 Blue Light Blocking", "Disinfecting Wipes 3 Pack"])
def test_the_department_alone_names_no_babys_product(classify, title):
    result = classify(title, category=HEALTH_HOUSEHOLD)
    assert result.product_type != "baby_care"
    assert not result.classes["children_12_under"]


def test_its_baby_level_still_does(classify):
    result = classify("Baby Nail Clipper Set with File",
                      category=f"{HEALTH_HOUSEHOLD} > Baby & Child Care > Health & Baby Care")
    assert result.product_type == "baby_care"
    assert result.classes["children_12_under"]
