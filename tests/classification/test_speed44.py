"""The filter before the ratio pattern (speed44): it lets the pattern run on every text the pattern can change, and
skips texts whose ":" or "/" has no digit beside it."""

from __future__ import annotations

import sys

import pytest

from crossguard.engine.classification import normalise
from crossguard.engine.classification.normalise import RATIO

NORMALISE = sys.modules["crossguard.engine.classification.normalise"]  # the package exports the function by the name

WITH_RATIO = ["1:18 diecast model", "scale 1/43", "1 : 24 scale", "1 /18", "1/ 18", "12:30 clock", "a1/2b",
              "\u0663/\u0664 arabic-indic digits", "size 3/4 sleeve", "1:18:3"]
WITHOUT_RATIO = ["dresses/skirts", "size: m", "w/ case", "usb: 2 ports", "ports :2", "colour: red/blue", "1: x",
                 "x :2", "a/b 1", "1 a/b"]


@pytest.mark.parametrize("text", WITH_RATIO)
def test_a_digit_beside_both_sides_of_the_mark_lets_the_pattern_run(text: str) -> None:
    assert NORMALISE._may_hold_ratio(text)


@pytest.mark.parametrize("text", WITHOUT_RATIO)
def test_no_digit_beside_a_mark_skips_the_pattern(text: str) -> None:
    assert not NORMALISE._may_hold_ratio(text)


@pytest.mark.parametrize("text", WITH_RATIO + WITHOUT_RATIO + ["1  :  18", "1:\t18", "1\u00a0/18"])
def test_the_filter_never_hides_what_the_pattern_would_change(text: str) -> None:
    if NORMALISE._RATIO_RE.sub(RATIO, text) != text:
        assert NORMALISE._may_hold_ratio(text)


def test_a_scale_is_one_token_and_a_slash_between_words_is_kept() -> None:
    assert RATIO in normalise("Maisto 1:18 Scale Diecast")
    assert RATIO in normalise("Bburago 1 / 43 Ferrari")
    assert RATIO not in normalise("Dresses/Skirts for Girls")
    assert RATIO not in normalise("Size: M, Colour: Red/Blue")
