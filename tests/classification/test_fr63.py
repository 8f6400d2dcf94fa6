"""Cdiscount rows (fr63; issue 9): the toy department's figures, and miniature wargames named by their line.

"JOUET > MONDE MINIATURE > FIGURINE - PERSONNAGE" holds Papo horses and Power Rangers; its word 'figurine' names an
ornament in English (home_decor), which a toy department does not sell (`department_senses`).
"""

from __future__ import annotations

import pytest

FIGURES = "JOUET (NEW) > MONDE MINIATURE > FIGURINE - PERSONNAGE"


@pytest.mark.parametrize("title", [
    "PAPO Cheval anglo-arabe noir - Poulain",
    "Figurine power rangers rouge clawzord zord armure",
    "Crocodile",
])
def test_a_figure_on_the_toy_departments_shelf_is_a_toy(classify, title):
    result = classify(title, category=FIGURES)
    assert result.product_type != "home_decor", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


def test_the_ornament_outside_a_toy_department_stays_an_ornament(classify):
    result = classify("Figurine bouddha", category="DECO - LINGE - LUMINAIRE > OBJET DE DECORATION - BIBELOT")
    assert result.product_type == "home_decor", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Space Wolves Stormfang / Stormwulf - Warhammer 40K",
    "Guerres Urbaines Extension Warhammer 40 000",
])
def test_a_miniature_wargame_on_the_toy_shelf_is_no_toy(classify, title):
    result = classify(title, category=FIGURES)
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
