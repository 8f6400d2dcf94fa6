"""Amazon US toy rows (amz64; issue 9): a licensed key ring on a novelty toys shelf, a doll's stroller, a giggling
toy's sound chip."""

from __future__ import annotations

import pytest


def test_a_key_ring_key_accessory_is_a_keychain_no_toy(classify):
    result = classify("Disney Tangled Princess Rapunzel Figure Soft Touch PVC Key Ring Key Accessory",
                      category="Toys & Games | Novelty & Gag Toys")
    assert result.product_type == "keychain", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


def test_a_stroller_for_dolls_is_the_dolls(classify):
    result = classify("The New York Doll Collection Dolls Jogging Stroller - Jogging Stroller for Dolls")
    assert result.product_type == "doll", result.basis["product_type"]
    assert result.classes["toy"] is True


@pytest.mark.parametrize(("title", "eee"), [
    ("Duncan Toys Despicable Me Giggling Yo-Yo Toy", True),
    ("Big 21 inch baby Girl giggling Doll", True),
    ("Pokemon Soft Toy Plush Figure: Zorua (laughing) 20 cm", False),
])
def test_a_giggling_toy_has_a_sound_chip(classify, title, eee):
    result = classify(title)
    assert result.classes["eee"] is eee, result.basis["eee"]
