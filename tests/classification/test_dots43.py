"""Dotted abbreviations keep their phrase whole (dots43, stop 43, issue 9).

A full stop breaks the phrase, so "Funko Mr. Monopoly Wacky Wobbler" lost its negative context "mr monopoly" (a board
game) and "L.O.L. Surprise! Under Wraps" its line "lol surprise" (dolls). Dotted initialisms ("L.O.L.", "U.S.A.",
"R.C.") are now one word, and a closed list of abbreviations (Mr., Dr., St., Ltd., incl.; No., Vol. and approx. before
a number) runs on; a sentence end after any other word still breaks, and so do "Inc." (often "including") and "vs.".
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise


@pytest.mark.parametrize(("raw", "expected"), [
    ("Funko Mr. Monopoly Wacky Wobbler", "funko mr monopoly wacky wobbler"),
    ("L.O.L. Surprise! Under Wraps", "lol surprise | under wraps"),
    ("Willys Jeep, U.S. Army", "willys jeep , us army"),
    ("Made in the U.S.A.", "made in the usa"),
    ("R.C. Monster Truck", "rc monster truck"),
    ("Chelsea F.C. Official Snowman", "chelsea fc official snowman"),
    ("Manhattan Toy Dr. Seuss the Cat in the Hat Hand Puppet", "manhattan toy dr seuss the cat in the hat hand puppet"),
    ("Unique Party St. Patrick's Day Decorations", "unique party st patricks day decorations"),
    ("Safari Ltd. Twilight Dragon", "safari ltd twilight dragon"),
    ("Water Bombs Pump incl. 200 Water Balloons", "water bombs pump incl 200 water balloons"),
    ("(Mr. Bean) Plush", "mr bean | plush"),
    ("Pirate Sticker Sheet No. 714", "pirate sticker sheet number 714"),
    ("Hama Beads Pegboard No.289", "hama beads pegboard number 289"),
    ("Comic Vol. 2", "comic vol 2"),
    ("Pool Chair approx. 185 x 120 cm", "pool chair approx 185 x 120 cm"),
    ("Accessories, e.g. Cars", "accessories , eg cars"),
    ("福特 U.S.A. 模型车", "福特 usa 模型车"),  # the non-ASCII path reads the dots the same way
])
def test_an_abbreviation_dot_does_not_break_the_phrase(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Soft Teddy Bear for kids. Batteries included", "soft teddy bear for kids | batteries included"),
    ("Dr. Seuss book. Great gift", "dr seuss book | great gift"),
    ("Is it waterproof? No. It is not", "is it waterproof | no | it is not"),  # "No." before a word: an answer
    ("No. Batteries needed", "no | batteries needed"),
    ("Response 5 ms. Great for gaming", "response 5 ms | great for gaming"),  # after a number, a unit
    ("Cookery Set Inc. Apron and Whisk", "cookery set inc | apron and whisk"),  # "inc." = including
    ("Mask Maker vs. Skull Grinder", "mask maker vs | skull grinder"),  # two names, neither qualifies the other
    ("Size 30 cm approx. Red", "size 30 cm approx | red"),  # "approx." ends a measurement
    ("A long summer. Beach", "a long summer | beach"),  # "summer" ends in "mr"-like letters, not a title
    ("Cable 3.5mm jack. Red", "cable 3.5 mm jack | red"),  # decimals keep their point
    ("file y.z and nano.5", "file y z and nano 5"),  # two letters need their closing dot; "no." inside a word
])
def test_a_full_stop_still_breaks(raw, expected):
    assert normalise(raw) == expected


def test_a_negative_context_after_mr_is_read(classify):
    """"Mr. Monopoly" is the game's mascot: his bobblehead is no board game."""
    assert classify("Funko Mr. Monopoly Wacky Wobbler").product_type != "board_game"
    assert classify("Funko Pop! Mr. Monopoly").product_type != "board_game"
    assert classify("Monopoly Board Game. Family Fun").product_type == "board_game"  # a full stop, not a title


@pytest.mark.parametrize(("title", "kind"), [
    ("L.O.L. Surprise! Under Wraps", "doll"),
    ("L.O.L. Surprise! Winter Disco Series", "doll"),
    ("R.C. Monster Truck 1:16", "rc_vehicle"),
])
def test_a_dotted_initialism_names_its_line(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_dotted_character_name_is_a_childrens_line(classify):
    """"Mr. Men" (the children's books' characters) is the line `mr men` once the dot no longer breaks it."""
    result = classify("Mr. Men Little Miss Book Collection")
    assert result.product_type == "book"
    assert result.classes["children_12_under"], result.basis["children_12_under"]
