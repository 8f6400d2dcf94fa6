"""French titles of any shop, third round: children's sizes by age, nursery kinds, appliances and toys (fr57, issue 9).

An audit of 400 Cdiscount (France) offers, labelled by hand before their readings, found French children's clothes
sized by age ("T-shirt 10 ans", "Boxer 7/10 ans", "Robe 18 mois") read as adults' by title, nursery kinds named
without "bébé" ("Table à langer") read furniture, French appliances named by their own noun ("Table à induction",
"Robot multifonction", "Chauffage infrarouge", "Cafetière filtre") read furniture, a toy robot or nothing, and a
collector's figurine read a toy. The titles below are written for the tests, in a French seller's manner; each fix
has its lookalike that must not change.
"""

from __future__ import annotations

import pytest

# --- children's sizes by age ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "T-shirt manches courtes rayé marine 8 ans",  # one age, on clothes
    "Robe à volants rose 18 mois",
    "Pantalon jogging gris chiné 12 ans",
    "Boxer coton lot de 3 7/10 ans",  # a range written with a slash
    "Salopette en jean brut 10-12 ans",  # a range with a dash
])
def test_a_garment_sized_by_a_childs_age_is_a_childrens_product(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"]
    assert result.classes["textile"]


@pytest.mark.parametrize("title", [
    "Cahier d'activités maternelle 4-5 ans",  # a range on anything
    "Jeu de cartes des animaux à partir de 3 ans",  # the age a product is sold from
])
def test_an_age_range_of_twelve_or_under_names_a_child_on_any_kind(classify, title):
    assert classify(title).classes["children_12_under"]


@pytest.mark.parametrize("title", [
    "Fauteuil relax cuir noir garantie 3 ans",  # one age alone, not on clothes: a guarantee
    "Détecteur de fumée pile lithium 10 ans",
    "12 mois pour réussir son jardin bio",
    "Jean slim brut 14 ans",  # an age over twelve
    "Sweat à capuche 14-16 ans",
])
def test_one_age_off_clothes_or_an_age_over_twelve_is_no_childs(classify, title):
    assert not classify(title).classes["children_12_under"]


def test_a_girls_plural_names_a_child_but_not_in_a_novels_title(classify):
    assert classify("Baskets filles à scratch rose pointure 30").classes["children_12_under"]
    assert not classify("La fille de la nuit").classes["children_12_under"]
    assert not classify("Histoire de filles, roman").classes["children_12_under"]


# --- nursery kinds named without "bébé" -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Table à langer murale blanche",
    "Réhausseur de chaise nomade gris",
    "Matelas à langer imperméable étoiles",
])
def test_a_nursery_kind_is_a_childrens_product(classify, title):
    result = classify(title)
    assert result.product_type == "baby_gear"
    assert result.classes["children_12_under"]


def test_a_changing_table_is_no_plain_table(classify):
    # the lookalikes: a plain table stays furniture, and "réhausseur" alone (a toilet seat or monitor riser) names no
    # nursery kind
    assert classify("Table basse chêne massif").product_type == "furniture"
    assert classify("Réhausseur WC avec couvercle").product_type != "baby_gear"


# --- mains appliances by French noun ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, kind", [
    ("Table à induction posable 2 foyers 3500 W", "oven"),
    ("Table de cuisson vitrocéramique 4 feux", "oven"),
    ("Robot multifonction 1000 W bol 3 L", "blender"),
    ("Chauffage infrarouge mural 2000 W", "heater"),
    ("Radiateur bain d'huile 7 éléments", "heater"),
    ("Cafetière filtre programmable 12 tasses", "coffee_maker"),
    ("Aspirateur sans sac cyclonique 900 W", "vacuum_cleaner"),
    ("Fer à lisser céramique ionique", "hair_styler"),
    ("Chauffe biberon électrique vapeur", "baby_appliance"),
])
def test_a_french_appliance_noun_is_the_mains_appliance(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["mains_lv"] and result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Cafetière italienne inox 6 tasses",  # a stovetop pot
    "Table basse de salon en verre",
    "Robot jouet transformable en voiture",  # the toy robot keeps its reading
    "Radiateur moto aluminium",  # a radiator alone is a vehicle's or a central heating's
    "Cuiseur à riz pour micro-ondes",  # a plastic pot
    "Bol mixeur verre 1,5 L",  # a blender's spare jug
])
def test_the_lookalikes_are_no_mains_appliance(classify, title):
    assert not classify(title).classes["mains_lv"]


def test_a_spare_fan_motor_and_a_projector_lamp_are_parts_not_appliances(classify):
    for title in ("Moteur ventilateur four 25 W", "Lampe compatible pour vidéoprojecteur Epson EB-S11"):
        result = classify(title)
        assert result.product_type == "electrical_part"
        assert result.classes["eee"] and not result.classes["mains_lv"]


# --- toys and their adult lookalikes ----------------------------------------------------------------------------------

def test_a_baby_doll_is_a_toy(classify):
    result = classify("Poupon 36 cm avec biberon")
    assert result.product_type == "doll"
    assert result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Figurine de collection Dragon Ball Z Goku 25 cm",
    "Maquette avion Spitfire 1/72",
    "Véhicule miniature Porsche 911 1/43 modèle à l'échelle",
])
def test_a_collectors_figurine_or_model_is_no_toy(classify, title):
    result = classify(title)
    assert not result.classes["toy"]
    assert not result.classes["children_12_under"]
