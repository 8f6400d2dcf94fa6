"""French titles, a sticker named before the device it decorates (fr61, read from Cdiscount's catalog; issue 9).

French puts the head noun first ("Sticker pc ordinateur portable", "Autocollant ... iPad"): the laptop, MacBook or iPad
named after it is what the sticker is for, not the product with its radio. Titles written for the tests.
"""

from __future__ import annotations

import pytest

SHELF = "INFORMATIQUE > PROTECTION - PERSONNALISATION - SUPPORT > STICKER - SKIN"


@pytest.mark.parametrize("title", [
    "Sticker pc ordinateur portable 15.6 pouces Fleurs",
    "Stickers Macbook Air 13 Musique",
    "Autocollant Vinyle Déco Apple iPad Mini",
    "Autocollants clavier ordinateur portable AZERTY",
])
def test_a_sticker_named_first_is_the_sticker(classify, title):
    for category in (SHELF, None):
        result = classify(title, category=category)
        assert result.product_type == "sticker", result.basis["product_type"]
        assert result.classes["radio"] is False, result.basis["radio"]
        assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize("title", [
    "Apple MacBook Air 13 pouces avec Stickers",
    "Ordinateur portable 15.6 pouces Intel Core i5 8 Go",
])
def test_a_laptop_named_first_keeps_its_radio(classify, title):
    result = classify(title)
    assert result.product_type == "laptop", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
