"""Cdiscount's children's and clothing shelves, second round (cdk66; issue 9): French "costume" is a suit, a bath
cape and a cot bumper are textiles, a model railway's wagons and points are a hobby, and the French words for a
soother, a baby walker, a coat rack and a children's fishing game name their kinds."""

from __future__ import annotations

import pytest

OUTFITS = "VETEMENTS - LINGERIE > COSTUME - ENSEMBLES > ENSEMBLE DE VETEMENTS"
SUITS = "VETEMENTS - LINGERIE > COSTUME - ENSEMBLES > COSTUME - TAILLEUR"
TRAINS = "JOUET (NEW) > MONDE MINIATURE > VEHICULE POUR CIRCUIT"


@pytest.mark.parametrize("title", ["Chemise - Pantalon 12 mois", "Ensemble Pantalon 2 pièces 'Summer Time' - 3 mois",
                                   "Ensemble été Cars BLEU 5 ans"])
def test_a_childs_outfit_on_the_suits_and_outfits_shelf_is_clothing_not_fancy_dress(classify, title):
    result = classify(title, category=OUTFITS)
    assert result.product_type != "costume", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]
    assert result.classes["textile"] is True


@pytest.mark.parametrize(("title", "kind"), [("Dymastyle Costume de G 6 ans", "suit"),
                                             ("costume homme  veste cintre 48", "jacket")])
def test_a_french_suit_is_a_suit(classify, title, kind):
    result = classify(title, category=SUITS)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]
    assert result.classes["textile"] is True


def test_a_childs_fancy_dress_sized_by_age_is_still_a_toy(classify):
    result = classify("DEGUISEMENT FEE MAUVE 8 ANS", category="JOUET (NEW) > DEGUISEMENT > DEGUISEMENT - PANOPLIE")
    assert result.product_type == "costume", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("BARBAPAPA Parure de Bain Bleu", "towel"),
    ("Sortie de Bain Chicco 24m+ Ippo Rose", "sleepwear"),  # a hooded bath robe
    ("Tour de lit bébé en coton \"Coeur Rose\"", "baby_bedding"),
    ("Couche lavable easy fit BINKY HEY DIDDLE", "baby_garment"),
])
def test_baby_textiles_named_in_french_are_textiles(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]
    assert result.classes["toy"] is not True


@pytest.mark.parametrize("title", ["Wagon couvert BREMEN SNCB, Epoque 3",
                                   "JOUEF - JR8078 - MODÉLISME - AIGUILLAGE LONG DROIT"])
def test_model_railway_pieces_on_a_toy_shelf_are_a_hobby(classify, title):
    result = classify(title, category=TRAINS)
    # (s81: the powered railcar "Automotrice diesel VT 11.5" is a model locomotive now: test_s81)
    assert result.product_type == "model_railway", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is False


def test_a_bare_wagon_is_still_a_childs_pull_wagon(classify):
    result = classify("Radio Flyer wagon for kids")
    assert result.product_type != "model_railway", result.basis["product_type"]
    assert result.classes["toy"] is True


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Attache sucette coulissant 100% Craquant", None, "pacifier"),
    ("MAM SUCETTE", "PUERICULTURE > SOMMEIL BEBE > SUCETTE", "pacifier"),
    ("Trotteur Baby Fox", None, "infant_walker"),
    ("Portemanteau Sur Pied Santiago Violet Pour Enfant", None, "storage_organisation"),
    ("Jeux de canne à pêche avec 5 poissons", None, "kids_game"),
    ("Kit expériences solaires avec multimètre", None, "educational_toy"),
])
def test_french_nursery_and_toy_words_name_their_kinds(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Sucette Chupa Chups fraise", None),  # a lollipop, no soother
    ("Androni - Porteurs et Trotteurs - Trottinette", "kick_scooter"),  # a push-along toy line, no baby walker
    ("Canne à pêche carbone 3m", "sports_equipment"),  # a fishing rod stays sports equipment
    ("Cintre en bois lot de 10", "storage_organisation"),  # a hanger stays a hanger
    ("Manteau fille 8 ans", "jacket"),  # a coat stays a coat beside the coat rack
])
def test_the_same_words_in_their_other_senses(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
