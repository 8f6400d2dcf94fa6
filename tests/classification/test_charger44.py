"""A specification after a word that is both a type and a modifier does not make it attributive (charger44).

"Charger" is the charger's noun and a modifier ("... with Charger": one in the box), so it names the product only at
the end of its noun phrase: "Charger Cable" is a cable. Numbers and units after it ("20W", "2 Pack") are its
specification, not a noun it qualifies: "iPad Pro Charger 20W" is a charger (it read as the iPad, with its radio),
"Charger 20W" was left with no type at all.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText


@pytest.mark.parametrize("title", [
    "iPad Pro Charger 20W",
    "MacBook Pro Charger 96W",
    "Surface Pro Charger 65W",
    "Charger 20W",
    "Samsung Galaxy Charger 25W",
    "Charger 2 Pack",
    "Samsung Galaxy Charger 25W 3A",
])
def test_a_charger_with_its_specification_is_a_charger(classifier: Classifier, title: str) -> None:
    result = classifier.classify(ProductText(title=title))
    assert result.product_type == "mains_charger", result.basis["product_type"]
    assert result.classes["mains_lv"] and not result.classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Charger Cable 2m", "charging_cable"),  # a noun after it: the charger is attributive
    ("Car Charger 12V 2 Pack", "vehicle_charger"),  # the longer phrase names its own kind
    ("Remote Control Car 2 Pack", "rc_vehicle"),
    ("Gold Charger Plates 13 inch 6 Pcs", "tableware"),  # a word after it, then the specification
])
def test_a_noun_after_the_word_still_decides(classifier: Classifier, title: str, kind: str) -> None:
    assert classifier.classify(ProductText(title=title)).product_type == kind


def test_words_after_the_number_are_no_specification(classifier: Classifier) -> None:
    # "Remote Control Levitation Ball": a noun follows, so the remote control is attributive, as before
    assert classifier.classify(ProductText(title="Remote Control Levitation Ball")).product_type != "remote_control"
    assert classifier.classify(ProductText(title="Remote Control 2 Pack Levitation Ball")).product_type \
        != "remote_control"
