"""speed56: three steps of the normaliser skipped where they cannot change the text (the same readings, faster).

- The French elision pattern runs only when an apostrophe has an elided letter before it and a vowel after it
  (`_may_elide`); "Men's", "Kids'" no longer pay for a pattern tried at every character.
- After `_COMMON` (which folds the accents), the accents are folded again only when the text still holds one
  (`_FOLDS`: what NFKC composes, "e" + U+0301), and `_PRE_NFKC` and `repair_mojibake` give way to dropping the two
  marks `_COMMON` leaves.
- The Chinese shop words and script boundaries are looked for only in a text holding a CJK character.

Each skip is held here to the step it skips, compiled or not, so a change to the pattern or the tables that the
skip does not follow fails.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata

import pytest

from crossguard.engine.classification.normalise import normalise

N = sys.modules["crossguard.engine.classification.normalise"]  # (the package exports the function)

# Each as 0419b97 (stop 55's end) read it
READINGS = [
    ("Taie d'oreiller 50x70 coton", "taie d oreiller 50 x 70 coton"),
    ("PURIFICATEUR D'AIR Chambre", "purificateur d air chambre"),
    ("L’ourson en peluche", "l ourson en peluche"),
    ("Qu'il est doux", "qu il est doux"),
    ("Men's Rain Jacket", "mens rain jacket"),
    ("Kids' Toy Box", "kids toy box"),
    ("Rock 'n' Roll Guitar", "rock n roll guitar"),
    ("Lego's 3 sets", "legos 3 sets"),
    ("Cafe\u0301 Chaise d'enfant 蓝牙", "cafe chaise d enfant 蓝牙"),  # NFKC composes the é: folded after it
    ("Chaise de\u0301co 蓝牙 包邮", "chaise deco 蓝牙"),
    ("Écouteurs sans fil – 蓝牙耳机 新款", "ecouteurs sans fil | 蓝牙耳机"),
    ("Crème brûlée set ™", "creme brulee set"),
    ("Bär Plüsch für Kinder", "baer pluesch fuer kinder"),  # (de57: umlauts written out)
    ("Château Fort Jouet", "chateau fort jouet"),
    ("Kid`s Reader’s Café 手机壳", "kids readers cafe 手机壳"),
    ("Niño Ñandú – ‘Toy’", "niño ñandu | toy"),
]


@pytest.mark.parametrize(("raw", "expected"), READINGS)
def test_readings_as_before(raw, expected):
    assert normalise(raw) == expected


def _every_character() -> list[str]:
    return [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]


def test_the_elision_sets_are_the_patterns_own():
    """Every character the pattern's letter before the apostrophe and its vowel after it can be, as re.IGNORECASE
    reads them ("ſ" is an s, "İ" and "ı" are i's): a letter the pattern gains must be added to the sets."""
    letter, vowel = N._ELISION.pattern.split("['’]")
    letter = re.compile(letter.split(")", 1)[1].replace("qu|", "u|"), re.IGNORECASE)  # the group, "qu" ending in u
    vowel = re.compile(vowel[3:-1], re.IGNORECASE)  # "(?=[...])" -> "[...]"
    everything = _every_character()
    assert {ch for ch in everything if letter.fullmatch(ch)} == N._ELIDED_LETTERS
    assert {ch for ch in everything if vowel.fullmatch(ch)} == N._ELISION_VOWELS


@pytest.mark.parametrize(("text", "elides"), [
    ("taie d'oreiller", True), ("L’OURSON", True), ("qu'il", True), ("s'habiller", True), ("J'ÉCOUTE", True),
    ("men's", False), ("kids'", False), ("rock 'n' roll", False), ("'a", False), ("d'", False), ("l'3", False),
])
def test_may_elide(text, elides):
    assert N._may_elide(text) is elides
    assert (N._ELISION.sub(r"\1 ", text) != text) is elides


def test_a_skipped_step_would_not_have_changed_the_text():
    """On random texts: no elision where `_may_elide` says none; no fold where `_FOLDS` finds nothing; after
    `_COMMON`, dropping "'" and "`" is what `repair_mojibake` and `_PRE_NFKC` did."""
    rnd = random.Random(56)
    alphabet = "adelmnqstuhyDLS'’`´ʼ -–.™éèÉÈàâÃÂ€çœæñäüß\u0301\u0300\u0308\u0327İıſ包邮・Å\u212bꟹ"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        if not N._may_elide(text):
            assert N._ELISION.sub(r"\1 ", text) == text, text
        folded = unicodedata.normalize("NFKC", text).casefold()
        if N._FOLDS.search(folded) is None:
            assert folded.translate(N._FOLD_TABLE) == folded, text
        if "â" not in text and "Ã" not in text:
            common = text.translate(N._COMMON)
            assert N.repair_mojibake(common).translate(N._PRE_NFKC) == common.replace("'", "").replace("`", ""), text


def test_the_fold_search_finds_every_folded_character():
    assert all(N._FOLDS.fullmatch(chr(code)) for code in N._FOLD_TABLE)
    assert N._FOLDS.search("蓝牙耳机 niño") is None  # (ñ is not folded: review55)
