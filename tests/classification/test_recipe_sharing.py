"""What a recipe holds (reader17): a title's words for modifiers that do not read titles stay out of it.

A maker's name in a title ("Hasbro", "Corgi") is read only from the brand field, and a shelf word only in category
paths, so two titles that differ by such a word read to the same recipe and share one result; what the brand field
says is still read.
"""

from __future__ import annotations

from crossguard.engine.classification import Classifier


def test_a_makers_name_in_the_title_does_not_make_a_new_recipe(classifier: Classifier) -> None:
    plain = classifier.shared_result("Ford Mustang 1:43 Scale Diecast Model")
    named = classifier.shared_result("Corgi Ford Mustang 1:43 Scale Diecast Model")
    assert named is plain
    assert named.classes["toy"] is False


def test_the_brand_field_still_speaks_for_the_maker(classifier: Classifier) -> None:
    plain = classifier.shared_result("Ford Mustang 1:24 Scale Diecast Model")
    branded = classifier.shared_result("Ford Mustang 1:24 Scale Diecast Model", brand="Burago")
    assert branded is not plain
    assert (plain.classes["toy"], branded.classes["toy"]) == (False, True), branded.basis["toy"]
