"""Stop 56's read-through (review56): German compounds whose last part is a listed head but which name another kind.

de56 reads a German compound by its head ("Damenuhr" a watch, "Puppe" a doll, "Tasche" a bag). A few compounds end
in a head and are no such thing: a plug-in timer switch ("Zeitschaltuhr"), a shop's mannequin ("Schaufensterpuppe"),
a garment's pocket ("Seitentasche"), a laptop lock's steel cable ("Sicherheitskabel"), a toy telephone
("Spielzeugtelefon"). Each case has its lookalike that must keep de56's reading. The titles are written for the tests.
"""

from __future__ import annotations

import pytest


def test_a_timer_switch_is_a_mains_fitting_not_a_watch(classify):
    result = classify("Zeitschaltuhr digital für Steckdose 230 V Weiß")
    assert result.product_type == "electrical_fitting"
    assert result.classes["mains_lv"] and not result.classes["button_cell"]


def test_a_mens_watch_is_still_a_watch(classify):
    result = classify("Herrenuhr Edelstahl Quarz Silberfarben (Ø 40 mm)")
    assert result.product_type == "watch"
    assert result.classes["battery"]


@pytest.mark.parametrize("title", [
    "Schaufensterpuppe weiblich Kunststoff Weiß 176 cm",
    "Schneiderpuppe verstellbar Größe 36-42",
])
def test_a_mannequin_is_no_doll(classify, title):
    result = classify(title)
    assert result.product_type != "doll"
    assert not result.classes["toy"]


def test_a_baby_doll_is_still_a_doll(classify):
    result = classify("Babypuppe mit Fläschchen 30 cm")
    assert result.product_type == "doll"
    assert result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Damenhose mit Seitentasche Blau Größe 38",
    "Arbeitshemd mit Brusttasche Grau XL",
])
def test_a_garments_pocket_is_no_bag(classify, title):
    assert classify(title).product_type not in ("bag", "handbag")


def test_a_shoulder_bag_with_an_inner_pocket_is_still_a_bag(classify):
    assert classify("Umhängetasche mit Innentasche Schwarz 30 x 20 cm").product_type in ("bag", "handbag")


def test_a_laptop_lock_cable_is_no_electrical_cable(classify):
    result = classify("Sicherheitskabel Kensington Schloss 1,8 m")
    assert result.product_type != "cable"
    assert not result.classes["eee"]


def test_an_audio_cable_is_still_a_cable(classify):
    result = classify("Audiokabel 3,5 mm Klinke 2 m Schwarz")
    assert result.product_type == "cable"
    assert result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Spielzeugtelefon mit Licht und Sound",
    "Kindertelefon Tiere mit Melodien",
])
def test_a_toy_telephone_is_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "electronic_toy"
    assert result.classes["toy"] and not result.classes["mains_lv"]


def test_a_landline_phone_is_still_a_phone(classify):
    assert classify("Festnetztelefon schnurgebunden Schwarz").product_type == "landline_phone"


# --- a pet department (dept56's department rule) ---------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Dog Teddy Bear Squeaky Plush Toy Brown",
    "Dog Frisbee Flying Disc Rubber 22 cm",
])
def test_a_pet_departments_plaything_is_no_childs_toy(classify, title):
    result = classify(title, category="Pet Supplies > Assorted")
    assert not result.classes["toy"] and not result.classes["children_12_under"]


def test_a_kitchen_department_still_yields_to_its_appliance(classify):
    result = classify("Drip Coffee Maker 12 Cup Programmable", category="Kitchen & Dining > Assorted")
    assert result.classes["mains_lv"]
