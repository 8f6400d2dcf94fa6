"""speed52: fewer instructions per product, the same readings.

`_sort_longest_first` sorts a short list by insertion (compiled: C integer comparisons, no `list.sort` calls with
keywords); it must give exactly the order of the two stable sorts it stands for (start ascending, the longest first
where spans start together, ties in their first order), on short lists and on lists past `_INSERTION_MAX`, compiled
or not. The other changes (the title head's `ref` read once, `finish`'s open classes by a list comprehension) change
no reading: score.py's outputs are byte-identical to the base's (docs/performance.md, "speed52").
"""

from __future__ import annotations

import random
import sys

import pytest

from crossguard.engine.classification import Classifier, ProductText

M = sys.modules["crossguard.engine.classification.matcher"]


def _by_two_sorts(items: list) -> list:
    out = list(items)
    out.sort(key=lambda item: item[1], reverse=True)
    out.sort(key=lambda item: item[0])
    return out


@pytest.mark.parametrize("seed", range(40))
def test_the_insertion_sort_orders_spans_as_the_two_stable_sorts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        n = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 7, 12, M._INSERTION_MAX, M._INSERTION_MAX + 1, 40])
        items = []
        for index in range(n):
            start = rng.randrange(0, 12)
            items.append((start, start + rng.randrange(0, 6), f"ref{index % 3}"))  # repeated spans: ties
        expected = _by_two_sorts(items)
        got = list(items)
        assert M._sort_longest_first(got) is None
        assert got == expected
        assert [id(item) for item in got] == [id(item) for item in expected]  # ties keep their first order


def test_nested_matches_keep_the_longest() -> None:
    # the callers: `_drop_contained` (types and modifiers) and `_drop_contained_splits`
    assert M._drop_contained([(5, 9, "b"), (1, 9, "a"), (1, 4, "c"), (1, 9, "d")]) == [(1, 9, "a"), (1, 9, "d")]
    assert M._drop_contained_splits([(8, 12, 4), (3, 7, 5), (3, 12, 4)]) == [(3, 12, 4)]


TITLES = [
    ("Bluetooth Speaker Stand for Echo Dot, Aluminium", None),
    ("Phone Case for iPhone 14 with Card Holder", None),
    ("Kids Remote Control Car with Lights and Sounds, 2.4GHz RC Truck", None),
    ("儿童遥控车 充电 越野车 男孩玩具", None),
    ("Wooden Dolls House Kitchen Set with Cooker and Fridge", None),
    ("USB C Charger 20W Fast Charging Plug", "Electronics > Chargers"),
]


@pytest.mark.parametrize(("title", "category"), TITLES)
def test_a_result_names_its_open_classes_in_a_tuple(classifier: Classifier, title: str, category: str | None) -> None:
    result = classifier.classify(ProductText(title=title, category=category))
    assert isinstance(result.open, tuple)
    assert all(name in result.basis for name in result.open)
    again = classifier.classify(ProductText(title=title, category=category))
    assert (result.product_type, result.classes, result.basis, result.open) == (
        again.product_type, again.classes, again.basis, again.open)
