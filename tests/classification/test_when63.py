"""A type's `when` rule refines the type's own defaults (when63, from the Amazon India audit; issue 9).

`when` rules were written to override what the type says by default ("wireless headphones have a digital radio chip"
against "wired headphones are passive transducers", "a toy drone for children" against the electrical profiles' "not
a toy"), but only filled classes nothing had said, so those rules never acted. They now replace the type's own fact,
and never a fact a modifier, a shelf or the HS code set (`facts[name] is own[name]`: only the type's own tuple).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "cls", "value"), [
    ("Kids Drone with Camera for Children", "toy", True),
    ("DJI Mini 3 Pro drone", "toy", False),
    ("Sony WH-CH510 Wireless Bluetooth Headphones", "electronic", True),
    ("Sony MDR-ZX110 Wired Headphones", "electronic", False),
])
def test_a_when_rule_refines_the_types_default(classify, title, cls, value):
    result = classify(title)
    assert result.classes[cls] is value, result.basis[cls]
