"""Amazon US toy-store shelves that yield to the title (amz65; issue 9): a poster on a figures' shelf, a child's
cape on a pretend-play shelf."""

from __future__ import annotations


def test_a_poster_on_an_action_figures_shelf_is_wall_art(classify):
    result = classify("Trends International DC Comics Movie-Batman v Superman Wall Poster, 14.725 x 22.375",
                      category="Toys & Games | Action Figures & Statues | Action Figures")
    assert result.product_type == "wall_art", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


def test_a_figure_on_the_same_shelf_stays_a_figure(classify):
    result = classify("Marvel Legends Captain America 6 inch Action Figure",
                      category="Toys & Games | Action Figures & Statues | Action Figures")
    assert result.product_type == "action_figure", result.basis["product_type"]


def test_a_childs_cape_on_a_pretend_play_shelf_is_a_costume(classify):
    result = classify("Liontouch Medieval Noble Knight Satin Toy Cape For Kids, Blue | Part Of A Kid's Costume Line",
                      category="Toys & Games | Dress Up & Pretend Play | Pretend Play")
    assert result.product_type == "costume", result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]
    assert result.classes["children_12_under"] is True
