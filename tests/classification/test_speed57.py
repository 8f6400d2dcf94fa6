"""speed57: the packaged classifier is moved out of the cyclic collector's sight once loaded (`gc.freeze`).

Its vocabulary and automaton live as long as the process, and every full collection walked all of them (about 10 %
of a cold pass over the first 6,000 catalog products). What is classified afterwards is collected as before.
"""

from __future__ import annotations

import gc

from crossguard.engine.classify import Classifier
from crossguard.engine.models import Product


def test_the_default_classifier_is_frozen_once_loaded() -> None:
    classifier = Classifier.default()
    watched = {id(obj) for obj in gc.get_objects()}  # every generation the collector walks (frozen ones are not)
    assert gc.get_freeze_count() > 0
    assert id(classifier) not in watched
    assert id(classifier.types) not in watched
    assert id(classifier.types.vocab) not in watched
    assert id(classifier.types.vocab.types) not in watched


def test_what_is_classified_afterwards_is_still_collected() -> None:
    classifier = Classifier.default()
    product = Product(sku="S57", title="Wooden Toy Train Set for Toddlers")
    found = classifier.classify(product)
    assert found.values["toy"] is True
    cycle: list[object] = [product]
    cycle.append(cycle)
    assert id(cycle) in {id(obj) for obj in gc.get_objects()}  # made after the freeze: in the collector's sight
    del cycle
    assert gc.collect() >= 1
