"""Kaufland rows for children the German words missed (kf65; issue 9): a club's replica shirt in a child's size, a
toddler's tutu sized in months past two, school words, a school satchel; German side tables; a title naming no kind
but hundreds of watts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Kurzarm Fußballshirt für Kinder Puma BVB Home Jersey Replica Jr (116 cm)", "shirt"),
    ("Ballettröckchen Inca Bailarina Unicornio Bunt Einhorn 24-36 Monate (3 Stücke)", "skirt"),
    ("Schultasche Sevilla Fútbol Club Rot (38 x 28 x 6 cm)", "school_bag"),
    ("Tempera La Pajarita L-19 6 Stücke Grau Schulisch Satin", "art_supply"),
])
def test_a_german_childs_size_or_school_word_makes_a_childrens_product(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", [
    "Star Wars Lightsaber Prop Replica",
    "Fahrschule Lehrbuch Klasse B",
    "Tüllrock Damen schwarz",
])
def test_a_collectors_replica_or_a_grown_ups_word_stays_no_childrens_product(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["Beistelltisch Confortime 40 x 30 x 68 cm (2 Stück)", "Campingtisch klappbar"])
def test_a_german_side_or_camping_table_is_furniture(classify, title):
    assert classify(title).product_type == "furniture"


def test_an_adjective_ending_in_tisch_is_no_table(classify):
    result = classify("Basketball Spalding Commander Camo grün Olive 7 Synthetisch (Größe 7)")
    assert result.product_type == "sports_ball", result.basis["product_type"]


@pytest.mark.parametrize(("title", "eee"), [
    ("Mixer BOSCH MFQ3010 300W Weiß 300 W 0,5 L", True),
    ("Gaufrier Bruxellois - Inox/Noir - 700W", True),
    ("Pompe a eau multicellulaire automatique 750 W", True),
    ("Benzin Motorhacke 1400 W", False),
    ("Boite aux lettres BURGWACHTER 871W", False),
])
def test_a_title_naming_no_kind_but_hundreds_of_watts_draws_current(classify, title, eee):
    result = classify(title)
    assert result.product_type is None, result.basis["product_type"]
    assert result.classes["eee"] is eee, result.basis["eee"]
