"""Stop 68's Amazon US audit (amzus69; issue 9): a child's locked diary, puzzles between the hundreds, billiards'
"pool", and a French T-shirt named before its print."""

from __future__ import annotations

import pytest

TSHIRTS = "VETEMENTS - LINGERIE > T-SHIRT - DEBARDEUR > T-SHIRT"


@pytest.mark.parametrize("title", ["Mudpuppy Cats Locked Diary", "Marinia's Secret Diary, Lock Included",
                                   "Diary with Lock & Key - Mermaid"])
def test_a_diary_with_a_lock_is_a_childs(classify, title):
    result = classify(title)
    assert result.product_type == "childrens_diary", result.basis["product_type"]
    assert result.classes["children_12_under"] is True
    assert result.classes["toy"] is not True


@pytest.mark.parametrize("title", ["Executive diary 2020 A5", "The Secret Diary of Adrian Mole Aged 13 3/4",
                                   "Leather Journal Diary with Lock for Men, A5"])
def test_a_plain_diary_leaves_the_audience_open(classify, title):
    result = classify(title)
    assert result.product_type != "childrens_diary", result.basis["product_type"]
    assert result.classes["children_12_under"] is not True


@pytest.mark.parametrize(("count", "toy"), [(500, True), (550, False), (650, False), (850, False)])
def test_a_puzzle_over_500_pieces_is_no_toy(classify, count, toy):
    result = classify(f"Disney Mickey Mania Jigsaw Puzzle, {count} Pieces", category="Toys & Games > Puzzles")
    assert (result.classes["toy"] is True) is toy, result.basis["toy"]


@pytest.mark.parametrize("title", ["Scoring Pills for Kelly Pool", "Pool cue 57 inch maple", "Pool table cover 7ft"])
def test_billiards_pool_is_no_paddling_pool(classify, title):
    assert classify(title).product_type != "paddling_pool"


def test_a_paddling_pool_stays_a_toy(classify):
    assert classify("Intex paddling pool for kids").classes["toy"] is True


@pytest.mark.parametrize("title", ["T-shirt Volcom Crazy Dino B L", "T-Shirt Bear JIBHEADZ M",
                                   "T-shirt manches longues Docteur la Peluche 3 ans"])
def test_a_french_t_shirt_named_before_its_print(classify, title):
    for category in (TSHIRTS, None):
        result = classify(title, category=category)
        assert result.product_type == "t_shirt", (category, result.basis["product_type"])
        assert result.classes["toy"] is not True
        assert result.classes["textile"] is True


def test_a_plush_wearing_a_t_shirt_stays_a_plush(classify):
    result = classify("Teddy Bear with Personalised T-Shirt")
    assert result.classes["toy"] is True, result.basis["toy"]
