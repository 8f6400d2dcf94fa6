"""Cdiscount's costume shelf (cdk65; issue 9): its props, jewellery and make-up leaves are costume accessories with no
textile, and a garment filed among them keeps its own kind."""

from __future__ import annotations

import pytest

PROPS = "JOUET (NEW) > DEGUISEMENT > AUTRE ACCESSOIRE DEGUISEMENT VENDU SEUL"


@pytest.mark.parametrize(("title", "category"), [
    ("BAGUETTE DE FEE COULEUR ARGENT", PROPS),
    ("Collier hawai grosses fleurs", "JOUET (NEW) > DEGUISEMENT > BIJOUX DEGUISEMENT"),
    ("Vernis à Ongles Fantaisie Rose", "JOUET (NEW) > DEGUISEMENT > MAQUILLAGE - COLORATION DEGUISEMENT"),
])
def test_a_costume_shelfs_prop_is_no_garment(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "costume_accessory", result.basis["product_type"]
    assert result.classes["textile"] is not True, result.basis["textile"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Gants longs satin - Orange", "gloves"),
    ("Cravate humoristique Joyeux Anniversaire", "necktie"),
])
def test_a_garment_among_the_props_keeps_its_textile(classify, title, kind):
    result = classify(title, category=PROPS)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]


def test_a_childs_costume_stays_a_costume(classify):
    result = classify("Déguisement Pirate enfant 5-6 ans", category="JOUET (NEW) > DEGUISEMENT > DEGUISEMENT ENFANT")
    assert result.product_type == "costume", result.basis["product_type"]
    assert result.classes["textile"] is True
