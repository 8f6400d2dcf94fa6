"""A store's department is a lump of many kinds: a specific title refines it (dept56, issue 9).

A department store writes shallow paths, a department and a broad aisle ("Kitchen & Dining > Small Appliances"):
when only the department's category hint names a kind and no deeper level names one, the department's kind (tableware)
was the product's, and a coffee maker lost its mains. Now a title naming a specific kind says which of the
department's kinds the product is. A deeper level that names a kind, a product-noun department ("TV - VIDEO - SON"),
a generic one ("Toys & Games") and the departments of one kind (`reading.department_keeps`: books, records, musical
instruments, whose titles name a work's subject or use the department's sense of a word) read as before.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError

from .tiny_pack import load


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Cuisinart 12-Cup Programmable Coffee Maker", "Kitchen & Dining > Small Appliances", "coffee_maker"),
    ("Cuisinart 12-Cup Programmable Coffee Maker", "Kitchen & Dining, Small Appliances", "coffee_maker"),
    ("Martha Stewart Stainless Steel Electric Kettle, 1.7 L", "Kitchen & Dining > Small Appliances", "kettle"),
    ("Brookstone Cordless Stick Vacuum", "Bed & Bath, Qwerty Shop", "vacuum_cleaner"),
    ("DeWalt 20V Cordless Drill Kit", "Home Improvement > Qwerty Deals", "power_tool"),
    ("Adjustable LED Desk Lamp with USB Port", "Office Products > Qwerty Picks", "lamp"),
])
def test_a_departments_kind_yields_to_a_powered_title(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Hotel Collection Turkish Cotton Bath Towel", "Bed & Bath > Bath", "towel"),
    ("The Cellar Set of 4 Stemless Wine Glasses", "Kitchen & Dining > Qwerty Shop", "glassware"),
])
def test_a_departments_kind_yields_to_a_passive_title(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


@pytest.mark.parametrize("title", ["LEGO Friends 41043: Penguin's Playground", "Pack of 4 Easter Slide Puzzles"])
def test_a_plaything_on_a_party_supplies_department_is_a_toy(classify, title):
    # "Party Favours" names only a generic favour: the department "Party Supplies" (party decorations) is the lump
    result = classify(title, category="Party Supplies > Party Favours")
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", ["Rainbow Sorting Bowls", "Stack 'em Up Doughnuts Pretend Play"])
def test_a_plaything_departments_title_naming_a_look_keeps_the_toy(classify, title):
    # on a plaything department only a plaything or merchandise refines: the bowls and doughnuts are the toy's look
    result = classify(title, category="Baby & Toddler Toys > Sorting, Stacking & Plugging Toys")
    assert result.classes["toy"], result.basis["toy"]


# --- what keeps the shelf ----------------------------------------------------------------------------------------

def test_a_title_naming_the_appliance_only_as_what_it_fits_keeps_no_appliance(classify):
    result = classify("Replacement Glass Carafe for Cuisinart Coffee Maker",
                      category="Kitchen & Dining > Small Appliances")
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_department_whose_leaf_names_a_kind_is_read_by_its_leaf(classify):
    # the leaf "Blankets & Throws" names bedding: the title's "heated" is a power word on it, no new kind
    result = classify("Sharper Image Heated Throw Blanket", category="Bed & Bath > Blankets & Throws")
    assert result.product_type == "bedding"


@pytest.mark.parametrize(("title", "category"), [
    ("La Lampe dans la caverne", "LIBRAIRIE > RELIGION - SPIRITUALITE > ESOTERISME"),
    ("The Television - Louise Spilsbury", "LIBRAIRIE > ENSEIGNEMENT > ENSEIGNEMENT LYCEE"),
    ("Animal Hats - Vanessa Mooncie", "Books > Qwerty Picks"),
])
def test_a_bookshops_title_names_a_books_subject(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "book", result.basis["product_type"]
    assert not any(result.classes[k] for k in ("mains_lv", "eee", "textile", "toy"))


@pytest.mark.parametrize("title", ["STAGG Banquette clavier noire", "Banquette Clavier double pliable"])
def test_an_instruments_departments_keyboard_bench_is_no_computer_keyboard(classify, title):
    result = classify(title, category="INSTRUMENTS DE MUSIQUE > CONFORT DU MUSICIEN > SIEGE - BANQUETTE")
    assert result.product_type == "musical_instrument"
    assert not result.classes["eee"], result.basis["eee"]


def test_a_generic_department_still_fills_what_the_title_leaves_open(classify):
    # "Toys & Games" names only the generic toy: the title's kind refines it as before and the toy fills its classes
    result = classify("Star Wars Electronic Lightsaber Cosplay", category="Toys & Games > Qwerty Shop")
    assert result.classes["toy"], result.basis["toy"]


def test_the_department_rule_reads_no_path_of_one_level(classify):
    # one level cannot be told from a specific shelf ("Air Dusters", "PS3 Games"): it stays the category's kind
    assert classify("Cuisinart Coffee Maker Gift Set", category="Kitchen & Dining").product_type == "tableware"


@pytest.mark.parametrize(("keeps", "problem"), [
    ("[book]", None),
    ("[cookbook]", "reading.department_keeps: names unknown type 'cookbook'"),
])
def test_the_loader_refuses_a_department_keep_that_names_no_type(tmp_path, keeps, problem):
    path, run = load(tmp_path, "types:\n  - {id: book, profile: plain, synonyms: {en: [book]}}\n"
                               f"reading: {{department_keeps: {keeps}}}\n")
    if problem is None:
        assert run().department_keeps == frozenset({"book"})
        return
    with pytest.raises(VocabularyError) as err:
        run()
    assert err.value.problems == [f"{path}: {problem}"]
