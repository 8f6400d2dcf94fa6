"""Stop 69 (issue 9): on a garment's or a linen's shelf, a title naming the shelf's kind beside a plaything word is the
garment (the plaything word is its print, style or fabric); a title naming only the plaything is the plaything."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Tapis enfant Teddy I par Nattiot", "DECO - LINGE - LUMINAIRE > DECORATION DU SOL > TAPIS - DESSO", "rug"),
    ("Mens T Shirt Castle Rock Se XL", "VETEMENTS - LINGERIE > T-SHIRT - DEBARDEUR > T-SHIRT", "t_shirt"),
    ("Wincraft Washington Nationals Ultra Plush 50\" x 60\" Throw Blanket", "Bed & Bath, Blankets & Throws", "bedding"),
    ("Robe de chambre à capuche peluche - Rose",
     "VETEMENTS - LINGERIE > SOUS-VETEMENTS > PYJAMA - CHEMISE DE NUIT", "sleepwear"),
])
def test_a_plaything_word_on_a_garment_or_linen_shelf_is_its_print(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True
    assert result.classes["toy"] is not True, result.basis["toy"]


@pytest.mark.parametrize(("title", "category"), [
    ("Dinosaur Playset with 12 Figures", "Costumes & Accessories"),
    ("Aurora 12-inch Cuddly Panda Plush Soft Toy", "Home & Kitchen > Bedding > Cushions"),
])
def test_a_plaything_a_textile_shelf_holds_is_the_plaything(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True, result.basis["product_type"]
    assert result.classes["textile"] is not True



# --- a listing's description (stop 69's probe of the Amazon US 2020 listings outside the blind set) -------------------

def test_a_title_line_names_the_kind_before_a_descriptions_first_noun(classify):
    result = classify("Funko Pop Games: Fortnite - Tomatohead",
                      description="Stylized collectable stands 3 ¾ inches tall, perfect for any Fortnite fan!")
    assert result.product_type == "collectible_figure", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True


def test_a_descriptions_noun_still_names_the_kind_when_the_title_names_none(classify):
    result = classify("Breez 2-in-1", description="A bedroom fan with white noise, on a beige stand")
    assert result.product_type == "fan", result.basis["product_type"]


def test_a_descriptions_interactive_is_no_circuit(classify):
    result = classify("Folkmanis Raven Hand Puppet",
                      description="Interactive hand puppet with a movable beak | Soft plush for storytelling")
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_a_titles_interactive_toy_has_a_circuit(classify):
    result = classify("Interactive Robot Dog for Kids")
    assert result.classes["eee"] is True, result.basis["eee"]


def test_a_descriptions_battery_statement_still_counts(classify):
    result = classify("Folkmanis Raven Hand Puppet", description="Beak lights up | Requires 2 AA batteries (included)")
    assert result.classes["battery"] is True, result.basis["battery"]


# --- a generic kind of a generic shelf's ------------------------------------------------------------------------------

def test_a_titles_game_refines_a_toy_brands_shelf(classify):
    result = classify("Yahtzee Electronic Hand Held Game", category="Characters & Brands > Hasbro")
    assert result.product_type == "game", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_generic_title_word_still_fills_a_specific_shelf(classify):
    result = classify("Wooden Toy Puzzle Game", category="Toys & Games > Puzzles > Jigsaw Puzzles")
    assert result.product_type == "puzzle", result.basis["product_type"]
