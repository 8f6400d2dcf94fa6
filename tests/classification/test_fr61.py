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


# --- Cdiscount's departments: "TELEPHONIE - GPS" lists kinds, "JOUET PREMIER AGE" is a baby-toy level --------------

TELEPHONES = "TELEPHONIE - GPS > TELEPHONIE FIXE > TELEPHONE FIXE - PACK TELEPHONES"


def test_a_department_listing_gps_gives_a_corded_phone_no_radio(classify):
    # the department's "GPS" names one of its kinds, not what a phone filed below it does
    result = classify("Téléphone Trim rétro vert", category=TELEPHONES)
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_gps_filed_in_that_department_keeps_its_receiver(classify):
    result = classify("GPS auto 5 pouces Europe 45 pays", category="TELEPHONIE - GPS > GPS > GPS AUTO")
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize("title", ["Mobile musical lit bébé étoiles", "Mobile oiseaux en bois Grue"])
def test_a_cot_mobile_under_first_age_toys_is_no_phone(classify, title):
    result = classify(title, category="PUERICULTURE > JOUET PREMIER AGE > MOBILE")
    assert result.product_type != "smartphone", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["toy"] is True, result.basis["toy"]


def test_a_phone_under_the_phones_department_stays_a_phone(classify):
    result = classify("Samsung Galaxy S4 16 Go Noir", category="TELEPHONIE - GPS > SMARTPHONE - MOBILE > SMARTPHONE")
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
