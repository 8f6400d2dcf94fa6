"""A type's `when` rule refines the type's own defaults (amzin63; issue 9).

`when` rules were written to override what the type says by default ("wireless headphones have a digital radio chip"
against "wired headphones are passive transducers", "a toy drone for children" against the electrical profiles' "not
a toy"), but only filled classes nothing had said, so those rules never acted. They now replace the type's own fact,
and still never a modifier's, a shelf's or an attribute's.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "cls", "value"), [
    ("Kids Drone with Camera for Children", "toy", True),
    ("DJI Mini 3 Pro drone", "toy", False),
    ("TVARA LCD Writing Tablet, Colorful Toddler Doodle Board for 3-6 Years Old Boy and Girls", "toy", True),
    ("Portronics Ruffpad 15 LCD Writing Pad", "toy", False),
    ("Sony WH-CH510 Wireless Bluetooth Headphones", "electronic", True),
    ("Sony MDR-ZX110 Wired Headphones", "electronic", False),
])
def test_a_when_rule_refines_the_types_default(classify, title, cls, value):
    result = classify(title)
    assert result.classes[cls] is value, result.basis[cls]


def test_a_when_rule_does_not_override_an_attribute(classify):
    result = classify("Kids Drone with Camera for Children", attributes={"toy": False})
    assert result.classes["toy"] is False, result.basis["toy"]
