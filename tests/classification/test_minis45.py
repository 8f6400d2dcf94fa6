"""Miniatures and toy-line pieces read as what they are, not what they depict (minis45, stop 45, issue 9).

Head-final reading took the noun a dolls' house miniature or a toy line's piece depicts ("Dolls House Miniature ...
Crib", "Sylvanian Families Bakery Oven", "Zomlings Zom Mobile") as the product: a crib, an oven on the mains, a phone
with its radio. A frame word in the head's phrase (`reading.frames`) now makes the whole product a dolls' house
miniature (collectors' goods by the labels' convention: no toy unless an age or a young-child maker says so) or a toy
line's playset; real goods sold for a dolls' house (a 12 V adaptor, a transformer) and real appliances and furniture
keep their kind.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError

from .tiny_pack import load

SHELF = "Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Accessories"


def _classes(result) -> tuple[bool, ...]:
    return tuple(bool(result.classes[name]) for name in ("radio", "mains_lv", "eee", "toy", "children_12_under"))


# --- a dolls' house word frames the whole title -----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Dolls House Miniature Nursery Furniture White Wire Wrought Iron High Cradle Crib",
    "MyTinyWorld Dolls House Miniature Childrens Mahogany High Chair",
    "Dolls House Study Accessory Black Retro Telephone 371",
    "1/12 Dollhouse Miniature Decoration Bread Maker with 2 Piece of Bread",
    "MyTinyWorld Hand Made Dolls House Miniature Ceramic White Mouse",
    "Dolls House Miniature 1:12th Scale Selotape & Calculator",
    "Dolls House Miniature Victorian Nursery Furniture Dappled Sit On Rocking Horse",
    "1:12 Doll House Miniature Furniture Wooden TV Cabinet",
    "Wooden Crib Dolls House Miniature",
    "Dolls House Plate of Cheese Sandwiches 1:12 Scale",
    "娃娃屋 迷你 冰箱",
])
def test_a_dolls_house_piece_is_a_miniature_not_what_it_depicts(classify, title):
    result = classify(title)
    assert result.product_type == "dolls_house_miniature", result.basis["product_type"]
    assert _classes(result) == (False, False, False, False, False), result.basis


def test_a_dolls_house_set_stating_an_age_is_still_a_childs_toy(classify):
    result = classify("Dolls House Nursery Furniture Cot and Rocking Chair Set 3+ Years")
    assert result.product_type == "dolls_house_miniature", result.basis["product_type"]
    assert _classes(result)[3:] == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Miniature Dolls House 12 Volt Adaptor", "adapter"),          # a real adaptor for dolls' house lighting
    ("Kitchen Cooker for Dolls House", "doll"),                    # "for": what it fits, not a frame
    ("Miniature Oven 9L Electric Countertop", "oven"),              # a small real appliance
    ("KidKraft Dollhouse Bookcase with Storage Bins", "storage_organisation"),  # children's room furniture
    ("Orchard Toys Dolls House", "doll"),                           # the house itself, nothing framed
])
def test_real_goods_beside_a_dolls_house_word_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_miniature_oven_appliance_stays_on_the_mains(classify):
    result = classify("Miniature Oven 9L Electric Countertop")
    assert _classes(result)[1:3] == (True, True), result.basis["mains_lv"]


# --- a toy line's name frames a grown-up noun as its toy version ------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Sylvanian Families Bakery Oven", None),
    ("Sylvanian Family 2788 Doll's House Pizzeria and Oven", "Epoch"),
    ("Sylvanian Family 2929 Crib for Doll's House", "Epoch"),
    ("Calico Critters Kitchen Set Refrigerator", None),
    ("Zomlings Series 4 Zom Mobile (Pack of 24)", "Zomlings Series 4"),
    ("Playmobil 4169 Easter Calendar", "Playmobil"),
    ("Playmobil 5146 Princess Bed Chamber with Cradle", "Playmobil"),
    ("Sylvanian Families Village Shoe Shop", "Sylvanian Families"),
])
def test_a_toy_lines_grown_up_noun_is_its_toy_version(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "playset", result.basis["product_type"]
    assert _classes(result) == (False, False, False, True, True), result.basis


@pytest.mark.parametrize(("title", "kind"), [
    ("Playmobil 5300 Zoo Keeper Figure", "action_figure"),          # a plaything head keeps its narrower kind
    ("Playmobil Advent Calendar Pirates", "advent_calendar"),        # a kind of its own
    ("Barbie Analog Watch For Girls", "watch"),                      # Barbie is licensed onto grown-up goods
    ("Shopat7 Barbie Friends Art Plastic Pencil Box", "pencil_box"),
])
def test_lines_on_licensed_goods_and_plaything_heads_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_dolls_house_shelf_reading_is_unchanged(classify):
    title = "Dolls House Miniature Nursery Furniture White Wire Wrought Iron High Cradle Crib"
    result = classify(title, category=SHELF)
    assert result.product_type == "dolls_house_miniature"
    assert _classes(result)[3:] == (False, False)


# --- the loader checks what `reading.frames` and `reading.frame_keeps` name -----------------------------------------

FRAME_TYPES = ("types:\n  - {id: dolls_house_miniature, profile: plain, synonyms: {en: [dolls house]}}\n"
               "  - {id: oven, profile: plain, synonyms: {en: [oven]}}\n")


@pytest.mark.parametrize(("reading", "problem"), [
    ("{frames: {dolls_house_miniature: [dolls house]}, frame_keeps: [oven]}", None),
    ("{frames: {toy_cooker: [dolls house]}}", "reading.frames: names unknown type 'toy_cooker'"),
    ("{frames: {dolls_house_miniature: [doll cottage]}}",
     "reading.frames: 'doll cottage' is no type's synonym, so it never frames a title"),
    ("{frame_keeps: [kettle]}", "reading.frame_keeps: names unknown type 'kettle'"),
])
def test_the_loader_refuses_a_frame_that_cannot_act(tmp_path, reading, problem):
    path, run = load(tmp_path, FRAME_TYPES + "reading: " + reading + "\n")
    if problem is None:
        assert run().frames == {"dolls house": "dolls_house_miniature"}
        return
    with pytest.raises(VocabularyError) as err:
        run()
    assert err.value.problems == [f"{path}: {problem}"]
