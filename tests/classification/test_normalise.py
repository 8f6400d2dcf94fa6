"""The normaliser: one spelling per word, so the automaton can match whole words by spaces."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise, repair_mojibake


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Dynex™ - 3.9' HDMI Cable - Black", "dynex | 3.9 hdmi cable | black"),
        ("Apple® - iPad® mini Wi-Fi", "apple | ipad mini wi fi"),
        ("T‑SHIRT", "t shirt"),  # non-breaking hyphen
        ("ｉＰｈｏｎｅ１５", "iphone 15"),  # full width
        ("Men's Kids' T-Shirt", "mens kids t shirt"),
        ("10000mAh Power Bank", "10000 mah power bank"),
        ("1:18 Diecast, 1/43 scale", "1∶18 diecast , 1∶43 scale"),
        ("Clothing >> Kids' Clothing >> Girls Wear", "clothing > kids clothing > girls wear"),
        ("蓝牙speaker【新款】", "蓝牙 speaker | 新款"),
        ("Dr. Seuss book. Great", "dr | seuss book | great"),
        ("  - dash -  ", "dash"),
        ("", ""),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_mojibake_repair():
    assert repair_mojibake("Childrenâ€™s Pajamas") == "Children’s Pajamas"
    assert normalise("Childrenâ€™s Pajamas") == "childrens pajamas"
    assert normalise("Fisher-Price Rock â€˜n Glide") == "fisher price rock n glide"


def test_casefold():
    assert normalise("STRASSE Straße") == "strasse strasse"
