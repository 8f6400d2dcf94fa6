"""The head choice among a text's hits: the main phrase before a "with" part before a target, then the right-most."""

from __future__ import annotations

from crossguard.engine.classification.matcher import KIND_TYPE, Hit


def test_head_prefers_the_main_phrase_then_the_rightmost_hit(classifier):
    matcher = classifier.matcher
    in_target = Hit(0, 5, KIND_TYPE, "smartphone", 1, True, 0, False)
    with_part = Hit(23, 30, KIND_TYPE, "smartphone", 0, False, 0, True)  # right-most, but in a "with" part
    left = Hit(10, 15, KIND_TYPE, "smartphone", 0, False, 0, False)
    right = Hit(16, 22, KIND_TYPE, "smartphone", 0, False, 0, False)
    assert matcher.head([in_target, with_part, left, right]) is right
    assert matcher.head([in_target, with_part]) is with_part
    assert matcher.head([in_target]) is in_target
