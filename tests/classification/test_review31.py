"""How the round of stop 31 (reader23, reader24, reader25) reads when its rules meet (review31, issue 9).

1. A title naming two products ("A and B", reader23) has both products' classes; the title's words that say what the
   whole listing is (a toy, an ornament: reader24's toy words, reader25's modifiers) speak for both products, not for
   the head alone: "Pretend Play Kettle and Toaster Set" is a toy set off the mains, and "Toy Drill and Hammer Set" has
   no motor, though only the second product (a drill) is a machine kind.
2. A listing of two real appliances keeps both products' classes (the rule still fires).
3. A part word on a parts shelf (reader25) keeps the part, whatever the title's "and" names; a description naming a
   narrower kind (reader23) does not undo what the title's words say ("Manual Toothbrushes").
"""

from __future__ import annotations

import pytest

from .shelves import classes_of

ELECTRICAL = ("eee", "mains_lv", "battery")


@pytest.mark.parametrize(
    ("title", "absent"),
    [
        # the toy words name the toy version of both machines
        ("Pretend Play Kettle and Toaster Set", ("mains_lv", "eee")),
        ("Toy Drill and Hammer Set", ("mains_lv", "eee")),
        # an ornament that depicts two appliances
        ("Brass Fan and Lamp Showpiece", ("mains_lv", "eee")),
    ],
)
def test_the_titles_words_speak_for_both_products_of_an_and_title(classify, title, absent):
    result = classify(title)
    assert "also " in result.basis["product_type"]  # the two-product rule did fire
    for name in absent:
        assert result.classes[name] is False, (name, result.basis[name])


@pytest.mark.parametrize(
    ("title", "present"),
    [
        ("Kettle and Toaster Set", ("mains_lv", "eee")),
        ("Portable Power Banks and Wireless Charging Stands", ("battery", "eee")),
    ],
)
def test_two_real_products_keep_both_products_classes(classify, title, present):
    result = classify(title)
    assert "also " in result.basis["product_type"]
    for name in present:
        assert result.classes[name] is True, (name, result.basis[name])


def test_the_toy_words_still_need_a_machine_kind_among_the_two_products(classify):
    # neither a cup nor a dice game is a machine: the toy words decide nothing about power here
    result = classify("Toy Dice and Dice Cup")
    assert "toy version of a machine" not in result.basis.get("mains_lv", "")


def test_a_part_word_on_a_parts_shelf_keeps_the_part_whatever_the_and_names(classify):
    result = classify("Spare Parts Motor and Propeller RC Quadcopter",
                      category="Toys > Remote Controlled Devices > Parts & Accessories")
    assert result.product_type in ("spare_part", "rc_airframe_part")  # rcparts42: the propeller's kind of part
    assert classes_of(result, "radio", "battery") == (False, False)


def test_a_description_naming_a_narrower_kind_does_not_undo_the_manual_title(classify):
    result = classify("Manual Toothbrushes",
                      description="Soft bristles. These sonic toothbrushes run for two minutes per charge.")
    assert classes_of(result, *ELECTRICAL) == (False, False, False)
